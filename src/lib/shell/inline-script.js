import { createHash } from 'node:crypto';

// The scripts written inline into every page, as they are shipped. Used at build only
// (svelte.config.js for the CSP, hooks.server.ts for the pages), never in the browser.

/**
 * A script's source as it goes into the page: without its comments (whole-line `//` comments and
 * JSDoc blocks, which are for whoever reads the file) and without indentation; its lines stay.
 * @param {string} source
 */
export function shipped(source) {
	return source
		.replace(/\/\*\*[\s\S]*?\*\/\s*/g, '')
		.replace(/^\s*\/\/.*\n/gm, '')
		.replace(/^[ \t]+/gm, '')
		.trim();
}

/**
 * The CSP source that lets one inline script run: the SHA-256 of its exact text.
 * @param {string} text
 */
export function scriptHash(text) {
	return /** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(text).digest('base64')}`
	);
}
