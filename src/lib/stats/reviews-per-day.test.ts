import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BERLIN, reviewAt } from './fixtures/reviews';
import { reviewsPerDay } from './reviews-per-day';

describe('reviewsPerDay', () => {
	it('splits each day’s reviews by the card’s state before the review', () => {
		const log = [
			reviewAt('2026-06-01T06:00:00Z', { state: 0 }),
			reviewAt('2026-06-01T06:01:00Z', { state: 1 }),
			reviewAt('2026-06-01T06:02:00Z', { state: 1 }),
			reviewAt('2026-06-01T06:03:00Z', { state: 2 }),
			reviewAt('2026-05-31T06:00:00Z', { state: 3 })
		];
		const rows = reviewsPerDay(log, BERLIN, 30);
		expect(rows).toHaveLength(30);
		expect(rows.at(-1)).toEqual({
			day: '2026-06-01',
			new: 1,
			learning: 2,
			review: 1,
			relearning: 0
		});
		expect(rows.at(-2)).toEqual({
			day: '2026-05-31',
			new: 0,
			learning: 0,
			review: 0,
			relearning: 1
		});
		expect(rows[0]?.day).toBe('2026-05-03');
	});

	it('offers a month, three months and a year', () => {
		expect(reviewsPerDay([], BERLIN, 90)).toHaveLength(90);
		expect(reviewsPerDay([], BERLIN, 365)[0]?.day).toBe('2025-06-02');
	});

	it('leaves out an entry with a state it cannot name', () => {
		const rows = reviewsPerDay([reviewAt('2026-06-01T06:00:00Z', { state: 7 })], BERLIN, 30);
		expect(rows.every((r) => r.new + r.learning + r.review + r.relearning === 0)).toBe(true);
	});

	it('puts the 04:00 boundary and the autumn clock change in the right days', () => {
		const clock = { now: new Date('2026-10-25T12:00:00Z'), timeZone: 'Europe/Berlin' };
		const log = [
			reviewAt('2026-10-25T00:30:00Z'), // 02:30 CEST: the 24th
			reviewAt('2026-10-25T01:30:00Z'), // 02:30 CET, the repeated hour: the 24th
			reviewAt('2026-10-25T03:00:00Z') // 04:00 CET: the 25th
		];
		const rows = reviewsPerDay(log, clock, 30);
		expect(rows.at(-2)).toMatchObject({ day: '2026-10-24', review: 2 });
		expect(rows.at(-1)).toMatchObject({ day: '2026-10-25', review: 1 });
	});

	it('files the same review under another day when the log is read in another zone', () => {
		const log = [reviewAt('2026-06-01T03:00:00Z')]; // 05:00 in Berlin, 23:00 (31 May) in New York
		const berlin = reviewsPerDay(log, BERLIN, 30);
		const newYork = reviewsPerDay(log, { now: BERLIN.now, timeZone: 'America/New_York' }, 30);
		expect(berlin.find((d) => d.review > 0)?.day).toBe('2026-06-01');
		expect(newYork.find((d) => d.review > 0)?.day).toBe('2026-05-31');
	});

	it('counts every review in range exactly once, in any zone', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: Date.parse('2026-05-01'), max: Date.parse('2026-06-01') }), {
					maxLength: 50
				}),
				fc.constantFrom('Europe/Berlin', 'Asia/Kathmandu', 'America/Los_Angeles'),
				(moments, timeZone) => {
					const clock = { now: new Date('2026-06-10T12:00:00Z'), timeZone };
					const rows = reviewsPerDay(
						moments.map((ms) => reviewAt(ms)),
						clock,
						90
					);
					expect(rows.reduce((s, r) => s + r.review, 0)).toBe(moments.length);
				}
			)
		);
	});
});
