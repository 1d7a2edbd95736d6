import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { plantMany } from '$lib/storage/fixtures/plant';
import { indexedDbStore, type KeyValueStore } from '$lib/storage/kv';
import { prepareStore } from '$lib/storage/open';
import type { Change } from './changes';
import { ResetFlow } from './reset-flow.svelte';

let n = 0;
async function freshStore(): Promise<KeyValueStore> {
	const store = indexedDbStore(`reset-flow-${++n}`, 'data');
	await prepareStore(store);
	await plantMany(store, [
		['attempt:a1', { id: 'a1' }],
		['settings', { theme: 'dark' }]
	]);
	return store;
}

const counts = [
	{ noun: ['card', 'cards'] as const, n: 3 },
	{ noun: ['quiz', 'quizzes'] as const, n: 1 },
	{ noun: ['class session', 'class sessions'] as const, n: 0 }
];

describe('the reset', () => {
	it('stays disarmed until the word is typed, in any case', async () => {
		const store = await freshStore();
		const reset = new ResetFlow();
		for (const typed of ['', 'RESE', 'RESET!', 'reset all', 'delete'] as const) {
			reset.typed = typed;
			expect(reset.armed, typed).toBe(false);
			expect(await reset.run(store)).toBe(false);
		}
		expect(await store.entries('')).toHaveLength(3);
		for (const typed of ['RESET', 'reset', ' Reset '] as const) {
			reset.typed = typed;
			expect(reset.armed, typed).toBe(true);
		}
	});

	it('deletes everything, tells the other tabs, and says what it did', async () => {
		const store = await freshStore();
		const heard: Change[] = [];
		// Another tab's channel: the announcing page never hears itself.
		const other = new BroadcastChannel('hedged-bets-changes');
		other.onmessage = (event: MessageEvent) => heard.push(event.data.change);
		const reset = new ResetFlow();
		reset.typed = 'reset';
		expect(await reset.run(store, counts)).toBe(true);
		await new Promise((resolve) => setTimeout(resolve, 20));
		other.close();
		expect(heard).toEqual([{ kind: 'reset' }]);
		expect((await store.entries('')).map(([key]) => key)).toEqual(['meta']);
		expect(reset.status).toMatch(/^Done: deleted 3 cards and 1 quiz, and your settings\./);
		expect(reset.typed).toBe('');
		expect(reset.armed).toBe(false);
	});

	it('a failure says nothing was deleted, and keeps the word typed for another try', async () => {
		const store = await freshStore();
		const failing = { ...store, rewrite: () => Promise.reject(new Error('Disk error.')) };
		const reset = new ResetFlow();
		reset.typed = 'RESET';
		expect(await reset.run(failing, counts)).toBe(false);
		expect(reset.error).toBe('Nothing was deleted: Disk error.');
		expect(reset.status).toBe('');
		expect(reset.armed).toBe(true);
		expect(await store.entries('')).toHaveLength(3);
	});
});
