import { ROLLOVER_HOUR, studyDay } from '../srs/study-day';
import type { StatsClock } from './types';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A study day `YYYY-MM-DD` as a whole number of days since 1970-01-01 (for arithmetic). */
export const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY;

/** The study day `YYYY-MM-DD` a day number stands for. */
export const dayOfNumber = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);

/** The study day `n` days after `day` (before it when negative). */
export const addDays = (day: string, n: number): string => dayOfNumber(dayNumber(day) + n);

/**
 * A function from a moment to its study day number in the clock's zone, exactly as `studyDay`
 * gives it but fast over a year of reviews: Intl formatting costs microseconds, so the answer
 * is cached per UTC hour, and an hour is trusted only when its first and last millisecond fall
 * on the same study day (an hour holding a rollover, as in zones at :30 or :45 offsets, or a
 * daylight-saving change, is asked per moment).
 */
export function dayKeyer(clock: StatsClock): (moment: Date | number) => number {
	const { timeZone } = clock;
	const rollover = clock.rolloverHour ?? ROLLOVER_HOUR;
	const byHour = new Map<number, number>();
	const exact = (ms: number) => dayNumber(studyDay(new Date(ms), timeZone, rollover));
	return (moment) => {
		const ms = typeof moment === 'number' ? moment : moment.getTime();
		const hour = Math.floor(ms / HOUR);
		let day = byHour.get(hour);
		if (day === undefined) {
			const first = exact(hour * HOUR);
			day = first === exact(hour * HOUR + HOUR - 1) ? first : -Infinity;
			byHour.set(hour, day);
		}
		return day === -Infinity ? exact(ms) : day;
	};
}

/** Today's study day number in the clock's zone. */
export const todayNumber = (clock: StatsClock): number =>
	dayNumber(studyDay(clock.now, clock.timeZone, clock.rolloverHour ?? ROLLOVER_HOUR));
