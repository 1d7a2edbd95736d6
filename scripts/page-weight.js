// What a page costs to load, counted one way for the budget test (`npm test`) and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The home page's budget: JS and CSS it loads, gzip, lazy chunks included, with 2 KiB kept free
 * for what comes next (issue 10). Each new route adds its entry to the client's route table and
 * its Svelte features to the shared runtime; what those pages alone use is kept off the first
 * visit (scripts/chunk-groups.js). How the headroom was won back: docs/architecture.md.
 */
export const HOME_BUDGET = { limit: 40 * 1024, headroom: 2 * 1024 };

/** @param {string | Buffer} bytes */
export const gzipSize = (bytes) => gzipSync(bytes).length;

/**
 * Gzip sizes of the JS and CSS files a page loaded, read from the build, plus the CSS and JS
 * inlined in its HTML (inlining moves bytes, it does not remove them).
 * @param {string} buildDir
 * @param {Iterable<string>} pathnames URL paths of what the page loaded
 * @param {string} [html] the page's HTML, for its inline <style> and <script> blocks
 */
export function assetWeight(buildDir, pathnames, html = '') {
	let js = 0;
	let css = 0;
	let files = 0;
	for (const pathname of new Set(pathnames)) {
		if (!/\.(js|css)$/.test(pathname)) continue;
		const size = gzipSize(readFileSync(join(buildDir, pathname)));
		if (pathname.endsWith('.css')) css += size;
		else js += size;
		files++;
	}
	for (const [, style] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
		if (style?.trim()) css += gzipSize(style);
	}
	for (const [, script] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
		if (script?.trim()) js += gzipSize(script);
	}
	return { js, css, total: js + css, files };
}
