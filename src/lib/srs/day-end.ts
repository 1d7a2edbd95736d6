import { ROLLOVER_HOUR, studyDay } from './study-day';

// When a study day ends and the next begins; study-day.ts says which day a moment belongs to.

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
