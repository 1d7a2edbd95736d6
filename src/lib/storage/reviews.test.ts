import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDeck, saveCardRecord } from './deck';
import { T, cardRecord, storedCard, storedLog } from './fixtures/card-record';
import { indexedDbStore } from './kv';
import { saveReview, undoReview, type ReviewEntry } from './reviews';

let n = 0;
const freshStore = () => indexedDbStore(`reviews-test-${++n}`, 'data');
const DAY = '2026-03-02';
const entry = (id: string): ReviewEntry => ({
	id,
	cardId: 'border-length',
	state: 0,
	rating: 3,
	review: new Date(T + 1000)
});

describe('a review in IndexedDB', () => {
	it('stores the card and its log entry together', async () => {
		const store = freshStore();
		expect(
			await saveReview(store, {
				record: cardRecord(),
				base: undefined,
				day: DAY,
				entry: entry('e1')
			})
		).toBe('saved');
		expect((await loadDeck(store)).cards).toEqual([cardRecord()]);
		expect(await storedLog(store, DAY)).toEqual([entry('e1')]);
	});

	it('refuses a review based on a card another tab has changed since, writing nothing', async () => {
		const store = freshStore();
		const shown = cardRecord();
		await saveCardRecord(store, shown);
		const otherTab = cardRecord({
			updatedAt: shown.updatedAt + 50,
			card: { ...shown.card, reps: 2 }
		});
		await saveReview(store, { record: otherTab, base: shown, day: DAY, entry: entry('other') });
		const stale = cardRecord({ updatedAt: shown.updatedAt + 99, card: { ...shown.card, reps: 9 } });
		expect(
			await saveReview(store, { record: stale, base: shown, day: DAY, entry: entry('mine') })
		).toBe('stale');
		expect((await loadDeck(store)).cards[0]?.card.reps).toBe(2);
		expect(await storedLog(store, DAY)).toEqual([entry('other')]);
	});

	it('refuses to study as new a card another tab has already studied', async () => {
		const store = freshStore();
		await saveCardRecord(store, cardRecord());
		expect(
			await saveReview(store, {
				record: cardRecord({ updatedAt: T + 5000 }),
				base: undefined,
				day: DAY,
				entry: entry('x')
			})
		).toBe('stale');
		expect(await storedLog(store, DAY)).toEqual([]);
	});

	it('stores a bury or suspend without a log entry', async () => {
		const store = freshStore();
		await saveReview(store, { record: cardRecord({ suspended: true }), base: undefined, day: DAY });
		expect((await loadDeck(store)).cards[0]?.suspended).toBe(true);
		expect(await store.get(`log:${DAY}`)).toBeUndefined();
	});

	it('undoes a review: the card restored and its entry gone, unless another tab moved on', async () => {
		const store = freshStore();
		const before = cardRecord();
		const after = cardRecord({
			updatedAt: before.updatedAt + 10,
			card: { ...before.card, reps: 2 }
		});
		await saveReview(store, { record: before, base: undefined, day: DAY, entry: entry('e1') });
		await saveReview(store, { record: after, base: before, day: DAY, entry: entry('e2') });
		const restored = { ...before, updatedAt: after.updatedAt + 10 };
		expect(await undoReview(store, { restored, reviewed: before, day: DAY, entryId: 'e2' })).toBe(
			'stale'
		);
		expect(await undoReview(store, { restored, reviewed: after, day: DAY, entryId: 'e2' })).toBe(
			'saved'
		);
		expect((await loadDeck(store)).cards).toEqual([restored]);
		expect(await storedLog(store, DAY)).toEqual([entry('e1')]);
	});
});

it('a tab left open across an update writes nothing once a newer app has migrated the store', async () => {
	const store = freshStore();
	await store.set('meta', { schemaVersion: 99 });
	await expect(
		saveReview(store, { record: cardRecord(), base: undefined, day: DAY, entry: entry('e1') })
	).rejects.toMatchObject({ reason: 'read-only' });
	expect(await storedCard(store, 'border-length')).toBeUndefined();
	expect(await store.get(`log:${DAY}`)).toBeUndefined();
});
