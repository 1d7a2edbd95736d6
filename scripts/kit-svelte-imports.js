// SvelteKit's client reads Svelte through a namespace (`import * as svelte from 'svelte'`, then
// `svelte.tick`, `svelte.fork`, `svelte.settled?.()`), so that it runs on older Svelte 5s that
// lack some of them. The bundler keeps a namespace read like that whole: every export of Svelte
// (mount, hydrate, createEventDispatcher, the legacy lifecycle, contexts, ...) lands in the shell
// every page loads. Named imports of the members it reads let the rest be left out.

import { kitClientRewrite } from './kit-client-rewrite.js';

const NAMESPACE = "import * as svelte from 'svelte';";

/**
 * Kit's client.js with its Svelte namespace replaced by an object of the members it reads, each
 * imported by name (a member this Svelte lacks fails the build as a missing export). Throws if the
 * namespace import is gone or is used in a way this cannot follow, so that a SvelteKit upgrade
 * fails the build instead of losing a function.
 * @param {string} code the source of @sveltejs/kit/src/runtime/client/client.js
 */
export function namedSvelteImports(code) {
	if (!code.includes(NAMESPACE))
		throw new Error(
			'SvelteKit’s client no longer imports Svelte as a namespace: update scripts/kit-svelte-imports.js.'
		);
	const read = [...code.matchAll(/(?<![\w$./-])svelte\s*\.\s*([A-Za-z_$][\w$]*)/g)].map(
		(m) => m[1]
	);
	const destructured = [...code.matchAll(/const \{([^}]*)\} = svelte;/g)].flatMap((m) =>
		/** @type {string} */ (m[1]).split(',').map((name) => name.trim())
	);
	const members = [...new Set([...read, ...destructured])].map(String);
	// Any other use of the namespace (passed on, indexed, spread) would need all of it.
	const uses = code
		.replace(NAMESPACE, '')
		.replace(/const \{[^}]*\} = svelte;/g, '')
		.replace(/\/\/.*$/gm, '')
		.match(/(?<![\w$./'"@-])svelte\b(?!\s*\.|[\w$'"/-])/g);
	if (uses)
		throw new Error(
			'SvelteKit uses its Svelte namespace as a value: update scripts/kit-svelte-imports.js.'
		);
	const named = members.map((name) => `${name} as svelte_${name}`).join(', ');
	const object = members.map((name) => `${name}: svelte_${name}`).join(', ');
	return code.replace(
		NAMESPACE,
		() => `import { ${named} } from 'svelte';\nconst svelte = { ${object} };`
	);
}

/**
 * A Vite plugin that gives the client build Kit's client with named Svelte imports. The client
 * build fails if Kit's client never came through it, so a SvelteKit that moved its client cannot
 * silently ship all of Svelte again.
 */
export const kitSvelteImports = () =>
	kitClientRewrite(
		'kit-svelte-imports',
		/[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/,
		namedSvelteImports
	);
