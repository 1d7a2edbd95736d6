import { createHash } from 'node:crypto';
import { minifySync } from 'vite';

// The scripts written inline into every page, as they are shipped. Used at build only
// (svelte.config.js for the CSP, hooks.server.ts for the pages), never in the browser.

/**
 * A script's source as it goes into the page, minified by Vite's own minifier (oxc): every page
 * carries it, and a comment or a long name is bytes on every first visit. It is minified as a
 * classic script (the name must end in .js: oxc takes anything else for a module), whose top
 * level keeps its names: the page calls them from outside. Throws on a script that does not
 * minify, or whose text would end or hide the `<script>` element it goes in (the minifier
 * writes `\u003C`, which Kit uses in its data, back as `<`).
 * @param {string} source
 * @param {`${string}.js`} [name] the file's name, for the minifier and its messages
 */
export function shipped(source, name = 'inline.js') {
	// ES2020, not the minifier's default (esnext): it writes `a ??= b` for `a = a ?? b`, which
	// a browser from before 2020 can't parse, and the appearance script runs before any check.
	const { code, errors } = minifySync(name, source, {
		compress: { target: 'es2020' },
		mangle: true
	});
	if (errors.length) throw new Error(`${name} does not minify: ${errors[0]?.message}`);
	if (/<!--|<\/?script/i.test(code))
		throw new Error(`${name} holds <!-- or <script once minified: it would break its page`);
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
