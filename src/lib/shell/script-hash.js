import { createHash } from 'node:crypto';

/**
 * The CSP source that lets one inline script run: the SHA-256 of its exact text. Used at build
 * only (svelte.config.js, hooks.server.ts), never in the browser.
 * @param {string} text
 */
export function scriptHash(text) {
	return /** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(text).digest('base64')}`
	);
}
