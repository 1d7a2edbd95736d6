import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BERLIN, generatedLog, reviewAt } from './fixtures/reviews';
import { heatmap } from './heatmap';

const DAY = 86_400_000;
// Noon in Berlin, `n` study days before BERLIN's today (2026-06-01).
const daysAgo = (n: number) => reviewAt(Date.parse('2026-06-01T10:00:00Z') - n * DAY);

describe('heatmap', () => {
	it('lists every day of the range, oldest first and today last, with its count', () => {
		const map = heatmap([daysAgo(0), daysAgo(0), daysAgo(2)], BERLIN, 7);
		expect(map.days).toEqual([
			{ day: '2026-05-26', count: 0 },
			{ day: '2026-05-27', count: 0 },
			{ day: '2026-05-28', count: 0 },
			{ day: '2026-05-29', count: 0 },
			{ day: '2026-05-30', count: 1 },
			{ day: '2026-05-31', count: 0 },
			{ day: '2026-06-01', count: 2 }
		]);
		expect(map).toMatchObject({ daysStudied: 2, daysInRange: 7, streak: 1, longestStreak: 1 });
	});

	it('keeps the streak alive in the morning before today’s first review', () => {
		const map = heatmap([daysAgo(1), daysAgo(2), daysAgo(3)], BERLIN);
		expect(map.streak).toBe(3);
	});

	it('breaks the streak after a day without reviews', () => {
		const map = heatmap([daysAgo(2), daysAgo(3)], BERLIN);
		expect(map.streak).toBe(0);
		expect(map.longestStreak).toBe(2);
	});

	it('counts streaks over the whole log, beyond the range shown', () => {
		const log = Array.from({ length: 400 }, (_, n) => daysAgo(n));
		const map = heatmap(log, BERLIN, 365);
		expect(map).toMatchObject({ streak: 400, longestStreak: 400, daysStudied: 365 });
	});

	it('keeps a streak across the spring clock change, whose night is an hour short', () => {
		const clock = { now: new Date('2026-03-30T10:00:00Z'), timeZone: 'Europe/Berlin' };
		const log = [
			reviewAt('2026-03-28T02:30:00Z'), // 03:30 CET: still the 27th
			reviewAt('2026-03-29T02:00:00Z'), // 04:00 CEST: the 29th
			reviewAt('2026-03-30T01:59:00Z') // 03:59 CEST: still the 29th
		];
		const map = heatmap(log, clock, 4);
		expect(map.days).toEqual([
			{ day: '2026-03-27', count: 1 },
			{ day: '2026-03-28', count: 0 },
			{ day: '2026-03-29', count: 2 },
			{ day: '2026-03-30', count: 0 }
		]);
		expect(map.streak).toBe(1);
	});

	it('moves a late review to the other day when read in another zone', () => {
		const log = [reviewAt('2026-06-01T03:00:00Z')]; // 05:00 Berlin, 23:00 New York
		expect(heatmap(log, BERLIN, 2).days.map((d) => d.count)).toEqual([0, 1]);
		const newYork = { now: BERLIN.now, timeZone: 'America/New_York' };
		expect(heatmap(log, newYork, 2).days.map((d) => d.count)).toEqual([1, 0]);
	});

	it('holds its invariants for any log', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -30, max: 400 }), { maxLength: 80 }),
				fc.integer({ min: 1, max: 365 }),
				(offsets, days) => {
					const map = heatmap(offsets.map(daysAgo), BERLIN, days);
					const inRange = offsets.filter((n) => n >= 0 && n < days);
					expect(map.days).toHaveLength(days);
					expect(map.days.reduce((s, d) => s + d.count, 0)).toBe(inRange.length);
					expect(map.daysStudied).toBe(new Set(inRange).size);
					expect(map.streak).toBeLessThanOrEqual(map.longestStreak);
				}
			)
		);
	});

	it('draws a year of 100,000 reviews', () => {
		const map = heatmap(generatedLog(100_000, BERLIN.now), BERLIN);
		expect(map.daysStudied).toBe(365);
		expect(map.days.reduce((s, d) => s + d.count, 0)).toBeGreaterThan(99_000);
	});
});
