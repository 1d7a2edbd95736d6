import { describe, expect, it } from 'vitest';
import { BERLIN, cardOf } from './fixtures/reviews';
import { memory } from './memory';
import { forgettingCurve } from './retrievability';

const DAY = 86_400_000;
// A card last reviewed `ago` days before BERLIN's now.
const seen = (stability: number, difficulty: number, ago: number) =>
	cardOf({ stability, difficulty, last_review: new Date(BERLIN.now.getTime() - ago * DAY) });

describe('memory', () => {
	it('histograms stability, difficulty and current retrievability of the cards seen', () => {
		const cards = [
			seen(0.5, 1, 0), // R 100 %
			seen(3, 5.5, 3), // R 90 %
			seen(40, 10, 40), // R 90 %, the top difficulty in the last bucket
			seen(400, 9.2, 4000),
			cardOf({ state: 0, stability: 0, difficulty: 0, last_review: undefined })
		];
		const result = memory(cards, BERLIN);
		expect(result.cardsSeen).toBe(4);
		const counts = (buckets: { label: string; count: number }[]) =>
			Object.fromEntries(buckets.filter((b) => b.count > 0).map((b) => [b.label, b.count]));
		expect(counts(result.stability)).toEqual({
			'< 1 day': 1,
			'2–4 days': 1,
			'1–2 months': 1,
			'1 year +': 1
		});
		expect(counts(result.difficulty)).toEqual({ '1–2': 1, '5–6': 1, '9–10': 2 });
		const r4000 = forgettingCurve(4000, 400);
		expect(result.retrievability.find((b) => b.count > 0 && b.to <= 0.8)?.from).toBe(
			Math.floor(r4000 * 10) / 10
		);
		expect(result.retrievability.at(-1)).toMatchObject({ label: '90–100 %', count: 3 });
		expect(result.averageRetrievability).toBeCloseTo((1 + 0.9 + 0.9 + r4000) / 4, 6);
		expect(result.factsKnown).toBe(Math.round(1 + 0.9 + 0.9 + r4000));
	});

	it('covers each scale without gaps, every bucket labelled', () => {
		const { stability, difficulty, retrievability } = memory([], BERLIN);
		for (const buckets of [stability, difficulty, retrievability]) {
			buckets.slice(1).forEach((b, i) => expect(b.from).toBe(buckets[i]?.to));
			expect(buckets.every((b) => b.label.length > 0 && b.count === 0)).toBe(true);
		}
		// Each label names its own edges, in days.
		expect(stability.map((b) => `${b.from}–${b.to} ${b.label}`)).toEqual([
			'0–1 < 1 day',
			'1–2 1–2 days',
			'2–4 2–4 days',
			'4–7 4–7 days',
			'7–14 1–2 weeks',
			'14–30 2 weeks–1 month',
			'30–60 1–2 months',
			'60–120 2–4 months',
			'120–365 4 months–1 year',
			'365–Infinity 1 year +'
		]);
		expect(stability[0]?.from).toBe(0);
		expect(stability.at(-1)?.to).toBe(Infinity);
		expect(difficulty[0]?.from).toBe(1);
		expect(difficulty.at(-1)?.to).toBe(10);
		expect(retrievability.at(-1)?.to).toBe(1);
	});

	it('measures time since the last review in real hours, the same in any zone and across DST', () => {
		// Reviewed 24 hours before noon UTC on the day after Berlin's spring change: one day of
		// real time, though Berlin's wall clock moved 25 hours.
		const card = cardOf({ stability: 1, last_review: new Date('2026-03-29T00:30:00Z') });
		const now = new Date('2026-03-30T00:30:00Z');
		for (const timeZone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata']) {
			const result = memory([card], { now, timeZone });
			expect(result.averageRetrievability).toBeCloseTo(0.9, 9); // elapsed = stability
		}
	});

	it('has nothing to average before any card is seen', () => {
		const result = memory([cardOf({ state: 0, last_review: undefined })], BERLIN);
		expect(result).toMatchObject({ averageRetrievability: null, cardsSeen: 0, factsKnown: 0 });
	});

	it('counts every card seen in each histogram once', () => {
		const cards = Array.from({ length: 200 }, (_, i) =>
			seen((i * 7.3) % 500, 1 + ((i * 0.37) % 9), i % 90)
		);
		const result = memory(cards, BERLIN);
		for (const buckets of [result.stability, result.difficulty, result.retrievability])
			expect(buckets.reduce((s, b) => s + b.count, 0)).toBe(200);
	});
});
