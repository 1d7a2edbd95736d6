import { createHash } from 'node:crypto';
import { minifySync } from 'vite';

// The scripts written inline into every page, as they are shipped. Used at build only
// (svelte.config.js for the CSP, hooks.server.ts for the pages), never in the browser.

/**
 * A script's source as it goes into the page, minified by Vite's own minifier (oxc): every page
 * carries it, and a comment or a long name is bytes on every first visit. Names the page calls
 * from outside the script (a top-level function, a global) keep theirs: a classic script's top
 * level is not renamed.
 * @param {string} source
 * @param {string} [name] the file's name, for the minifier's messages
 */
export function shipped(source, name = 'inline.js') {
	const { code, errors } = minifySync(name, source, { compress: true, mangle: true });
	if (errors.length) throw new Error(`${name} does not minify: ${errors[0]?.message}`);
	return code.trim();
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
