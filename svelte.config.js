import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { scriptHash, shipped } from './src/lib/shell/inline-script.js';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** The version users see in the footer; the update test builds a second copy with another APP_VERSION. */
function appVersion() {
	if (process.env.APP_VERSION) return process.env.APP_VERSION;
	try {
		const commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] });
		return `${pkg.version}+${commit.toString().trim()}`;
	} catch {
		return pkg.version;
	}
}

/** The appearance script, written inline into every page's <head> (src/hooks.server.ts). */
const appearanceHash = scriptHash(
	shipped(readFileSync(new URL('./src/lib/shell/appearance.js', import.meta.url), 'utf8'))
);

/** Where the build goes; the update test writes a second one elsewhere. */
export const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// No `window.__svelte.v` stamp: bytes on every page that no user needs.
		discloseVersion: false,
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, fallback: '404.html', strict: true }),
		serviceWorker: { register: false },
		// Every stylesheet a page needs goes in its <style> (the CSP allows inline styles): the first
		// paint waits for no CSS request. The files stay for client-side navigation.
		inlineStyleThreshold: 16384,
		// /print and /present are linked only from pages drawn in the browser (a session, a quiz's
		// results), so the crawl would not find them.
		prerender: { entries: ['*', '/print', '/present'], handleHttpError: 'fail' },
		version: { name: appVersion() },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', appearanceHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'connect-src': ['self']
			}
		}
	}
};

export default config;
