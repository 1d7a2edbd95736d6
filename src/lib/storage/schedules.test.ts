import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { cardKey } from './card-buckets';
import { T, cardRecord, inBuckets } from './fixtures/card-record';
import { indexedDbStore } from './kv';
import { countDone, readSchedules } from './schedules';

describe('the light schedule read behind the home page', () => {
	it('reads due dates and states, including dates that went through JSON, and skips damage', async () => {
		const store = indexedDbStore('schedules-test', 'data');
		await store.setMany(
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
		await store.set(cardKey('lost'), 'not a bucket');
		const schedules = await readSchedules(store);
		expect(schedules.map((s) => s.id).sort()).toEqual(['border-length', 'mixed-signals']);
		const mixed = schedules.find((s) => s.id === 'mixed-signals');
		expect(mixed).toEqual({
			id: 'mixed-signals',
			card: { due: cardRecord().card.due, state: 1 },
			suspended: true,
			buriedUntil: null
		});
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
