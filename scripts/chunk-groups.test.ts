import { existsSync, readFileSync } from 'node:fs';
import { compile } from 'svelte/compiler';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	OTHER_PAGES_ONLY,
	firstVisitChunks,
	firstVisitGroups,
	kitRoots,
	staticClosure,
	type ModuleFacts
} from './chunk-groups.js';

const root = '/app';
const roots = kitRoots(root);
const kit = `${root}/node_modules/@sveltejs/kit/src/runtime/client/entry.js`;
const svelte = `${root}/node_modules/svelte/src/internal/client/index.js`;
const layout = `${root}/src/routes/+layout.svelte`;
const home = `${root}/src/routes/+page.svelte`;
const homeStyle = `${home}?svelte&type=style&lang.css`;
const nav = `${root}/src/lib/ui/nav.ts`;
const summary = `${root}/src/lib/state/due-summary.ts`;
const queue = `${root}/src/lib/srs/queue.ts`;
const idb = `${root}/node_modules/idb-keyval/dist/index.js`;
const study = `${root}/src/routes/study/+page.svelte`;
const ts = `${root}/node_modules/ts-fsrs/dist/index.mjs`;

/** A small app: the layout uses nav, home reads counts through idb-keyval, study adds ts-fsrs. */
const graph: Record<string, ModuleFacts> = {
	[kit]: { isEntry: true, importedIds: [svelte] },
	[roots.app]: { isEntry: true, importedIds: [svelte] },
	[roots.shell[2] as string]: { isEntry: true, importedIds: [layout] },
	[roots.shell[3] as string]: { isEntry: true, importedIds: [svelte] },
	[svelte]: { isEntry: false, importedIds: [] },
	[layout]: { isEntry: false, importedIds: [svelte, nav] },
	[nav]: { isEntry: false, importedIds: [] },
	[home]: { isEntry: false, importedIds: [svelte, homeStyle, summary, nav] },
	[homeStyle]: { isEntry: false, importedIds: [] },
	[summary]: { isEntry: false, importedIds: [queue] },
	[queue]: { isEntry: false, importedIds: [idb] },
	[idb]: { isEntry: false, importedIds: [] },
	[study]: { isEntry: false, importedIds: [svelte, queue, ts] },
	[ts]: { isEntry: false, importedIds: [] }
};
const lookup = (id: string) => graph[id] ?? null;

describe('staticClosure', () => {
	it('follows static imports and survives cycles and unknown roots', () => {
		const cyclic = { a: ['b'], b: ['a', 'c'], c: [] } as Record<string, string[]>;
		const closure = staticClosure(['a', 'missing'], (id) =>
			cyclic[id] ? { isEntry: false, importedIds: cyclic[id] } : null
		);
		expect([...closure].sort()).toEqual(['a', 'b', 'c']);
	});
});

describe('firstVisitChunks', () => {
	const chunks = firstVisitChunks(roots, lookup);

	it('puts the framework and everything the root layout imports in the shell', () => {
		expect(chunks.get(svelte)).toBe('shell');
		expect(chunks.get(layout)).toBe('shell');
		expect(chunks.get(nav)).toBe('shell');
	});

	it('puts every module the home page imports beyond the shell in the home chunk', () => {
		expect(chunks.get(summary)).toBe('home');
		expect(chunks.get(queue)).toBe('home');
		expect(chunks.get(idb)).toBe('home');
	});

	it('regression: a module the home page starts to import joins the home chunk by itself', () => {
		const added = `${root}/src/lib/storage/new-read.ts`;
		const grown = {
			...graph,
			[summary]: { isEntry: false, importedIds: [queue, added] },
			[added]: { isEntry: false, importedIds: [] }
		};
		expect(firstVisitChunks(roots, (id) => grown[id] ?? null).get(added)).toBe('home');
	});

	it('leaves entries, the home page component and other pages’ modules alone', () => {
		for (const id of [kit, roots.app, home, homeStyle, study, ts])
			expect(chunks.has(id)).toBe(false);
	});
});

describe('firstVisitGroups', () => {
	const project = fileURLToPath(new URL('..', import.meta.url));
	const bindings = `${project}node_modules/svelte/src/internal/client/dom/elements/bindings`;

	it('regression: Svelte’s input and select bindings, which only form pages use, sat in the shell every page loads', () => {
		const [forms, shell] = firstVisitGroups(project);
		expect(forms).toMatchObject({ name: 'other-pages', includeDependenciesRecursively: false });
		expect((forms?.priority ?? 0) > (shell?.priority ?? 0)).toBe(true);
		// A Svelte release that moves them makes this fail instead of quietly shipping them again.
		for (const file of ['input.js', 'select.js']) {
			expect(existsSync(`${bindings}/${file}`)).toBe(true);
			expect(OTHER_PAGES_ONLY.test(`${bindings}/${file}`)).toBe(true);
		}
		expect(OTHER_PAGES_ONLY.test(`${bindings}/this.js`)).toBe(false);
		const blocks = `${project}node_modules/svelte/src/internal/client/dom/blocks`;
		expect(existsSync(`${blocks}/key.js`)).toBe(true);
		expect(OTHER_PAGES_ONLY.test(`${blocks}/key.js`)).toBe(true);
		expect(OTHER_PAGES_ONLY.test(`${blocks}/if.js`)).toBe(false);
	});
});

describe('the first visit’s components', () => {
	const project = fileURLToPath(new URL('..', import.meta.url));
	/** What every first visit renders: the root layout, its components, the home and error pages. */
	const firstVisit = [
		'src/routes/+layout.svelte',
		'src/routes/+page.svelte',
		'src/routes/+error.svelte',
		'src/lib/ui/OfflineBadge.svelte',
		'src/lib/ui/PwaToasts.svelte'
	];

	it('regression: the nav’s {#each} block put Svelte’s list reconciliation in the shell every page loads', () => {
		const blocks = `${project}node_modules/svelte/src/internal/client/dom/blocks`;
		expect(existsSync(`${blocks}/each.js`)).toBe(true);
		expect(OTHER_PAGES_ONLY.test(`${blocks}/each.js`)).toBe(true);
		// A first-visit component that used one would pull the other-pages chunk into the home page.
		for (const file of firstVisit) {
			const source = readFileSync(`${project}${file}`, 'utf8');
			const { js } = compile(source, { filename: file, generate: 'client', runes: true });
			expect(js.code, file).not.toMatch(
				/\$\.(each|key|bind_value|bind_checked|bind_group|bind_select_value)\(/
			);
		}
	});

	it('regression: the update prompt, which no first visit shows, sat in the shell every page loads', () => {
		const { js } = compile(readFileSync(`${project}src/lib/ui/PwaToasts.svelte`, 'utf8'), {
			filename: 'PwaToasts.svelte',
			generate: 'client',
			runes: true
		});
		expect(js.code).toContain("import('./UpdatePrompt.svelte')");
		expect(js.code).not.toContain('A new version is ready');
	});
});
