import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calendarLayout, levelBounds } from './calendar';

const run = (from: string, counts: number[]) => {
	const start = Date.parse(`${from}T12:00:00Z`);
	return counts.map((count, i) => ({
		day: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
		count
	}));
};

describe('calendarLayout', () => {
	it('puts Monday on top and starts a new column each Monday', () => {
		// 2026-03-26 is a Thursday.
		const { cells, columns } = calendarLayout(run('2026-03-26', [1, 0, 0, 0, 5]));
		expect(cells.map((c) => [c.column, c.row])).toEqual([
			[0, 3],
			[0, 4],
			[0, 5],
			[0, 6],
			[1, 0]
		]);
		expect(columns).toBe(2);
	});

	it('sums each month the chart shows, for its table', () => {
		const { months } = calendarLayout(run('2026-03-30', [2, 0, 3, 4]));
		expect(months).toEqual([
			{ month: 'Mar 2026', column: 0, days: 2, daysStudied: 1, reviews: 2 },
			{ month: 'Apr 2026', column: 0, days: 2, daysStudied: 2, reviews: 7 }
		]);
	});

	it('shades no reviews as 0 and the busiest quarter as 4', () => {
		const { cells } = calendarLayout(run('2026-01-01', [0, 1, 2, 3, 4, 100]));
		expect(cells.map((c) => c.level)).toEqual([0, 1, 1, 2, 3, 4]);
		expect(levelBounds([0, 0])).toEqual([0, 0, 0]);
	});

	it('never shades a day with reviews as empty, nor an empty day as studied', () => {
		fc.assert(
			fc.property(fc.array(fc.nat({ max: 500 }), { maxLength: 400 }), (counts) => {
				const { cells } = calendarLayout(run('2025-12-01', counts));
				cells.forEach((cell) => expect(cell.level === 0).toBe(cell.count === 0));
			})
		);
	});
});
