import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { cardKey } from './card-buckets';
import { T, cardRecord, inBuckets } from './fixtures/card-record';
import { indexedDbStore } from './kv';
import { loadDeck } from './deck';
import { countDone, readSchedules } from './schedules';
import { plant, plantMany } from '$lib/storage/fixtures/plant';

describe('the light schedule read behind the home page', () => {
	it('reads due dates and states, including dates that went through JSON, and skips damage', async () => {
		const store = indexedDbStore('schedules-test', 'data');
		await plantMany(
			store,
			inBuckets([
				['border-length', cardRecord()],
				[
					'mixed-signals',
					JSON.parse(JSON.stringify(cardRecord({ id: 'mixed-signals', suspended: true })))
				],
				['broken', { id: 'broken', card: { due: 'never', state: 2 } }],
				['wrong-state', { id: 'wrong-state', card: { due: T, state: 7 } }],
				['elsewhere', cardRecord({ id: 'other' })],
				['null', null]
			])
		);
		await plant(store, cardKey('lost'), 'not a bucket');
		const { cards, damaged } = await readSchedules(store);
		expect(cards.map((s) => s.id).sort()).toEqual(['border-length', 'mixed-signals']);
		const mixed = cards.find((s) => s.id === 'mixed-signals');
		expect(mixed).toEqual(cardRecord({ id: 'mixed-signals', suspended: true }));
		expect(damaged).toBe(5);
	});

	it('regression: home and study use one card check, so a card only study refused is not counted at home', async () => {
		// Before, home checked due and state by hand and counted this card as due, while study's
		// full check set it aside: the two pages disagreed.
		const store = indexedDbStore('schedules-one-check', 'data');
		const odd = cardRecord({ id: 'odd-one', card: { ...cardRecord().card, reps: 1.5 } });
		await plantMany(
			store,
			inBuckets([
				['odd-one', odd],
				['border-length', cardRecord()]
			])
		);
		const home = await readSchedules(store);
		const study = await loadDeck(store);
		expect(home.cards).toEqual(study.records);
		expect(home.damaged).toBe(study.corrupt.length);
		expect(home.damaged).toBe(1);
	});

	it('counts the day’s new cards and reviews from its log, ignoring learning steps and junk', () => {
		expect(
			countDone([{ state: 0 }, { state: 0 }, { state: 1 }, { state: 2 }, { state: 3 }, null, 'x'])
		).toEqual({
			newCards: 2,
			reviews: 1
		});
		expect(countDone(undefined)).toEqual({ newCards: 0, reviews: 0 });
	});
});
