// Every prerendered page's HTML, shaped at build for the first paint (hooks.server.ts; why and
// what it measured: docs/architecture.md, "First paint"). Two scripts stay inline, each allowed by
// its hash in the CSP: the appearance script in <head>, and SvelteKit's start script, which now
// waits for the page's first paint before it fetches the app's code.
import { scriptHash } from './inline-script.js';

/** Where src/app.html wants the appearance script. */
export const APPEARANCE_SLOT = '<script data-inline="appearance.js"></script>';

/** The two scripts, as shipped (src/lib/shell/*.js through `shipped`). */
export interface ShellScripts {
	appearance: string;
	afterFirstPaint: string;
}

// SvelteKit's start script: a block that takes its element, then imports the app and starts it.
const START_SCRIPT = /<script>(\s*\{[^<]*?document\.currentScript\.parentElement;[^<]*?)<\/script>/;
const START_CALL = 'Promise.all([';
// SvelteKit's preload links for the page's modules, in <head>.
const MODULE_PRELOAD = /\s*<link href="([^"]+)" rel="modulepreload">/g;
const CSP_SCRIPT_SRC =
	/(<meta http-equiv="content-security-policy" content="[^"]*?script-src )([^;"]*)/;

/**
 * The page with the appearance script in its slot and, when `deferStart`, the app's start
 * deferred to after the first paint: its modules, which SvelteKit preloads from <head>, are
 * preloaded then instead, all at once, and the start script's new hash takes the old one's place in
 * the page's CSP. Throws
 * when the page has not the shape this relies on (a SvelteKit upgrade that changed its start
 * script fails the build, not the first paint).
 */
export function shapePage(html: string, scripts: ShellScripts, deferStart: boolean): string {
	if (!html.includes(APPEARANCE_SLOT))
		throw new Error(`The page has no slot for the appearance script`);
	const page = html.replace(APPEARANCE_SLOT, () => `<script>${scripts.appearance}</script>`);
	if (!deferStart) return page;
	const start = START_SCRIPT.exec(page);
	const csp = CSP_SCRIPT_SRC.exec(page);
	if (!start || !csp)
		throw new Error('The page has no SvelteKit start script or no CSP to defer it in');
	const script = start[1]!;
	const from = script.indexOf(START_CALL);
	const to = script.lastIndexOf('});');
	if (from < 0 || to < from) throw new Error('SvelteKit’s start script has changed its shape');
	const preload = [...page.matchAll(MODULE_PRELOAD)].map((link) => link[1]!);
	const deferred =
		`${script.slice(0, from)}${scripts.afterFirstPaint}\n` +
		`afterFirstPaint(${JSON.stringify(preload)}, () => ${script.slice(from, to + 2)});${script.slice(to + 3)}`;
	const oldHash = `'${scriptHash(script)}'`;
	const sources = csp[2]!.split(' ');
	if (!sources.includes(oldHash))
		throw new Error('The CSP does not allow SvelteKit’s start script');
	const allowed = sources.map((source) =>
		source === oldHash ? `'${scriptHash(deferred)}'` : source
	);
	return page
		.replace(MODULE_PRELOAD, '')
		.replace(start[0], () => `<script>${deferred}</script>`)
		.replace(CSP_SCRIPT_SRC, (_, head: string) => head + allowed.join(' '));
}
