import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { plantMany } from './fixtures/plant';
import { indexedDbStore, type KeyValueStore } from './kv';
import { prepareStore } from './open';
import { resetStore } from './reset';

let n = 0;
async function freshStore(): Promise<KeyValueStore> {
	const store = indexedDbStore(`reset-test-${++n}`, 'data');
	await prepareStore(store);
	return store;
}

const records: [string, unknown][] = [
	['cards:001', { cards: {} }],
	['log:2026-03-02:0000', { entries: [] }],
	['attempt:a1', { id: 'a1' }],
	['settings', { theme: 'dark' }],
	['class:s1', { id: 's1' }],
	['something-unknown', 'kept by no kind, deleted all the same']
];

describe('resetting all data', () => {
	it('deletes every record but the schema stamp, and says how many', async () => {
		const store = await freshStore();
		const meta = await store.get('meta');
		await plantMany(store, records);
		expect(await resetStore(store)).toBe(records.length);
		expect(await store.entries('')).toEqual([['meta', meta]]);
		expect(await resetStore(store)).toBe(0);
	});

	it('deletes nothing when the store belongs to a newer app', async () => {
		const store = await freshStore();
		await plantMany(store, [...records, ['meta', { schemaVersion: 99 }]]);
		await expect(resetStore(store)).rejects.toThrow(/newer version of the app/);
		expect(await store.entries('')).toHaveLength(records.length + 1);
	});

	it('deletes nothing when the transaction fails', async () => {
		const store = await freshStore();
		await plantMany(store, records);
		const failing: KeyValueStore = {
			...store,
			rewrite: () => Promise.reject(new Error('the disk went away'))
		};
		await expect(resetStore(failing)).rejects.toThrow('the disk went away');
		expect(await store.entries('')).toHaveLength(records.length + 1);
	});
});
