import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BERLIN, cardOf } from './fixtures/reviews';
import { forecast } from './forecast';
import { studyDay } from '../srs/study-day';
import { dayNumber } from './days';

// BERLIN's today is the study day 2026-06-01 (CEST, UTC+2).
const dueAt = (iso: string, fields = {}) => cardOf({ due: new Date(iso), ...fields });

describe('forecast', () => {
	it('counts cards due on each of the next 30 study days, today first', () => {
		const result = forecast(
			[
				dueAt('2026-06-01T15:00:00Z', { id: 'a' }),
				dueAt('2026-06-02T08:00:00Z', { id: 'b' }),
				dueAt('2026-06-02T09:00:00Z', { id: 'c' }),
				dueAt('2026-06-30T08:00:00Z', { id: 'd' }),
				dueAt('2026-07-01T08:00:00Z', { id: 'e' }) // day 31: beyond the range
			],
			BERLIN
		);
		expect(result.days).toHaveLength(30);
		expect(result.days[0]).toEqual({ day: '2026-06-01', offset: 0, due: 1 });
		expect(result.days[1]).toEqual({ day: '2026-06-02', offset: 1, due: 2 });
		expect(result.days[29]).toEqual({ day: '2026-06-30', offset: 29, due: 1 });
	});

	it('counts overdue cards today', () => {
		const result = forecast([dueAt('2026-04-01T08:00:00Z'), dueAt('2025-01-01T08:00:00Z')], BERLIN);
		expect(result.days[0]?.due).toBe(2);
	});

	it('counts a card due at 03:00 tomorrow as due today (before the 04:00 rollover)', () => {
		const result = forecast([dueAt('2026-06-02T01:00:00Z')], BERLIN); // 03:00 CEST
		expect(result.days[0]?.due).toBe(1);
		expect(result.days[1]?.due).toBe(0);
	});

	it('leaves out new and suspended cards but counts learning and relearning ones', () => {
		const soon = '2026-06-01T11:00:00Z';
		const result = forecast(
			[
				dueAt(soon, { state: 0 }),
				dueAt(soon, { suspended: true }),
				dueAt(soon, { buriedUntil: '2026-06-01' }), // buried until today: back today
				dueAt(soon, { state: 1, scheduled_days: 0 }),
				dueAt(soon, { state: 3, scheduled_days: 0 })
			],
			BERLIN
		);
		expect(result.days[0]?.due).toBe(3);
		expect(result.days.reduce((s, d) => s + d.due, 0)).toBe(3);
	});

	it('counts a buried card on the day its burial ends, or on its due day if that is later', () => {
		const result = forecast(
			[
				dueAt('2026-05-20T11:00:00Z', { buriedUntil: '2026-06-02' }), // overdue: tomorrow
				dueAt('2026-06-01T11:00:00Z', { buriedUntil: '2026-06-03' }),
				dueAt('2026-06-10T11:00:00Z', { buriedUntil: '2026-06-02' }) // due after the burial
			],
			BERLIN
		);
		expect(result.days.map((d) => d.due).slice(0, 10)).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0, 1]);
	});

	it('gives the daily load as Σ 1/interval over unsuspended review cards', () => {
		const result = forecast(
			[
				cardOf({ scheduled_days: 1 }),
				cardOf({ scheduled_days: 4 }),
				cardOf({ scheduled_days: 0 }), // counted as a day, never as infinity
				cardOf({ scheduled_days: 10, buriedUntil: '2026-06-05' }), // buried: still in the deck
				cardOf({ scheduled_days: 2, suspended: true }),
				cardOf({ state: 1, scheduled_days: 0 })
			],
			BERLIN
		);
		expect(result.dailyLoad).toBeCloseTo(1 + 0.25 + 1 + 0.1);
	});

	it('reads due dates in the zone of the clock across the autumn clock change', () => {
		const clock = { now: new Date('2026-10-24T10:00:00Z'), timeZone: 'Europe/Berlin' };
		// 04:00 CET on the 25th is 03:00 UTC: 02:30 UTC (03:30 CET) is still the 24th.
		const result = forecast(
			[dueAt('2026-10-25T02:30:00Z'), dueAt('2026-10-25T03:00:00Z')],
			clock,
			2
		);
		expect(result.days.map((d) => d.due)).toEqual([1, 1]);
		expect(result.days.map((d) => d.day)).toEqual(['2026-10-24', '2026-10-25']);
	});

	it('moves a card to another day when read in another zone', () => {
		// Due 2026-06-02 03:00 UTC: 05:00 on the 2nd in Berlin (tomorrow), 23:00 on the 1st in
		// New York, where the clock's moment is still the 1st (06:00): due today.
		const cards = [dueAt('2026-06-02T03:00:00Z')];
		expect(forecast(cards, BERLIN, 3).days.map((d) => d.due)).toEqual([0, 1, 0]);
		const newYork = { now: BERLIN.now, timeZone: 'America/New_York' };
		expect(forecast(cards, newYork, 3).days.map((d) => d.due)).toEqual([1, 0, 0]);
	});

	it('agrees with working out each card’s study day one by one, near the range’s ends', () => {
		const now = BERLIN.now.getTime();
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: now - 3 * 86_400_000, max: now + 33 * 86_400_000 }), {
					maxLength: 30
				}),
				fc.constantFrom('Europe/Berlin', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'),
				(dues, timeZone) => {
					const clock = { now: BERLIN.now, timeZone };
					const today = dayNumber(studyDay(clock.now, timeZone));
					const expected = new Array<number>(30).fill(0);
					for (const ms of dues) {
						const offset = Math.max(0, dayNumber(studyDay(new Date(ms), timeZone)) - today);
						if (offset < 30) expected[offset]! += 1;
					}
					const cards = dues.map((ms) => cardOf({ due: new Date(ms) }));
					expect(forecast(cards, clock).days.map((d) => d.due)).toEqual(expected);
				}
			)
		);
	});

	it('never counts more cards than it was given, and the days are consecutive', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2026-09-01') }), {
					maxLength: 40
				}),
				fc.integer({ min: 1, max: 60 }),
				(dues, days) => {
					const result = forecast(
						dues.map((ms) => cardOf({ due: new Date(ms) })),
						BERLIN,
						days
					);
					const total = result.days.reduce((s, d) => s + d.due, 0);
					expect(total).toBeLessThanOrEqual(dues.length);
					result.days.forEach((d, i) => expect(d.offset).toBe(i));
				}
			)
		);
	});
});
