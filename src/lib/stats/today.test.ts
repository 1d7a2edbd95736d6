import { describe, expect, it } from 'vitest';
import { BERLIN, reviewAt } from './fixtures/reviews';
import { TOOK_CAP_MS, todayStats } from './today';

describe('todayStats', () => {
	it('counts today’s reviews, Again presses, time spent and true retention', () => {
		const log = [
			reviewAt('2026-06-01T06:00:00Z', { cardId: 'a', rating: 1, took: 4_000 }),
			reviewAt('2026-06-01T06:10:00Z', { cardId: 'a', rating: 3, took: 2_000 }),
			reviewAt('2026-06-01T06:20:00Z', { cardId: 'b', rating: 4, took: 1_500 }),
			reviewAt('2026-06-01T06:30:00Z', { cardId: 'c', state: 0, scheduled_days: 0 }),
			reviewAt('2026-05-31T06:00:00Z', { cardId: 'd', rating: 1, took: 9_000 }) // yesterday
		];
		expect(todayStats(log, BERLIN)).toEqual({
			reviews: 4,
			timeMs: 7_500,
			again: 1,
			// a: first review Again (fail), b: pass; c was new and does not count.
			retention: { passed: 1, failed: 1, rate: 0.5 }
		});
	});

	it('caps each review’s time at a minute, as Anki does', () => {
		const log = [
			reviewAt('2026-06-01T06:00:00Z', { took: 10 * 60_000 }),
			reviewAt('2026-06-01T06:20:00Z', { cardId: 'b', took: 30_000 })
		];
		expect(todayStats(log, BERLIN).timeMs).toBe(TOOK_CAP_MS + 30_000);
	});

	it('says null, not zero, for the time when no review today recorded it', () => {
		const stats = todayStats([reviewAt('2026-06-01T06:00:00Z')], BERLIN);
		expect(stats.timeMs).toBeNull();
		expect(stats.reviews).toBe(1);
	});

	it('is empty on a day without reviews', () => {
		expect(todayStats([], BERLIN)).toEqual({
			reviews: 0,
			timeMs: null,
			again: 0,
			retention: { passed: 0, failed: 0, rate: null }
		});
	});

	it('counts a review at 03:59 as yesterday’s and one at 04:00 as today’s', () => {
		// 04:00 CEST is 02:00 UTC.
		const log = [
			reviewAt('2026-06-01T01:59:59Z', { cardId: 'a', rating: 1 }),
			reviewAt('2026-06-01T02:00:00Z', { cardId: 'b', rating: 1 })
		];
		expect(todayStats(log, BERLIN)).toMatchObject({ reviews: 1, again: 1 });
	});

	it('starts the study day after the autumn clock change at 04:00 CET, not 04:00 CEST', () => {
		const clock = { now: new Date('2026-10-26T02:30:00Z'), timeZone: 'Europe/Berlin' };
		// The 24th held the 25-hour night; the 25th runs from 04:00 CET (03:00 UTC) to 04:00 CET
		// on the 26th (03:00 UTC again).
		const log = [
			reviewAt('2026-10-25T02:59:00Z', { cardId: 'a' }), // 03:59 CET: the 24th
			reviewAt('2026-10-25T03:00:00Z', { cardId: 'b' }),
			reviewAt('2026-10-26T02:59:00Z', { cardId: 'c' })
		];
		expect(todayStats(log, clock).reviews).toBe(2);
	});

	it('reads the same log in the zone the learner is in now', () => {
		const log = [reviewAt('2026-06-01T03:00:00Z')];
		expect(todayStats(log, BERLIN).reviews).toBe(1); // 05:00 in Berlin
		const tokyo = { now: new Date('2026-06-01T10:00:00Z'), timeZone: 'Asia/Tokyo' };
		expect(todayStats(log, tokyo).reviews).toBe(1); // 12:00 in Tokyo
		const la = { now: new Date('2026-06-01T20:00:00Z'), timeZone: 'America/Los_Angeles' };
		expect(todayStats(log, la).reviews).toBe(0); // 20:00 on 31 May there: yesterday
	});
});
