// SvelteKit wraps its root component in Svelte's legacy class wrapper (.svelte-kit/generated/root.js:
// `asClassComponent(Root)`), about a kilobyte of the shell every page loads. Its client only makes
// the root with `new` and updates it with `$set`, which src/lib/shell/kit-root.svelte.ts does with
// Svelte's public API. This plugin gives the client build that wrapper instead, and fails the build
// when Kit's root, its props or its client's use of the root change shape.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kitClientRewrite } from './kit-client-rewrite.js';

const WRAPPER = fileURLToPath(new URL('../src/lib/shell/kit-root.svelte.ts', import.meta.url));

/** What SvelteKit 2 writes for a Svelte 5 app (kit/src/core/sync/write_root.js). */
const GENERATED = [
	"import { asClassComponent } from 'svelte/legacy';",
	"import Root from './root.svelte';",
	'export default asClassComponent(Root);'
].join('\n');

/**
 * The props the generated root.svelte reads: the names in its `let { ... } = $props();`.
 * @param {string} root the source of .svelte-kit/generated/root.svelte
 */
export function rootProps(root) {
	const props = /let \{([^}]*)\} = \$props\(\);/.exec(root);
	if (!props)
		throw new Error(
			'SvelteKit’s root.svelte no longer reads its props so: update scripts/kit-root.js.'
		);
	return /** @type {string} */ (props[1])
		.split(',')
		.map((prop) => prop.split('=')[0]?.trim() ?? '')
		.filter(Boolean);
}

/**
 * The root module with kit-root's wrapper in place of the legacy one.
 * @param {string} generated the source of .svelte-kit/generated/root.js
 * @param {string} root the source of .svelte-kit/generated/root.svelte
 * @param {string} wrapper the wrapper's module id
 */
export function rootModule(generated, root, wrapper = WRAPPER) {
	if (generated.trim() !== GENERATED)
		throw new Error('SvelteKit’s root.js has changed: update scripts/kit-root.js.');
	return [
		`import { kitRoot } from ${JSON.stringify(wrapper)};`,
		"import Root from './root.svelte';",
		`export default kitRoot(Root, ${JSON.stringify(rootProps(root))});`
	].join('\n');
}

/**
 * Throws unless Kit's client uses its root only as the wrapper provides: `new app.root(...)`
 * and `root.$set(...)`.
 * @param {string} client the source of @sveltejs/kit/src/runtime/client/client.js
 */
export function checkRootUse(client) {
	const members = new Set([...client.matchAll(/\broot\.(\$\w+)/g)].map((m) => m[1]));
	const made = /\broot = new app\.root\(\{/.test(client);
	if (!made || [...members].some((member) => member !== '$set'))
		throw new Error(
			`SvelteKit’s client uses its root as ${[...members].join(', ') || 'something else'}: update src/lib/shell/kit-root.svelte.ts.`
		);
}

const CLIENT = fileURLToPath(
	new URL('../node_modules/@sveltejs/kit/src/runtime/client/client.js', import.meta.url)
);

/** The Vite plugin: the client build only (the server renders the root as Kit wrote it). */
export const kitRoot = () =>
	kitClientRewrite('kit-root', /[\\/]\.svelte-kit[\\/]generated[\\/]root\.js$/, (code, id) => {
		checkRootUse(readFileSync(CLIENT, 'utf8'));
		return rootModule(code, readFileSync(join(dirname(id), 'root.svelte'), 'utf8'));
	});
