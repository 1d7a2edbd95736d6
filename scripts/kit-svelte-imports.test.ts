import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kitSvelteImports, namedSvelteImports } from './kit-svelte-imports.js';

describe('SvelteKit’s client with named Svelte imports', () => {
	const client = readFileSync('node_modules/@sveltejs/kit/src/runtime/client/client.js', 'utf8');

	it('imports by name every member the installed SvelteKit reads, and no namespace', () => {
		const code = namedSvelteImports(client);
		expect(code).not.toContain("import * as svelte from 'svelte'");
		const named = /import \{ ([^}]*) \} from 'svelte';\nconst svelte = \{ ([^}]*) \};/.exec(code);
		expect(named).not.toBeNull();
		const members = named![2]!.split(', ').map((pair) => pair.split(':')[0]);
		// What this version reads, through `svelte.x` and `const { ... } = svelte`.
		expect(members).toEqual(expect.arrayContaining(['tick', 'untrack', 'onMount', 'settled']));
		for (const member of members) expect(named![1]).toContain(`${member} as svelte_${member}`);
		// The rest of the file is as SvelteKit wrote it.
		expect(code.length - client.length).toBeLessThan(400);
	});

	it('reads members split over lines and destructured', () => {
		const code = namedSvelteImports(
			"import * as svelte from 'svelte';\nconst { onMount } = svelte;\nvoid svelte\n\t.tick()\n\t.then(svelte.untrack);\n"
		);
		expect(code).toContain(
			"import { tick as svelte_tick, untrack as svelte_untrack, onMount as svelte_onMount } from 'svelte';"
		);
		expect(code).toContain('const { onMount } = svelte;');
	});

	it.each([
		['no namespace import', "import { tick } from 'svelte';", /no longer imports/],
		['the namespace passed on', "import * as svelte from 'svelte';\nuse(svelte);", /as a value/],
		['the namespace indexed', "import * as svelte from 'svelte';\nsvelte[name]();", /as a value/]
	])('fails the build on a client with %s', (_, code, message) => {
		expect(() => namedSvelteImports(code)).toThrow(message);
	});

	it('fails a client build that Kit’s client never came through, and no server build', () => {
		const context = {
			error(message: string): never {
				throw new Error(message);
			}
		};
		const client = kitSvelteImports();
		client.configResolved({ build: { ssr: false } });
		expect(() => client.buildEnd.call(context)).toThrow(/never came through/);
		client.transform(
			"import * as svelte from 'svelte';\nsvelte.tick();\n",
			'/x/node_modules/@sveltejs/kit/src/runtime/client/client.js'
		);
		expect(() => client.buildEnd.call(context)).not.toThrow();
		const server = kitSvelteImports();
		server.configResolved({ build: { ssr: 'src/server.js' } });
		expect(() => server.buildEnd.call(context)).not.toThrow();
	});
});
