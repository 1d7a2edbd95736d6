/** The hour at which a new study day starts, as in Anki. */
export const ROLLOVER_HOUR = 4;

const HOUR = 3_600_000;

/**
 * The study day a moment belongs to, as `YYYY-MM-DD`, in a time zone: the calendar date of
 * `now` minus the rollover hours, so 02:00 still counts as the day before. Computed from the
 * wall clock in that zone, so it stays right across daylight-saving changes.
 */
export function studyDay(now: Date, timeZone: string, rolloverHour = ROLLOVER_HOUR): string {
	const wall = wallClock(now.getTime(), timeZone) - rolloverHour * HOUR;
	return new Date(wall).toISOString().slice(0, 10);
}

// Making a formatter costs far more than using one; a page asks for one zone at a time.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
			hourCycle: 'h23'
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/**
 * What a clock on the wall in `timeZone` shows at the moment `ms`, to the second, written as
 * milliseconds since 1970 as if that wall time were UTC (so day arithmetic on it is plain).
 */
export function wallClock(ms: number, timeZone: string): number {
	const parts = formatterFor(timeZone).formatToParts(ms);
	const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	return Date.UTC(
		value('year'),
		value('month') - 1,
		value('day'),
		value('hour'),
		value('minute'),
		value('second')
	);
}
