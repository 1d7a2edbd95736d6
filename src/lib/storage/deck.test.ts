import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readCardRecord } from './card-record';
import { loadDeck, saveCardRecord } from './deck';
import { cardKey, entryName } from './card-buckets';
import { T, cardRecord, inBuckets, storedCard } from './fixtures/card-record';
import { indexedDbStore } from './kv';
import { plant, plantMany } from '$lib/storage/fixtures/plant';

let n = 0;
const freshStore = () => indexedDbStore(`deck-test-${++n}`, 'data');
const record = cardRecord;

describe('the deck in IndexedDB', () => {
	it('round-trips a card with its dates alive', async () => {
		const store = freshStore();
		await saveCardRecord(store, record());
		const { records: cards, corrupt } = await loadDeck(store);
		expect(corrupt).toEqual([]);
		expect(cards[0]?.card.due).toBeInstanceOf(Date);
		expect(cards[0]).toEqual(record());
	});

	it('revives dates that went through JSON (an export)', () => {
		const parsed = readCardRecord(JSON.parse(JSON.stringify(record())));
		expect(parsed?.card.due.toISOString()).toBe('2026-03-02T10:10:00.000Z');
	});

	it('never lets a stale tab overwrite a newer card state', async () => {
		const store = freshStore();
		expect(
			await saveCardRecord(
				store,
				record({ updatedAt: T + 2000, card: { ...record().card, reps: 2 } })
			)
		).toBe(true);
		expect(await saveCardRecord(store, record({ updatedAt: T + 1500 }))).toBe(false);
		expect((await loadDeck(store)).records[0]?.card.reps).toBe(2);
	});

	it('sets a damaged record aside, keeps it, and loads the rest', async () => {
		const store = freshStore();
		await saveCardRecord(store, record());
		const broken = { schema: 2, id: 'broken', card: { due: 'not a date' } };
		await plantMany(
			store,
			inBuckets([
				['broken', broken],
				['wrong-id', record({ id: 'other-fact' })]
			])
		);
		// A bucket record that is not an object at all:
		const lostBucket = cardKey('lost');
		await plant(store, lostBucket, 'garbage');
		const { records: cards, corrupt } = await loadDeck(store);
		expect(cards.map((c) => c.id)).toEqual(['border-length']);
		expect(corrupt.sort()).toEqual(
			[
				entryName(cardKey('broken'), 'broken'),
				entryName(cardKey('wrong-id'), 'wrong-id'),
				lostBucket
			].sort()
		);
		expect(await storedCard(store, 'broken')).toEqual(broken);
		expect(await store.get(lostBucket)).toBe('garbage');
		// Never written over: not by a new state, not by a card of the same bucket.
		expect(await saveCardRecord(store, record({ id: 'broken', updatedAt: T + 9000 }))).toBe(false);
		expect(await storedCard(store, 'broken')).toEqual(broken);
		expect(await saveCardRecord(store, record({ id: 'lost' }))).toBe(false);
		expect(await store.get(lostBucket)).toBe('garbage');
	});

	it('keeps 10,000 cards in 256 bucket records', async () => {
		const store = freshStore();
		const many = Array.from({ length: 10_000 }, (_, i) => record({ id: `fact-${i}` }));
		await plantMany(store, inBuckets(many.map((c) => [c.id, c])));
		expect((await store.entries('cards:')).length).toBe(256);
		// Read in 8 parts of 32 buckets (BUCKET_SPLITS): each card once.
		const { records } = await loadDeck(store);
		expect(new Set(records.map((c) => c.id)).size).toBe(10_000);
		expect(records).toHaveLength(10_000);
	});
});
