import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CardRecord } from './card-record';
import { loadDeck, saveCardRecord } from './deck';
import { T, cardRecord, storedCard, storedLog } from './fixtures/card-record';
import { logEntry } from './fixtures/log-entry';
import { indexedDbStore } from './kv';
import { LOG_CHUNK_SIZE } from './log-chunk-key';
import { readDay } from './log-record';
import { saveReview, undoReview, type ReviewEntry } from './reviews';
import { plant } from '$lib/storage/fixtures/plant';

let n = 0;
const freshStore = () => indexedDbStore(`reviews-test-${++n}`, 'data');
const DAY = '2026-03-02';
const entry = (id: string): ReviewEntry => logEntry(id);

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
		expect((await loadDeck(store)).records).toEqual([cardRecord()]);
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
		expect((await loadDeck(store)).records[0]?.card.reps).toBe(2);
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
		expect((await loadDeck(store)).records[0]?.suspended).toBe(true);
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
		expect((await loadDeck(store)).records).toEqual([restored]);
		expect(await storedLog(store, DAY)).toEqual([entry('e1')]);
	});
});

it('a tab left open across an update writes nothing once a newer app has migrated the store', async () => {
	const store = freshStore();
	await plant(store, 'meta', { schemaVersion: 99 });
	await expect(
		saveReview(store, { record: cardRecord(), base: undefined, day: DAY, entry: entry('e1') })
	).rejects.toMatchObject({ reason: 'read-only' });
	expect(await storedCard(store, 'border-length')).toBeUndefined();
	expect(await store.get(`log:${DAY}`)).toBeUndefined();
});

describe('the day’s log chunks', () => {
	it.each([
		['a string', 'garbage'],
		['an object', {}],
		['a big integer', 12n]
	])(
		'regression: a damaged review-log day (%s) is never written over; the review gets a record of its own',
		async (_, damaged) => {
			const store = freshStore();
			await plant(store, `log:${DAY}`, damaged);
			await plant(store, `log:${DAY}#000000`, damaged);
			const review = { record: cardRecord(), base: undefined, day: DAY, entry: entry('e1') };
			expect(await saveReview(store, review)).toBe('saved');
			expect(await store.get(`log:${DAY}`)).toEqual(damaged);
			expect(await store.get(`log:${DAY}#000000`)).toEqual(damaged);
			expect(await store.get(`log:${DAY}#000001`)).toEqual([entry('e1')]);
			const restored = cardRecord({ updatedAt: T + 9000 });
			expect(
				await undoReview(store, { restored, reviewed: cardRecord(), day: DAY, entryId: 'e1' })
			).toBe('saved');
			expect(await store.get(`log:${DAY}`)).toEqual(damaged);
			expect(await store.get(`log:${DAY}#000000`)).toEqual(damaged);
			expect(await store.get(`log:${DAY}#000001`)).toEqual([]);
			expect((await readDay(store, DAY)).damaged).toEqual([`log:${DAY}`, `log:${DAY}#000000`]);
		}
	);

	it('writes at most one chunk’s worth of entries a review, however many the day holds', async () => {
		const store = freshStore();
		const reviews = LOG_CHUNK_SIZE * 2 + 1;
		let base: CardRecord | undefined;
		for (let i = 0; i < reviews; i++) {
			const record = cardRecord({ updatedAt: T + 1000 + i });
			await saveReview(store, { record, base, day: DAY, entry: entry(`e${i}`) });
			base = record;
		}
		const chunks = await store.entries(`log:${DAY}`);
		expect(chunks.map(([key, value]) => [key, (value as unknown[]).length])).toEqual([
			[`log:${DAY}#000000`, LOG_CHUNK_SIZE],
			[`log:${DAY}#000001`, LOG_CHUNK_SIZE],
			[`log:${DAY}#000002`, 1]
		]);
		expect((await storedLog(store, DAY)).map((e) => (e as ReviewEntry).id)).toEqual(
			Array.from({ length: reviews }, (_, i) => `e${i}`)
		);
		// An undo finds its entry in an older chunk, and leaves the others as they are.
		const restored = cardRecord({ updatedAt: T + 99_999 });
		await undoReview(store, { restored, reviewed: base!, day: DAY, entryId: 'e5' });
		expect(await storedLog(store, DAY)).toHaveLength(reviews - 1);
		expect(((await store.get(`log:${DAY}#000002`)) as unknown[]).length).toBe(1);
	});

	it('keeps a day’s record from before chunks and adds the day’s new reviews after it', async () => {
		const store = freshStore();
		await plant(store, `log:${DAY}`, [entry('old')]);
		await saveReview(store, {
			record: cardRecord(),
			base: undefined,
			day: DAY,
			entry: entry('e1')
		});
		expect(await store.get(`log:${DAY}`)).toEqual([entry('old')]);
		expect(await storedLog(store, DAY)).toEqual([entry('old'), entry('e1')]);
	});
});
