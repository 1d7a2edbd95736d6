import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardCounts } from './card-counts';
import { BERLIN, cardOf } from './fixtures/reviews';

describe('cardCounts', () => {
	it('counts each card once: suspended, then buried, then by state', () => {
		const counts = cardCounts(
			[
				cardOf({ state: 0 }),
				cardOf({ state: 0 }),
				cardOf({ state: 1 }),
				cardOf({ state: 2 }),
				cardOf({ state: 3 }),
				cardOf({ state: 2, suspended: true }),
				cardOf({ state: 2, suspended: true, buriedUntil: '2026-06-02' }),
				cardOf({ state: 1, buriedUntil: '2026-06-02' }),
				cardOf({ state: 2, buriedUntil: '2026-06-01' }) // buried until today: back
			],
			BERLIN
		);
		expect(counts).toEqual({
			new: 2,
			learning: 1,
			review: 2,
			relearning: 1,
			suspended: 2,
			buried: 1,
			total: 9
		});
	});

	it('ends a burial at the 04:00 rollover, not at midnight', () => {
		const buried = [cardOf({ buriedUntil: '2026-06-02' })];
		// 03:59 CEST on 2 June is still the study day of 1 June.
		const before = { now: new Date('2026-06-02T01:59:00Z'), timeZone: 'Europe/Berlin' };
		const after = { now: new Date('2026-06-02T02:00:00Z'), timeZone: 'Europe/Berlin' };
		expect(cardCounts(buried, before).buried).toBe(1);
		expect(cardCounts(buried, after).buried).toBe(0);
	});

	it('ends a burial at 04:00 on the morning of the spring clock change, and by the zone', () => {
		const buried = [cardOf({ buriedUntil: '2026-03-29' })];
		// 04:00 CEST on 29 March is 02:00 UTC (the clocks jumped from 02:00 to 03:00 that night).
		const at = (iso: string, timeZone = 'Europe/Berlin') => ({ now: new Date(iso), timeZone });
		expect(cardCounts(buried, at('2026-03-29T01:59:00Z')).buried).toBe(1);
		expect(cardCounts(buried, at('2026-03-29T02:00:00Z')).buried).toBe(0);
		// The same moment in Los Angeles is 18:00 on the 28th: still buried there.
		expect(cardCounts(buried, at('2026-03-29T02:00:00Z', 'America/Los_Angeles')).buried).toBe(1);
	});

	it('adds its parts up to the total for any deck', () => {
		const card = fc.record({
			state: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>,
			suspended: fc.boolean(),
			buriedUntil: fc.constantFrom(null, '2026-05-30', '2026-06-01', '2026-06-02')
		});
		fc.assert(
			fc.property(fc.array(card, { maxLength: 30 }), (fields) => {
				const counts = cardCounts(
					fields.map((f) => cardOf(f)),
					BERLIN
				);
				const { total, ...parts } = counts;
				expect(Object.values(parts).reduce((s, n) => s + n, 0)).toBe(total);
			})
		);
	});
});
