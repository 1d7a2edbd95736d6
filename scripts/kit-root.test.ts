import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRootUse, kitRoot, rootModule, rootProps } from './kit-root.js';

const GENERATED = readFileSync('.svelte-kit/generated/root.js', 'utf8');
const ROOT = readFileSync('.svelte-kit/generated/root.svelte', 'utf8');
const CLIENT = readFileSync('node_modules/@sveltejs/kit/src/runtime/client/client.js', 'utf8');

describe('SvelteKit’s root without the legacy class wrapper', () => {
	it('reads the props the installed SvelteKit’s root reads, defaults left out', () => {
		expect(rootProps(ROOT)).toEqual([
			'stores',
			'page',
			'constructors',
			'components',
			'form',
			'data_0',
			'data_1'
		]);
	});

	it('replaces the generated root module with the wrapper, given those props', () => {
		const code = rootModule(GENERATED, ROOT, '/w/kit-root.svelte.ts');
		expect(code).not.toContain('svelte/legacy');
		expect(code).toBe(
			[
				'import { kitRoot } from "/w/kit-root.svelte.ts";',
				"import Root from './root.svelte';",
				'export default kitRoot(Root, ["stores","page","constructors","components","form","data_0","data_1"]);'
			].join('\n')
		);
	});

	it('accepts the installed SvelteKit’s client, which makes the root with new and updates it with $set', () => {
		expect(() => checkRootUse(CLIENT)).not.toThrow();
	});

	it.each([
		[
			'a root module of another shape',
			() => rootModule('export default Root;', ROOT),
			/root\.js has changed/
		],
		[
			'a root that reads its props otherwise',
			() => rootProps('const props = $props();'),
			/reads its props/
		],
		[
			'a client that destroys its root',
			() => checkRootUse('root = new app.root({});\nroot.$destroy();'),
			/\$destroy/
		],
		[
			'a client that makes its root otherwise',
			() => checkRootUse('root = mount(app.root, {});'),
			/something else/
		]
	])('fails the build on %s', (_, run, message) => {
		expect(run).toThrow(message);
	});

	it('rewrites the client build’s root.js, and fails a client build it never saw; the server build is left alone', () => {
		const context = {
			error(message: string): never {
				throw new Error(message);
			}
		};
		const generated = join(mkdtempSync(join(tmpdir(), 'kit-root-')), '.svelte-kit/generated');
		mkdirSync(generated, { recursive: true });
		writeFileSync(join(generated, 'root.svelte'), ROOT);
		const client = kitRoot();
		client.configResolved({ build: { ssr: false } });
		expect(() => client.buildEnd.call(context)).toThrow(/never came through/);
		const out = client.transform(GENERATED, join(generated, 'root.js'));
		expect(out?.code).toContain('kitRoot(Root, [');
		expect(() => client.buildEnd.call(context)).not.toThrow();
		const server = kitRoot();
		server.configResolved({ build: { ssr: 'src/server.js' } });
		expect(server.transform(GENERATED, join(generated, 'root.js'))).toBeUndefined();
		expect(() => server.buildEnd.call(context)).not.toThrow();
	});
});
