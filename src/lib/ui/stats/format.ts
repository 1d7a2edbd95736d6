// How the stats page says study days, shares and durations: by hand, without Intl (the charts
// label hundreds of days), and at noon UTC so that a day is the same day in every time zone.

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
