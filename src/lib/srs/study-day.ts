/** The hour at which a new study day starts, as in Anki. */
export const ROLLOVER_HOUR = 4;

/**
 * The study day a moment belongs to, as `YYYY-MM-DD`, in a time zone: the calendar date of
 * `now` minus the rollover hours, so 02:00 still counts as the day before. Computed from the
 * wall clock in that zone, so it stays right across daylight-saving changes.
 */
export function studyDay(now: Date, timeZone: string, rolloverHour = ROLLOVER_HOUR): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(now);
	const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const date = new Date(Date.UTC(value('year'), value('month') - 1, value('day')));
	if (value('hour') < rolloverHour) date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The moment the study day of `now` ends (the next rollover), found by walking the wall clock
 * in that zone, so a daylight-saving change in between is handled by `studyDay` itself.
 */
export function studyDayEnd(now: Date, timeZone: string, rolloverHour = ROLLOVER_HOUR): Date {
	const today = studyDay(now, timeZone, rolloverHour);
	let time = now.getTime() - (now.getTime() % HOUR);
	while (studyDay(new Date(time + HOUR), timeZone, rolloverHour) === today) time += HOUR;
	// The change happens within the next hour (mid-hour in zones with half-hour offsets): find
	// its minute by halving.
	for (let step = 32 * MINUTE; step >= MINUTE; step /= 2)
		if (studyDay(new Date(time + step), timeZone, rolloverHour) === today) time += step;
	return new Date(time + MINUTE);
}

/** The study day after `day` (both `YYYY-MM-DD`). */
export function nextStudyDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}
