import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelEvery, niceScale } from './scale';

describe('the value axis and its labels', () => {
	it('rounds the top up to a readable step', () => {
		expect(niceScale(87)).toEqual({ top: 100, ticks: [0, 25, 50, 75, 100] });
		expect(niceScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
		expect(niceScale(1234).top).toBe(1500);
	});

	it('gives an empty chart an axis of 0 to 1', () => {
		expect(niceScale(0)).toEqual({ top: 1, ticks: [0, 1] });
		expect(niceScale(Number.NaN)).toEqual({ top: 1, ticks: [0, 1] });
	});

	it('always covers the maximum with whole, evenly spaced ticks', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000_000 }), (max) => {
				const { top, ticks } = niceScale(max);
				expect(top).toBeGreaterThanOrEqual(max);
				expect(ticks.at(-1)).toBe(top);
				expect(ticks.length).toBeLessThanOrEqual(6);
				for (const tick of ticks) expect(Number.isInteger(tick)).toBe(true);
			})
		);
	});

	it('shows at most the labels that fit', () => {
		expect(labelEvery(30, 8)).toBe(4);
		expect(labelEvery(5, 8)).toBe(1);
		expect(labelEvery(365, 0)).toBe(365);
	});
});
