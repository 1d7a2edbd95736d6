import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { T, cardRecord, inBuckets, storedCard } from '$lib/storage/fixtures/card-record';
import { indexedDbStore } from '$lib/storage/kv';
import { loadDeck, saveCardRecord } from '$lib/storage/deck';
import { bringFactForward } from './bring-forward';
import { plantMany } from '$lib/storage/fixtures/plant';

let n = 0;
const freshStore = () => indexedDbStore(`bring-forward-${++n}`, 'data');
const inReview = cardRecord({
	card: { ...cardRecord().card, state: 2, due: new Date(T + 10 * 86_400_000), stability: 9 }
});

describe('a wrong quiz answer brings the fact’s card forward', () => {
	it('makes a studied card due now and keeps its memory state', async () => {
		const store = freshStore();
		await saveCardRecord(store, inReview);
		const now = new Date(T + 86_400_000);
		expect(await bringFactForward(store, 'border-length', now)).toBe(true);
		const [card] = (await loadDeck(store)).records;
		expect(card?.card.due).toEqual(now);
		expect(card?.card.stability).toBe(9);
		expect(card?.updatedAt).toBeGreaterThan(inReview.updatedAt);
	});

	it('leaves alone a card already due, one never studied, and a damaged record', async () => {
		const store = freshStore();
		await saveCardRecord(store, inReview);
		await plantMany(store, inBuckets([['broken', { schema: 2, id: 'broken', card: 'garbage' }]]));
		expect(await bringFactForward(store, 'border-length', new Date(T + 30 * 86_400_000))).toBe(
			false
		);
		expect(await bringFactForward(store, 'never-studied', new Date(T))).toBe(false);
		expect(await bringFactForward(store, 'broken', new Date(T))).toBe(false);
		expect(await storedCard(store, 'broken')).toEqual({ schema: 2, id: 'broken', card: 'garbage' });
		expect(await storedCard(store, 'never-studied')).toBeUndefined();
	});
});
