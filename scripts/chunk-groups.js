// How the client build is split into chunks, read from the module graph instead of a hand-written list
// of paths: a list goes stale, unseen, the day the home page imports a new module.
//
// - `shell`: everything that every page loads before it can run (Kit's client, Svelte, the root
//   layout and error page and what they import), in one file: one request and one gzip stream
//   instead of a dozen small chunks, each with its own request and compression overhead.
// - `home`: the modules the home page imports beyond the shell (its due counts: storage reads,
//   the study day), in one file. Other pages that need some of them load it too.
// - `other-pages`: Svelte features only other pages use: the bindings for inputs, selects and
//   element sizes (`bind:value`, `bind:checked`, `bind:group`, `bind:clientWidth`), actions,
//   attachments, `<svelte:element>`, and the `{#key}` and `{#each}` blocks (the root
//   layout renders its fixed nav by a recursive snippet instead). Svelte's
//   `svelte/internal/client` barrel re-exports every feature, so the shell's static closure takes
//   them in although the first visit never uses them; their own chunk keeps them off the home page.
// Modules nobody loads on a first visit are left to rolldown's own splitting.
import { join } from 'node:path';

/**
 * The part of a bundler's module info this file reads.
 * @typedef {{ isEntry: boolean; importedIds: readonly string[] }} ModuleFacts
 */

/**
 * Looks a module up in the graph of the build being chunked; null if it is not in it.
 * @typedef {(id: string) => ModuleFacts | null} ModuleLookup
 */

/** @typedef {Map<string, 'shell' | 'home'>} ChunkMap */

/**
 * The modules the roots import statically, directly or not, roots included.
 * @param {readonly string[]} roots
 * @param {ModuleLookup} lookup
 */
export function staticClosure(roots, lookup) {
	/** @type {Set<string>} */
	const seen = new Set();
	const stack = roots.filter((id) => lookup(id) !== null);
	while (stack.length) {
		const id = /** @type {string} */ (stack.pop());
		if (seen.has(id)) continue;
		seen.add(id);
		for (const next of lookup(id)?.importedIds ?? []) if (!seen.has(next)) stack.push(next);
	}
	return seen;
}

/**
 * The chunk each non-entry module of the first visit goes to; modules not listed are left to the bundler.
 * @param {{ shell: readonly string[]; home: readonly string[]; routes: string }} roots
 * @param {ModuleLookup} lookup
 */
export function firstVisitChunks(roots, lookup) {
	/** @type {ChunkMap} */
	const chunks = new Map();
	const shell = staticClosure(roots.shell, lookup);
	// Entries keep their own files: Kit loads each route's node by its entry file.
	for (const id of shell) if (!lookup(id)?.isEntry) chunks.set(id, 'shell');
	// The home page's own component stays in its node, so that /study, which shares the storage
	// reads, does not download the home page too.
	for (const id of staticClosure(roots.home, lookup)) {
		if (!shell.has(id) && !lookup(id)?.isEntry && !id.startsWith(roots.routes)) {
			chunks.set(id, 'home');
		}
	}
	return chunks;
}

/**
 * The module ids, in a SvelteKit project at `root`, that the two groups start from.
 * @param {string} root
 */
export function kitRoots(root) {
	const generated = join(root, '.svelte-kit/generated/client-optimized');
	return {
		app: join(generated, 'app.js'),
		shell: [
			join(root, 'node_modules/@sveltejs/kit/src/runtime/client/entry.js'),
			join(generated, 'app.js'),
			join(generated, 'nodes/0.js'),
			join(generated, 'nodes/1.js')
		],
		home: [join(root, 'src/routes/+page.svelte'), join(root, 'src/routes/+page.ts')],
		routes: join(root, 'src/routes/')
	};
}

/**
 * Svelte's input, select and size bindings (`bind:clientWidth`), actions (`use:`), attachments,
 * `<svelte:element>` and its `{#key}` and `{#each}` blocks (see the header): the charts, the
 * projector and the print sheet use them, the first visit does not. Their top level only declares
 * functions, a Set, a Symbol, an unset variable and (size) three lazy ResizeObserver wrappers.
 */
export const OTHER_PAGES_ONLY =
	/\/node_modules\/svelte\/src\/internal\/client\/dom\/(elements\/(bindings\/(input|select|size)|actions|attachments)|blocks\/(key|each|svelte-element))\.js$/;

/**
 * Rolldown `treeshake.moduleSideEffects` rules: the form bindings run nothing when imported, so the
 * shell, whose barrel imports them, need not load their chunk to keep the execution order.
 */
export const sideEffectRules = [{ test: OTHER_PAGES_ONLY, sideEffects: false }];

/**
 * Rolldown `output.codeSplitting.groups` for the form bindings, the shell and the home chunk. The shell goes first
 * (higher priority) so that the home group, which pulls in its dependencies, finds them taken.
 * The graph is read once per chunking pass (each pass hands out new module objects).
 * @param {string} root the project folder
 */
export function firstVisitGroups(root) {
	const roots = kitRoots(root);
	/** @type {{ app: ModuleFacts | null; chunks: ChunkMap } | undefined} */
	let cache;
	/** @param {string} id @param {ModuleLookup} lookup */
	const chunkOf = (id, lookup) => {
		const app = lookup(roots.app);
		if (!cache || cache.app !== app) cache = { app, chunks: firstVisitChunks(roots, lookup) };
		return cache.chunks.get(id);
	};
	/** @param {'shell' | 'home'} name @param {number} priority */
	const group = (name, priority) => ({
		/** @param {string} id @param {{ getModuleInfo: ModuleLookup }} ctx */
		name: (id, ctx) => (chunkOf(id, (m) => ctx.getModuleInfo(m)) === name ? name : null),
		priority
	});
	// The form bindings go first and without their dependencies (the runtime, which stays in the
	// shell); rolldown allows that only when entries may export more than their own module does.
	return [
		{
			name: 'other-pages',
			test: OTHER_PAGES_ONLY,
			priority: 3,
			includeDependenciesRecursively: false
		},
		group('shell', 2),
		group('home', 1)
	];
}
