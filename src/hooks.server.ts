import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import afterFirstPaint from '$lib/shell/after-first-paint.js?raw';
import appearance from '$lib/shell/appearance.js?raw';
import { shipped } from '$lib/shell/inline-script.js';
import { shapePage } from '$lib/shell/page-html';

// Runs only while the pages are prerendered (and under `vite dev`): each page's HTML is shaped for
// its first paint (page-html.ts). The dev server sends its CSP as a header, which holds the start
// script's hash as SvelteKit wrote it, so there the start script is left as it is.
const SCRIPTS = { appearance: shipped(appearance), afterFirstPaint: shipped(afterFirstPaint) };

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => shapePage(html, SCRIPTS, building) });
