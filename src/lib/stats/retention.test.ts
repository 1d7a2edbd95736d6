import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BERLIN, generatedLog, reviewAt } from './fixtures/reviews';
import { countedReviews, retentionCell, testsMemory, trueRetention } from './retention';
import type { RetentionRow, Review, StatsClock } from './types';

const row = (rows: RetentionRow[], period: RetentionRow['period']) =>
	rows.find((r) => r.period === period)!;

describe('which reviews true retention counts', () => {
	it('counts every review-state review, and learning or relearning ones after a day or more', () => {
		expect(testsMemory(reviewAt(0, { state: 2, scheduled_days: 1 }))).toBe(true);
		expect(testsMemory(reviewAt(0, { state: 2, scheduled_days: 0 }))).toBe(true);
		expect(testsMemory(reviewAt(0, { state: 2, scheduled_days: undefined }))).toBe(true);
		expect(testsMemory(reviewAt(0, { state: 3, scheduled_days: 2 }))).toBe(true);
		expect(testsMemory(reviewAt(0, { state: 3, scheduled_days: 0 }))).toBe(false);
		expect(testsMemory(reviewAt(0, { state: 1, scheduled_days: 1 }))).toBe(true);
		expect(testsMemory(reviewAt(0, { state: 1, scheduled_days: 0 }))).toBe(false);
		expect(testsMemory(reviewAt(0, { state: 3, scheduled_days: undefined }))).toBe(false);
		expect(testsMemory(reviewAt(0, { state: 0, scheduled_days: 0 }))).toBe(false);
	});

	it('judges maturity by the elapsed days for an entry that lacks its scheduled interval', () => {
		const log = [reviewAt('2026-06-01T07:00:00Z', { scheduled_days: undefined, elapsed_days: 30 })];
		expect(countedReviews(log, BERLIN)).toEqual([{ daysAgo: 0, passed: true, mature: true }]);
	});

	it('takes only the first review of a card in a study day, whatever the log order', () => {
		const again = reviewAt('2026-06-01T07:00:00Z', { rating: 1 });
		const good = reviewAt('2026-06-01T09:00:00Z', { rating: 3 });
		for (const log of [
			[again, good],
			[good, again]
		]) {
			const counted = countedReviews(log, BERLIN);
			expect(counted).toEqual([{ daysAgo: 0, passed: false, mature: false }]);
		}
	});

	it('orders two reviews of a card in the same millisecond by rating, not by log order', () => {
		const again = reviewAt('2026-06-01T07:00:00Z', { rating: 1 });
		const easy = reviewAt('2026-06-01T07:00:00Z', { rating: 4 });
		expect(countedReviews([again, easy], BERLIN)).toEqual(countedReviews([easy, again], BERLIN));
		expect(countedReviews([easy, again], BERLIN)[0]?.passed).toBe(false);
	});

	it('leaves a day out when its first review was a learning step, even if a review follows', () => {
		const step = reviewAt('2026-06-01T07:00:00Z', { state: 1, scheduled_days: 0 });
		const later = reviewAt('2026-06-01T09:00:00Z', { state: 2, scheduled_days: 1 });
		expect(countedReviews([step, later], BERLIN)).toEqual([]);
	});

	it('counts each card separately on the same day', () => {
		const log = [
			reviewAt('2026-06-01T07:00:00Z', { cardId: 'a', rating: 1 }),
			reviewAt('2026-06-01T07:01:00Z', { cardId: 'b', rating: 4 }),
			reviewAt('2026-06-01T07:02:00Z', { cardId: 'c', rating: 2 })
		];
		expect(row(trueRetention(log, BERLIN), 'today').total).toEqual({
			passed: 2,
			failed: 1,
			rate: 2 / 3
		});
	});

	it('calls a card mature from an interval of 21 days, young below', () => {
		const log = [
			reviewAt('2026-06-01T07:00:00Z', { cardId: 'a', scheduled_days: 20 }),
			reviewAt('2026-06-01T07:00:00Z', { cardId: 'b', scheduled_days: 21, rating: 1 })
		];
		const today = row(trueRetention(log, BERLIN), 'today');
		expect(today.young).toEqual({ passed: 1, failed: 0, rate: 1 });
		expect(today.mature).toEqual({ passed: 0, failed: 1, rate: 0 });
		expect(today.total).toEqual({ passed: 1, failed: 1, rate: 0.5 });
	});
});

describe('true retention by period', () => {
	// BERLIN's today is the study day 2026-06-01; one passing review on each of several days.
	const daysAgo = [0, 1, 6, 7, 29, 30, 364, 365, 800];
	const log = daysAgo.map((n) =>
		reviewAt(Date.parse('2026-06-01T08:00:00Z') - n * 86_400_000, { cardId: `c${n}` })
	);
	const passedIn = (period: RetentionRow['period']) =>
		row(trueRetention(log, BERLIN), period).total.passed;

	it('spans today, yesterday, the last 7, 30 and 365 study days, and all time', () => {
		expect(passedIn('today')).toBe(1);
		expect(passedIn('yesterday')).toBe(1);
		expect(passedIn('week')).toBe(3);
		expect(passedIn('month')).toBe(5);
		expect(passedIn('year')).toBe(7);
		expect(passedIn('all')).toBe(9);
	});

	it('has a null rate, not NaN, for a period without reviews', () => {
		expect(trueRetention([], BERLIN).every((r) => r.total.rate === null)).toBe(true);
		expect(retentionCell(0, 0)).toEqual({ passed: 0, failed: 0, rate: null });
	});

	it('labels every period for the table', () => {
		expect(trueRetention([], BERLIN).map((r) => [r.period, r.label])).toEqual([
			['today', 'Today'],
			['yesterday', 'Yesterday'],
			['week', 'Last 7 days'],
			['month', 'Last 30 days'],
			['year', 'Last 365 days'],
			['all', 'All time']
		]);
	});
});

