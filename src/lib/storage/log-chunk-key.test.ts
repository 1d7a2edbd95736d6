import { describe, expect, it } from 'vitest';
import { chunkKey, isCalendarDay, parseLogKey } from './log-chunk-key';
import { isDayRecordKey } from './log-key';

const DAY = '2026-03-02';

describe('review-log keys', () => {
	it('names a day’s chunks in order, after its record from before chunks', () => {
		const keys = [chunkKey(DAY, 10), chunkKey(DAY, 2), `log:${DAY}`, chunkKey(DAY, 0)];
		expect(keys.sort()).toEqual([
			'log:2026-03-02',
			'log:2026-03-02#000000',
			'log:2026-03-02#000002',
			'log:2026-03-02#000010'
		]);
		expect(parseLogKey('log:2026-03-02#000010')).toEqual({ day: DAY, seq: 10 });
		expect(parseLogKey('log:2026-03-02')).toEqual({ day: DAY, seq: -1 });
	});

	it.each(['log:yesterday', 'log:2026-03-02x', 'log:2026-03-02#1', 'log:2026-13-45', 'card:x'])(
		'reads %s as no log key',
		(key) => expect(parseLogKey(key)).toBeUndefined()
	);

	it('tells a day’s records from other keys under its prefix', () => {
		expect(isDayRecordKey(DAY, 'log:2026-03-02')).toBe(true);
		expect(isDayRecordKey(DAY, 'log:2026-03-02#000004')).toBe(true);
		expect(isDayRecordKey(DAY, 'log:2026-03-02#4')).toBe(false);
		expect(isDayRecordKey(DAY, 'log:2026-03-02x')).toBe(false);
		expect(isDayRecordKey(DAY, 'log:2026-03-03')).toBe(false);
	});

	it('knows the calendar', () => {
		expect(['2026-03-02', '2024-02-29', '2026-12-31'].map(isCalendarDay)).toEqual([
			true,
			true,
			true
		]);
		expect(
			['2026-13-45', '2026-02-29', '2026-04-31', '2026-00-10', '26-3-2'].map(isCalendarDay)
		).toEqual([false, false, false, false, false]);
	});
});
