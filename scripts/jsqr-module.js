// jsqr ships one UMD file. Bundled as CommonJS it needs the bundler's interop helpers, and those
// land in a chunk of their own that the shell, which shares a helper with them, makes every page
// load. Read as the ES module it really is (a function returning the decoder), it needs none.

const HEAD = "})(typeof self !== 'undefined' ? self : this, function() {\n";
const TAIL = '});';

/**
 * The body of jsqr's UMD file as an ES module whose default export is the decoder.
 * @param {string} code the UMD file
 */
export function umdToModule(code) {
	const start = code.indexOf(HEAD);
	const end = code.lastIndexOf(TAIL);
	if (start < 0 || end < start)
		throw new Error('jsqr’s UMD wrapper is not the one scripts/jsqr-module.js knows: update it.');
	return `export default (function() {\n${code.slice(start + HEAD.length, end)}})();\n`;
}

/** A Vite plugin that gives the client build jsqr as an ES module. */
export function jsqrAsModule() {
	return {
		name: 'jsqr-as-module',
		enforce: /** @type {const} */ ('pre'),
		/** @param {string} code @param {string} id */
		transform(code, id) {
			if (!/[\\/]jsqr[\\/]dist[\\/]jsQR\.js$/.test(id)) return undefined;
			return { code: umdToModule(code), map: null };
		}
	};
}
