import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studyDay } from '../srs/study-day';
import { addDays, byDay, dayKeyer, dayNumber, dayOfNumber, reviewDays, todayNumber } from './days';

const at = (iso: string) => new Date(iso);
const keyIn = (timeZone: string) => {
	const key = dayKeyer({ now: at('2026-06-01T12:00:00Z'), timeZone });
	return (iso: string) => dayOfNumber(key(at(iso)));
};

describe('day numbers', () => {
	it('count days since 1970 and back', () => {
		expect(dayNumber('1970-01-02')).toBe(1);
		expect(dayOfNumber(dayNumber('2026-03-29'))).toBe('2026-03-29');
		expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
	});
});

describe('dayKeyer', () => {
	it('rolls the study day over at 04:00 local time, not at midnight', () => {
		const berlin = keyIn('Europe/Berlin');
		// Winter: Berlin is UTC+1, so 04:00 local is 03:00 UTC.
		expect(berlin('2026-01-15T02:59:59.999Z')).toBe('2026-01-14');
		expect(berlin('2026-01-15T03:00:00Z')).toBe('2026-01-15');
		expect(berlin('2026-01-14T23:30:00Z')).toBe('2026-01-14'); // 00:30 local, still the 14th
	});

	it('stays right across the spring and autumn daylight-saving changes', () => {
		const berlin = keyIn('Europe/Berlin');
		// 2026-03-29: 02:00 CET jumps to 03:00 CEST; 04:00 CEST is 02:00 UTC.
		expect(berlin('2026-03-29T01:59:59Z')).toBe('2026-03-28');
		expect(berlin('2026-03-29T02:00:00Z')).toBe('2026-03-29');
		// 2026-10-25: 03:00 CEST falls back to 02:00 CET; 04:00 CET is 03:00 UTC.
		expect(berlin('2026-10-25T02:59:59Z')).toBe('2026-10-24');
		expect(berlin('2026-10-25T03:00:00Z')).toBe('2026-10-25');
	});

	it('reads the same moment as different study days in different zones', () => {
		const moment = '2026-05-10T01:30:00Z';
		expect(keyIn('Europe/Berlin')(moment)).toBe('2026-05-09'); // 03:30 local
		expect(keyIn('Asia/Tokyo')(moment)).toBe('2026-05-10'); // 10:30 local
		expect(keyIn('America/New_York')(moment)).toBe('2026-05-09'); // 21:30 on the 9th
	});

	it('splits an hour that holds the rollover in a zone at a half-hour offset', () => {
		const kolkata = keyIn('Asia/Kolkata'); // UTC+5:30: 04:00 local is 22:30 UTC
		expect(kolkata('2026-05-09T22:29:59Z')).toBe('2026-05-09');
		expect(kolkata('2026-05-09T22:30:00Z')).toBe('2026-05-10');
		expect(kolkata('2026-05-09T22:10:00Z')).toBe('2026-05-09'); // the same hour, asked again
	});

	it('agrees with studyDay for any moment, in any order, in zones with odd offsets and DST', () => {
		const zones = [
			'Europe/Berlin',
			'America/New_York',
			'Asia/Kolkata',
			'Asia/Kathmandu',
			'Australia/Lord_Howe',
			'America/St_Johns',
			'Pacific/Chatham',
			'UTC'
		];
		const from = Date.UTC(2025, 0, 1);
		const to = Date.UTC(2027, 0, 1);
		fc.assert(
			fc.property(
				fc.constantFrom(...zones),
				fc.array(fc.integer({ min: from, max: to }), { minLength: 1, maxLength: 40 }),
				(timeZone, moments) => {
					const key = dayKeyer({ now: new Date(to), timeZone });
					for (const ms of moments)
						expect(dayOfNumber(key(ms))).toBe(studyDay(new Date(ms), timeZone));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('gives today from the clock', () => {
		const clock = { now: at('2026-03-29T01:59:59Z'), timeZone: 'Europe/Berlin' };
		expect(dayOfNumber(todayNumber(clock))).toBe('2026-03-28');
	});
});

describe('reviewDays', () => {
	const log = [at('2026-06-01T03:00:00Z'), at('2026-06-01T09:00:00Z')].map((review) => ({
		review
	}));

	it('gives each review its study day, and answers again for another zone of the same log', () => {
		const berlin = { now: at('2026-06-01T12:00:00Z'), timeZone: 'Europe/Berlin' };
		const newYork = { now: at('2026-06-01T12:00:00Z'), timeZone: 'America/New_York' };
		const june1 = dayNumber('2026-06-01');
		expect([...reviewDays(log, berlin)]).toEqual([june1, june1]);
		expect([...reviewDays(log, newYork)]).toEqual([june1 - 1, june1]);
		expect([...reviewDays(log, berlin)]).toEqual([june1, june1]);
		expect([...reviewDays(log, { ...berlin, rolloverHour: 6 })]).toEqual([june1 - 1, june1]);
	});
});

describe('byDay', () => {
	it('groups entries by day, days in order and each day in log order', () => {
		const groups = [...byDay(Int32Array.from([5, 3, 5, 9, 3]))].map(({ day, members }) => [
			day,
			[...members]
		]);
		expect(groups).toEqual([
			[3, [1, 4]],
			[5, [0, 2]],
			[9, [3]]
		]);
		expect([...byDay(new Int32Array(0))]).toEqual([]);
	});

	it('puts every entry in exactly one group, for any days', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -50, max: 50 })), (days) => {
				const seen = new Array<number>(days.length).fill(0);
				let last = -Infinity;
				for (const { day, members } of byDay(Int32Array.from(days))) {
					expect(day).toBeGreaterThan(last);
					last = day;
					for (const i of members) {
						expect(days[i]).toBe(day);
						seen[i]! += 1;
					}
				}
				expect(seen.every((n) => n === 1)).toBe(true);
			})
		);
	});
});
