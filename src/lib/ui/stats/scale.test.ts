import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	duration,
	labelEvery,
	longDay,
	monthOf,
	niceScale,
	percent,
	shortDay,
	weekdayRow
} from './scale';

describe('niceScale', () => {
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
});

describe('labels', () => {
	it('shows at most the labels that fit', () => {
		expect(labelEvery(30, 8)).toBe(4);
		expect(labelEvery(5, 8)).toBe(1);
		expect(labelEvery(365, 0)).toBe(365);
	});

	it('names days without time-zone drift', () => {
		expect(shortDay('2026-03-29')).toBe('29 Mar');
		expect(longDay('2026-03-29')).toBe('Sun 29 Mar 2026');
		expect(weekdayRow('2026-03-29')).toBe(6);
		expect(weekdayRow('2026-03-30')).toBe(0);
		expect(monthOf('2026-10-25')).toBe('Oct 2026');
	});

	it('says shares and durations as people read them', () => {
		expect(percent(0.876)).toBe('88%');
		expect(percent(null)).toBe('—');
		expect(duration(45_000)).toBe('45 s');
		expect(duration(12 * 60_000)).toBe('12 min');
		expect(duration(65 * 60_000)).toBe('1 h 5 min');
	});
});
