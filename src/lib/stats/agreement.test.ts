import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article } from '../article/source';
import { indexBank } from '../bank/lookup';
import { cardCounts } from './card-counts';
import { simulate } from './fixtures/simulate';
import { forecast } from './forecast';
import { heatmap } from './heatmap';
import { masteryMap } from './mastery';
import { memory } from './memory';
import { trueRetention } from './retention';
import { reviewsPerDay } from './reviews-per-day';
import { todayStats } from './today';
import type { Review, StatsClock } from './types';
import { bank } from '../bank/fixtures/real-bank';

// A year of a simulated learner, studied with the app's own scheduler in Berlin (both clock
// changes of 2026 inside it, sessions around the 04:00 rollover): every figure must agree with
// the others, and true retention must come out near the retention FSRS schedules for.
const start = new Date('2025-12-01T00:00:00Z');
const ids = Array.from({ length: 400 }, (_, i) => `card-${i}`);
const { reviews, cards } = simulate({ ids, start, days: 365 });
const clock: StatsClock = { now: reviews.at(-1)!.review, timeZone: 'Europe/Berlin' };

describe('the figures of a simulated year agree', () => {
	const year = reviewsPerDay(reviews, clock, 365);
	const map = heatmap(reviews, clock, 365);
	const today = todayStats(reviews, clock);
	const rows = trueRetention(reviews, clock);
	const counts = cardCounts(cards, clock);
	const mem = memory(cards, clock);

	it('has a year to look at', () => {
		expect(reviews.length).toBeGreaterThan(3_000);
		expect(map.daysStudied).toBeGreaterThan(280); // about one day in ten off
	});

	it('gives the heatmap and the reviews chart the same count every day', () => {
		const perDay = year.map((d) => d.new + d.learning + d.review + d.relearning);
		expect(map.days.map((d) => d.day)).toEqual(year.map((d) => d.day));
		expect(map.days.map((d) => d.count)).toEqual(perDay);
	});

	it('gives today the same count and true retention as the chart and the table', () => {
		const last = year.at(-1)!;
		expect(today.reviews).toBe(last.new + last.learning + last.review + last.relearning);
		expect(today.retention).toEqual(rows.find((r) => r.period === 'today')!.total);
		expect(today.timeMs).toBeGreaterThan(0);
	});

	it('comes out near the desired retention of 90 % for a learner who recalls as FSRS predicts', () => {
		const all = rows.find((r) => r.period === 'all')!;
		expect(all.total.passed + all.total.failed).toBeGreaterThan(1_000);
		expect(all.total.rate).toBeGreaterThan(0.86);
		expect(all.total.rate).toBeLessThan(0.94);
	});

	it('counts as seen exactly the cards that are no longer new', () => {
		expect(counts.total).toBe(ids.length);
		expect(mem.cardsSeen).toBe(counts.learning + counts.review + counts.relearning);
		expect(counts.new).toBe(cards.filter((c) => c.state === 0).length);
		expect(mem.factsKnown).toBeLessThanOrEqual(mem.cardsSeen);
		expect(mem.averageRetrievability).toBeGreaterThan(0.8);
	});

	it('forecasts every studied card that comes due within the month, and a daily load', () => {
		const next = forecast(cards, clock);
		const total = next.days.reduce((s, d) => s + d.due, 0);
		expect(total).toBeLessThanOrEqual(counts.learning + counts.review + counts.relearning);
		expect(total).toBeGreaterThan(0);
		expect(next.dailyLoad).toBeGreaterThan(0);
		// The long-run load is about the reviews a day of the last month.
		const lastMonth = year.slice(-30).reduce((s, d) => s + d.review, 0) / 30;
		expect(next.dailyLoad).toBeGreaterThan(lastMonth / 2);
		expect(next.dailyLoad).toBeLessThan(lastMonth * 2);
	});
});

describe('the mastery map of a simulated learner of the real deck', () => {
	const index = indexBank(bank);
	// Only the first twelve paragraphs' facts are studied.
	const studied = index.bank.facts.filter((f) => f.source.paragraph <= 12).map((f) => f.id);
	const sim = simulate({ ids: studied, start, days: 120, newPerDay: 5 });
	const when: StatsClock = { now: sim.reviews.at(-1)!.review, timeZone: 'Europe/Berlin' };
	const map = masteryMap(index, article, sim.cards, [], when);

	it('shades the paragraphs studied and leaves the rest unshaded', () => {
		for (const p of map) {
			if (p.paragraph <= 12) {
				expect(p.cardsSeen).toBe(p.facts);
				expect(p.mastery).toBeGreaterThan(0.5);
				expect(p.mastery).toBeLessThanOrEqual(1);
			} else expect(p.mastery).toBeNull();
		}
	});
});

describe('the figures of any log agree, in any zone', () => {
	const now = Date.parse('2026-10-25T12:00:00Z'); // the day Berlin's clocks went back
	const review = fc.record({
		cardId: fc.constantFrom('a', 'b', 'c'),
		rating: fc.integer({ min: 1, max: 4 }),
		state: fc.integer({ min: 0, max: 3 }),
		scheduled_days: fc.integer({ min: 0, max: 40 }),
		review: fc.integer({ min: now - 40 * 86_400_000, max: now }).map((ms) => new Date(ms)),
		took: fc.option(fc.integer({ min: 0, max: 120_000 }), { nil: undefined })
	});
	const zone = fc.constantFrom('Europe/Berlin', 'America/Santiago', 'Asia/Kathmandu', 'UTC');

	it('names the same numbers in the heatmap, the reviews chart, today and the table', () => {
		fc.assert(
			fc.property(fc.array(review, { maxLength: 60 }), zone, (log: Review[], timeZone) => {
				const clock = { now: new Date(now), timeZone };
				const month = reviewsPerDay(log, clock, 30);
				const map = heatmap(log, clock, 30);
				const today = todayStats(log, clock);
				const total = (d: (typeof month)[number]) => d.new + d.learning + d.review + d.relearning;
				expect(map.days.map((d) => d.count)).toEqual(month.map(total));
				expect(today.reviews).toBe(total(month.at(-1)!));
				expect(today.retention).toEqual(
					trueRetention(log, clock).find((r) => r.period === 'today')!.total
				);
			})
		);
	});
});
