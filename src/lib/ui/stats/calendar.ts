import type { HeatmapDay } from '$lib/stats/types';
import { monthOf, weekdayRow } from './format';

// The calendar heatmap's layout: one column a week (Monday on top), five shades by quartile of
// the days studied, so a light and a heavy learner both see their own rhythm.

export interface CalendarCell extends HeatmapDay {
	column: number;
	row: number;
	/** 0 for no reviews, 1–4 by quartile of the days with reviews. */
	level: 0 | 1 | 2 | 3 | 4;
}

export interface CalendarMonth {
	month: string;
	/** The column of the month's first week, for its label. */
	column: number;
	days: number;
	daysStudied: number;
	reviews: number;
}

/** The upper bounds of shades 1–3 (shade 4 above): quartiles of the days that have reviews. */
export function levelBounds(counts: readonly number[]): [number, number, number] {
	const studied = counts.filter((n) => n > 0).sort((a, b) => a - b);
	if (studied.length === 0) return [0, 0, 0];
	const at = (q: number) => studied[Math.min(studied.length - 1, Math.floor(q * studied.length))]!;
	return [at(0.25), at(0.5), at(0.75)];
}

const levelOf = (count: number, [q1, q2, q3]: [number, number, number]): CalendarCell['level'] =>
	count <= 0 ? 0 : count <= q1 ? 1 : count <= q2 ? 2 : count <= q3 ? 3 : 4;

/** Days (oldest first, one a day) laid out in week columns, and the months they fall in. */
export function calendarLayout(days: readonly HeatmapDay[]): {
	cells: CalendarCell[];
	months: CalendarMonth[];
	columns: number;
} {
	const bounds = levelBounds(days.map((d) => d.count));
	const first = days[0] ? weekdayRow(days[0].day) : 0;
	const cells: CalendarCell[] = [];
	const months: CalendarMonth[] = [];
	days.forEach((day, i) => {
		const slot = first + i;
		const cell = {
			...day,
			column: Math.floor(slot / 7),
			row: slot % 7,
			level: levelOf(day.count, bounds)
		};
		cells.push(cell);
		const month = monthOf(day.day);
		let current = months.at(-1);
		if (current?.month !== month)
			months.push((current = { month, column: cell.column, days: 0, daysStudied: 0, reviews: 0 }));
		current.days++;
		current.reviews += day.count;
		if (day.count > 0) current.daysStudied++;
	});
	return { cells, months, columns: cells.length ? cells.at(-1)!.column + 1 : 0 };
}
