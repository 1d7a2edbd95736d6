// Axis arithmetic for the stats charts: a round top for the value axis and which category labels
// fit under the bars. Pure, so the charts stay markup.

/** A value axis from 0 to a round number at or above `max`, and its tick values (0 included). */
export function niceScale(max: number, ticks = 4): { top: number; ticks: number[] } {
	if (!Number.isFinite(max) || max <= 0) return { top: 1, ticks: [0, 1] };
	const rough = max / ticks;
	const power = 10 ** Math.floor(Math.log10(rough));
	// The smallest of 1, 2, 2.5, 5, 10 × 10^n that fits: tick labels people read at a glance.
	// Counts are whole, so a step of 2.5 or below 1 (0.25, 0.5 reviews) is left out.
	const whole =
		[1, 2, 2.5, 5, 10]
			.map((m) => m * power)
			.find((s) => s >= 1 && Number.isInteger(s) && s * ticks >= max) ?? 10 * power;
	const count = Math.ceil(max / whole);
	return { top: whole * count, ticks: Array.from({ length: count + 1 }, (_, i) => i * whole) };
}

/** Every how many categories a label fits, so that at most `room` labels show. */
export const labelEvery = (count: number, room: number): number =>
	Math.max(1, Math.ceil(count / Math.max(1, room)));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A study day `YYYY-MM-DD` as a Date at noon UTC: its weekday and month whatever the zone. */
const noon = (day: string): Date => new Date(`${day}T12:00:00Z`);

/** "3 Mar" for a study day (no Intl: the charts label hundreds of days). */
export function shortDay(day: string): string {
	const date = noon(day);
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

/** "Tue 3 Mar 2026" for a study day, for tooltips and tables. */
export function longDay(day: string): string {
	const date = noon(day);
	return `${WEEKDAYS[date.getUTCDay()]} ${shortDay(day)} ${date.getUTCFullYear()}`;
}

/** Monday 0 … Sunday 6, the row of a day in the calendar. */
export const weekdayRow = (day: string): number => (noon(day).getUTCDay() + 6) % 7;

/** "Mar 2026", the month a study day falls in. */
export const monthOf = (day: string): string =>
	`${MONTHS[noon(day).getUTCMonth()]} ${day.slice(0, 4)}`;

/** A share 0–1 as a whole percentage ("87%"), or a dash when there is none. */
export const percent = (rate: number | null): string =>
	rate === null ? '—' : `${Math.round(rate * 100)}%`;

/** Milliseconds as "12 min" or "1 h 5 min" (under a minute: "45 s"). */
export function duration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.round(seconds / 60);
	if (minutes < 60) return `${minutes} min`;
	return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
