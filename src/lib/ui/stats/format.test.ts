import { describe, expect, it } from 'vitest';
import { duration, longDay, monthOf, percent, shortDay, weekdayRow } from './format';

describe('days, shares and durations in words', () => {
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
