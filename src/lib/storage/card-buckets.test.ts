import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyImport, prepareImport } from './backup';
import { bucketEntries, cardKey, isBucket } from './card-buckets';
import { loadDeck, readStoredValue, updateCardRecord } from './deck';
import { cardRecord } from './fixtures/card-record';
import { DEFAULT_SETTINGS } from './settings';
import { takeInventory } from './inventory';
import { indexedDbStore } from './kv';
import { saveReview } from './reviews';
import { readSchedules } from './schedules';
import { plant } from '$lib/storage/fixtures/plant';

let n = 0;
const freshStore = () => indexedDbStore(`card-buckets-test-${++n}`, 'data');

const card = cardRecord();
const key = cardKey(card.id);

// IndexedDB's structured clone keeps these as what they are; each is an object with no own
// entries, which the old check (`typeof 'object'`, not an array) took for an empty bucket.
const notPlain: [string, () => unknown][] = [
	['a Map', () => new Map([[card.id, card]])],
	['a Date', () => new Date(0)],
	['a Blob', () => new Blob(['{}'])],
	['a Set', () => new Set([card])]
];

describe('a bucket is a plain object', () => {
	it('tells a plain object (from JSON or IndexedDB, with or without a prototype) from the rest', () => {
		expect(isBucket({})).toBe(true);
		expect(isBucket(JSON.parse('{"a":1}'))).toBe(true);
		expect(isBucket(Object.create(null))).toBe(true);
		for (const [, value] of notPlain) expect(isBucket(value())).toBe(false);
		for (const value of [null, undefined, [], 'x', 1, () => {}])
			expect(isBucket(value)).toBe(false);
		expect(bucketEntries(new Map([[card.id, card]]))).toEqual([]);
	});

	it.each(notPlain)(
		'regression: a card bucket that is %s is reported as damaged and never written over',
		async (_, make) => {
			const store = freshStore();
			await plant(store, key, make());
			const before = await store.get(key);

			// Study and the home page both set it aside, by its key.
			expect(await loadDeck(store)).toEqual({ records: [], corrupt: [key] });
			expect(await readSchedules(store)).toEqual({ cards: [], damaged: 1 });
			// Settings lists it, and can download it as it is.
			expect((await takeInventory(store)).damaged).toEqual([{ key, kind: 'card' }]);
			expect(await readStoredValue(store, key)).toEqual(before);

			// A review of a card in it, an edit of the card, and an import of it all leave it alone.
			expect(await saveReview(store, { record: card, base: undefined, day: '2026-03-02' })).toBe(
				'stale'
			);
			expect(await updateCardRecord(store, card.id, () => card, true)).toBe(false);
			await applyImport(
				store,
				await prepareImport(store, {
					schemaVersion: 2,
					cards: [card],
					logs: [],
					attempts: [],
					classSessions: [],
					settings: DEFAULT_SETTINGS
				})
			);
			const after = await store.get(key);
			expect(Object.prototype.toString.call(after)).toBe(Object.prototype.toString.call(before));
			expect(after).toEqual(before);
		}
	);
});
