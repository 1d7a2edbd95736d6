import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { packageOf } from './library-owners.js';

// The architecture's rules are only as good as the linter that holds them: each is shown to
// fail on a file that breaks it, and to pass on the file that keeps it.
const eslint = new ESLint();

async function problems(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: file });
	return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the linter holds the architecture', { timeout: 20_000 }, () => {
	it('refuses storage, Svelte, $app and state in the core', async () => {
		for (const source of [
			'$lib/storage/kv',
			'../storage/kv',
			'svelte',
			'$app/navigation',
			'$lib/state/bank'
		])
			expect(
				await problems(
					'src/lib/quiz/example.ts',
					`import { x } from '${source}';\nexport const y = x;\n`
				)
			).toEqual([expect.stringContaining('no-restricted-imports')]);
	});

	it('refuses the clock, randomness and browser globals in the core', async () => {
		const found = await problems(
			'src/lib/srs/example.ts',
			'export const a = Date.now() + Math.random() + new Date().getTime();\nexport const b = () => localStorage.length + location.href.length;\n'
		);
		expect(found.filter((p) => p.startsWith('no-restricted-properties'))).toHaveLength(2);
		expect(found.filter((p) => p.startsWith('no-restricted-syntax'))).toHaveLength(1);
		expect(found.filter((p) => p.startsWith('no-restricted-globals'))).toHaveLength(2);
	});

	it('holds stats/ to the same rules: pure, no storage, no clock', async () => {
		const found = await problems(
			'src/lib/stats/example.ts',
			"import { loadDeck } from '$lib/storage/deck';\nexport const a = () => Date.now() + loadDeck.length;\n"
		);
		expect(found.filter((p) => p.startsWith('no-restricted-imports'))).toHaveLength(1);
		expect(found.filter((p) => p.startsWith('no-restricted-properties'))).toHaveLength(1);
	});

	it('lets the core take time and data as parameters', async () => {
		expect(
			await problems(
				'src/lib/quiz/example.ts',
				"import type { Bank } from '../bank/schema';\nexport const at = (bank: Bank, now: Date) => new Date(now.getTime() + bank.version);\n"
			)
		).toEqual([]);
	});

	it('lets ts-fsrs in through srs/scheduler.ts only', async () => {
		const code = "import { fsrs } from 'ts-fsrs';\nexport const f = fsrs;\n";
		expect(await problems('src/lib/srs/scheduler.ts', code)).toEqual([]);
		for (const file of ['src/lib/srs/queue.ts', 'src/lib/state/study-steps.ts'])
			expect(await problems(file, code)).toEqual([
				expect.stringContaining('may only be imported by src/lib/srs/scheduler.ts')
			]);
	});

	it('lets idb-keyval in through storage/ only', async () => {
		const code = "import { get } from 'idb-keyval';\nexport const g = get;\n";
		expect(await problems('src/lib/storage/kv.ts', code)).toEqual([]);
		expect(await problems('src/lib/state/bank.ts', code)).toEqual([
			expect.stringContaining('may only be imported by src/lib/storage/')
		]);
	});

	it('refuses an outside library that has no declared owner', async () => {
		expect(
			await problems(
				'src/lib/ui/example.ts',
				"import Chart from 'chart.js';\nexport const c = Chart;\n"
			)
		).toEqual([expect.stringContaining('no declared owner')]);
	});
});

describe('packageOf', () => {
	it.each([
		['ts-fsrs', 'ts-fsrs'],
		['svelte/reactivity/window', 'svelte'],
		['@sveltejs/kit/vite', '@sveltejs/kit'],
		['./local', undefined],
		['$lib/x', undefined]
	])('%s belongs to %s', (source, name) => {
		expect(packageOf(source)).toBe(name);
	});
});
