// SvelteKit's own client modules, rewritten at build (kit-svelte-imports.js, kit-root.js). Each
// plugin rewrites one module in the client build (the dev server serves Kit's files as they are)
// and fails that build if the module never came through it, so a SvelteKit that moved or renamed
// the module cannot silently ship what the rewrite took out.

/**
 * A Vite plugin rewriting the module whose id matches `module` in the client build.
 * @param {string} name the plugin's name, and its file in scripts/
 * @param {RegExp} module
 * @param {(code: string, id: string) => string} rewrite throws when the module has changed shape
 */
export function kitClientRewrite(name, module, rewrite) {
	let client = false;
	let rewritten = false;
	return {
		name,
		apply: /** @type {const} */ ('build'),
		enforce: /** @type {const} */ ('pre'),
		/** @param {{ build: { ssr: unknown } }} config */
		configResolved(config) {
			client = !config.build.ssr;
		},
		/** @param {string} code @param {string} id */
		transform(code, id) {
			if (!client || !module.test(id)) return undefined;
			rewritten = true;
			return { code: rewrite(code, id), map: null };
		},
		/** @this {{ error(message: string): never }} @param {Error} [error] */
		buildEnd(error) {
			if (client && !rewritten && !error)
				this.error(
					`SvelteKit’s ${module.source} never came through ${name}: update scripts/${name}.js.`
				);
		}
	};
}