describe('true retention across day boundaries', () => {
	// Each case: a failed review just before the study day's 04:00 start, a passed one at or after it.
	it.each([
		// 03:59 and 04:01 CEST on 2026-06-01 are 01:59 and 02:01 UTC.
		['an ordinary day', '2026-06-01', '01:59', '02:01'],
		// 04:00 CEST is 02:00 UTC that morning (the clocks jumped from 02:00 to 03:00).
		['the spring daylight-saving change', '2026-03-29', '01:59', '02:00'],
		// 03:00 CEST fell back to 02:00 CET; 04:00 CET is 03:00 UTC. 02:30 UTC is 03:30 CET.
		['the autumn daylight-saving change', '2026-10-25', '02:30', '03:00']
	])('starts a new study day at 04:00 on %s (Berlin, %s)', (_name, day, before, after) => {
		const clock: StatsClock = { now: new Date(`${day}T12:00:00Z`), timeZone: 'Europe/Berlin' };
		const log = [
			reviewAt(`${day}T${before}:00Z`, { rating: 1 }),
			reviewAt(`${day}T${after}:00Z`, { rating: 3 })
		];
		const rows = trueRetention(log, clock);
		expect(row(rows, 'yesterday').total).toMatchObject({ passed: 0, failed: 1 });
		expect(row(rows, 'today').total).toMatchObject({ passed: 1, failed: 0 });
	});

	it('reads the same log differently in another time zone (a learner who flew)', () => {
		// 2026-06-01 03:00 UTC: 05:00 in Berlin (today), 23:00 on 31 May in New York (yesterday).
		const log = [
			reviewAt('2026-06-01T03:00:00Z', { rating: 1 }),
			reviewAt('2026-06-01T09:00:00Z', { rating: 3 })
		];
		const berlin = trueRetention(log, BERLIN);
		expect(row(berlin, 'today').total).toMatchObject({ passed: 0, failed: 1 });
		const newYork = trueRetention(log, { now: BERLIN.now, timeZone: 'America/New_York' });
		// In New York 09:00 UTC is 05:00 on 1 June (today); 03:00 UTC was the day before.
		expect(row(newYork, 'yesterday').total).toMatchObject({ passed: 0, failed: 1 });
		expect(row(newYork, 'today').total).toMatchObject({ passed: 1, failed: 0 });
	});
});

describe('true retention properties', () => {
	const arbitraryLog = fc.array(
		fc.record({
			cardId: fc.constantFrom('a', 'b', 'c', 'd'),
			rating: fc.integer({ min: 1, max: 4 }),
			state: fc.integer({ min: 0, max: 3 }),
			scheduled_days: fc.integer({ min: 0, max: 60 }),
			review: fc
				.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2026-06-02') })
				.map((ms) => new Date(ms))
		}),
		{ maxLength: 60 }
	);
	const zone = fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC');

	it('nests the periods, adds young and mature up to the total, and ignores log order', () => {
		fc.assert(
			fc.property(arbitraryLog, zone, (log: Review[], timeZone) => {
				const clock = { now: BERLIN.now, timeZone };
				const rows = trueRetention(log, clock);
				const size = (p: RetentionRow['period']) =>
					row(rows, p).total.passed + row(rows, p).total.failed;
				expect(size('today')).toBeLessThanOrEqual(size('week'));
				expect(size('today') + size('yesterday')).toBeLessThanOrEqual(size('week'));
				expect(size('week')).toBeLessThanOrEqual(size('month'));
				expect(size('month')).toBeLessThanOrEqual(size('year'));
				expect(size('year')).toBeLessThanOrEqual(size('all'));
				expect(size('all')).toBeLessThanOrEqual(log.filter(testsMemory).length);
				for (const r of rows) {
					expect(r.total.passed).toBe(r.young.passed + r.mature.passed);
					expect(r.total.failed).toBe(r.young.failed + r.mature.failed);
					if (r.total.rate !== null) expect(r.total.rate).toBeGreaterThanOrEqual(0);
				}
				expect(trueRetention([...log].reverse(), clock)).toEqual(rows);
			})
		);
	});

	it('computes a year of 100,000 reviews in one pass', () => {
		const log = generatedLog(100_000, BERLIN.now);
		const rows = trueRetention(log, BERLIN);
		const all = row(rows, 'all').total;
		expect(all.passed + all.failed).toBeGreaterThan(10_000);
		// The log spans 365 days back from now, which touches 366 study days.
		expect(row(rows, 'year').total.passed).toBeGreaterThan(all.passed * 0.99);
	});
});
