import { describe, expect, it } from 'vitest';
import { cardRecord } from '$lib/storage/fixtures/card-record';
import { TOOK_CAP_MS } from '$lib/stats/today';
import {
	UNDO_DEPTH,
	afterUndo,
	countDone,
	stampRecord,
	tookMs,
	withStep,
	type Step
} from './study-steps';
import { countedAs } from '$lib/srs/queue';

const NOW = new Date('2026-03-02T10:00:00Z');
const step = (id: string, updatedAt: number): Step => ({
	before: undefined,
	after: cardRecord({ id, updatedAt }),
	day: '2026-03-02'
});

describe('stamping a card record', () => {
	it('stamps a change with the clock, or just after the stored state when the clock is behind', () => {
		const card = cardRecord();
		expect(stampRecord(card, { suspended: true }, 0, NOW)).toEqual({
			...card,
			suspended: true,
			updatedAt: NOW.getTime()
		});
		const ahead = NOW.getTime() + 60_000;
		expect(stampRecord(card, {}, ahead, NOW).updatedAt).toBe(ahead + 1);
	});

	it('gives a card never stored its defaults', () => {
		const { card } = cardRecord();
		expect(stampRecord({ id: 'x', card }, {}, 0, NOW)).toMatchObject({
			schema: 2,
			suspended: false,
			buriedUntil: null
		});
	});
});

describe('the undo steps', () => {
	it('keep the last ones only', () => {
		let steps: Step[] = [];
		for (let i = 0; i < UNDO_DEPTH + 5; i++) steps = withStep(steps, step(`c${i}`, i));
		expect(steps).toHaveLength(UNDO_DEPTH);
		expect(steps.at(-1)?.after.id).toBe(`c${UNDO_DEPTH + 4}`);
	});

	it('after an undo, an earlier step on the same card undoes from the restored state', () => {
		const first = step('a', 1);
		const other = step('b', 2);
		const second = step('a', 3);
		const restored = cardRecord({ id: 'a', updatedAt: 4 });
		const steps = afterUndo([first, other, second], second, restored);
		expect(steps).toEqual([{ ...first, after: restored }, other]);
		expect(afterUndo([other], other, restored)).toEqual([]);
	});
});

describe('the day’s counts', () => {
	it('count new cards and reviews, not learning steps, and never go below zero', () => {
		expect([0, 1, 2, 3].map(countedAs)).toEqual(['newCards', undefined, 'reviews', undefined]);
		const done = { newCards: 1, reviews: 0 };
		expect(countDone(done, 'newCards', 1)).toEqual({ newCards: 2, reviews: 0 });
		expect(countDone(done, 'reviews', -1)).toEqual(done);
		expect(countDone(done, undefined, 1)).toBe(done);
	});
});

describe('the time a review took', () => {
	const shown = { id: 'border-length', at: NOW.getTime() };
	const after = (ms: number) => new Date(NOW.getTime() + ms);

	it('times from the card shown to its grade, in whole milliseconds', () => {
		expect(tookMs(shown, 'border-length', after(8_250.4))).toBe(8_250);
	});

	it('caps a card left open at a minute, and a clock that went back at zero', () => {
		expect(tookMs(shown, 'border-length', after(45 * 60_000))).toBe(TOOK_CAP_MS);
		expect(tookMs(shown, 'border-length', after(-5_000))).toBe(0);
	});

	it('records nothing for a card whose showing it did not see', () => {
		expect(tookMs(shown, 'other-fact', after(3_000))).toBeUndefined();
		expect(tookMs(undefined, 'border-length', after(3_000))).toBeUndefined();
	});
});
