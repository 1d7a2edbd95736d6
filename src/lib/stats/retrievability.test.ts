import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECAY, FACTOR, forgettingCurve, retrievability } from './retrievability';

describe('the FSRS forgetting curve', () => {
	it('matches ts-fsrs 5 (FSRS-6, decay 0.1542) at fixed points', () => {
		// Values from ts-fsrs 5.4.2's own forgetting_curve(FSRS6_DEFAULT_DECAY, t, S).
		expect(DECAY).toBe(0.1542);
		expect(forgettingCurve(10, 5)).toBeCloseTo(0.84588465, 7);
		expect(forgettingCurve(30, 2.5)).toBeCloseTo(0.67523665, 7);
		expect(forgettingCurve(100, 365)).toBeCloseTo(0.96397986, 7);
		expect(forgettingCurve(0.5, 0.2)).toBeCloseTo(0.82613588, 7);
		expect(FACTOR).toBeGreaterThan(0);
	});

	it('is 90 % when the time elapsed equals the stability (what stability means)', () => {
		fc.assert(
			fc.property(fc.double({ min: 0.01, max: 36_500, noNaN: true }), (s) => {
				expect(forgettingCurve(s, s)).toBeCloseTo(0.9, 9);
			})
		);
	});

	it('starts at 1 and falls with time, more slowly for a more stable memory', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1000, noNaN: true }),
				fc.double({ min: 0.001, max: 1000, noNaN: true }),
				fc.double({ min: 0.1, max: 10, noNaN: true }),
				(t, s, more) => {
					const r = forgettingCurve(t, s);
					expect(r).toBeLessThanOrEqual(1);
					expect(r).toBeGreaterThan(0);
					expect(forgettingCurve(t + more, s)).toBeLessThanOrEqual(r);
					expect(forgettingCurve(t, s + more)).toBeGreaterThanOrEqual(r);
				}
			)
		);
		expect(forgettingCurve(0, 3)).toBe(1);
	});

	it('reads damaged input as nothing remembered, never NaN', () => {
		expect(forgettingCurve(5, 0)).toBe(0);
		expect(forgettingCurve(5, Number.NaN)).toBe(0);
		expect(forgettingCurve(-3, 5)).toBe(1); // a clock set back: no time has passed
	});
});

describe('retrievability', () => {
	const now = new Date('2026-06-01T12:00:00Z');

	it('is the curve at the fractional days since the last review', () => {
		const card = { state: 2, stability: 4, last_review: new Date('2026-05-30T00:00:00Z') };
		expect(retrievability(card, now)).toBeCloseTo(forgettingCurve(2.5, 4), 12);
	});

	it('is null for a card never reviewed', () => {
		expect(retrievability({ state: 0, stability: 0 }, now)).toBeNull();
		expect(retrievability({ state: 2, stability: 3 }, now)).toBeNull();
	});
});
