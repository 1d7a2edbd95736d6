import { ROLLOVER_HOUR, studyDay, wallClock } from '../srs/study-day';
import type { StatsClock } from './types';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A study day `YYYY-MM-DD` as a whole number of days since 1970-01-01 (for arithmetic). */
export const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY;

/** The study day `YYYY-MM-DD` a day number stands for. */
export const dayOfNumber = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);

/** The study day `n` days after `day` (before it when negative). */
export const addDays = (day: string, n: number): string => dayOfNumber(dayNumber(day) + n);

/** The zone's offset from UTC at a moment, in milliseconds (wall clock minus UTC). */
const offsetAt = (timeZone: string, ms: number): number =>
	wallClock(ms, timeZone) - Math.floor(ms / 1000) * 1000;

/** One UTC day's offsets: `before` until the moment `change`, `after` from then on. */
interface DayOffsets {
	before: number;
	change: number;
	after: number;
}

/**
 * A function from a moment to its study day number in the clock's zone, exactly as `studyDay`
 * gives it but fast over a year of reviews (per-moment Intl formatting costs microseconds, far
 * too much for 100,000 entries). The zone's UTC offset is asked twice per UTC day and cached;
 * on a day whose offset changes (daylight saving), the moment of change is found by halving,
 * to the millisecond. Then a study day is plain arithmetic: the wall-clock time minus the
 * rollover hours, in whole days. (Zones change their offset at most once a day.)
 */
export function dayKeyer(clock: StatsClock): (moment: Date | number) => number {
	const zone = clock.timeZone;
	const rollover = (clock.rolloverHour ?? ROLLOVER_HOUR) * HOUR;
	const days = new Map<number, DayOffsets>();
	const offsetsOf = (utcDay: number): DayOffsets => {
		const start = utcDay * DAY;
		const before = offsetAt(zone, start);
		const after = offsetAt(zone, start + DAY);
		let change = Infinity;
		if (before !== after) {
			// The first millisecond of the day already at the new offset.
			let low = start;
			let high = start + DAY;
			while (high - low > 1) {
				const mid = Math.floor((low + high) / 2);
				if (offsetAt(zone, mid) === before) low = mid;
				else high = mid;
			}
			change = high;
		}
		return { before, change, after };
	};
	return (moment) => {
		const ms = typeof moment === 'number' ? moment : moment.getTime();
		const utcDay = Math.floor(ms / DAY);
		let offsets = days.get(utcDay);
		if (!offsets) days.set(utcDay, (offsets = offsetsOf(utcDay)));
		const offset = ms < offsets.change ? offsets.before : offsets.after;
		return Math.floor((ms + offset - rollover) / DAY);
	};
}

/** Today's study day number in the clock's zone. */
export const todayNumber = (clock: StatsClock): number =>
	dayNumber(studyDay(clock.now, clock.timeZone, clock.rolloverHour ?? ROLLOVER_HOUR));

// The stats page asks several figures of the same log at the same moment: its study days are
// worked out once per log array and zone. Keyed weakly by the array (a log read again is a new
// array), so nothing outlives the page's inputs; the log arrays are never changed in place.
const dayCache = new WeakMap<readonly { review: Date }[], { zone: string; days: Int32Array }>();

/** The study day number of each review, in the log's order, in the clock's zone. */
export function reviewDays(reviews: readonly { review: Date }[], clock: StatsClock): Int32Array {
	const zone = `${clock.timeZone} ${clock.rolloverHour ?? ROLLOVER_HOUR}`;
	const cached = dayCache.get(reviews);
	if (cached?.zone === zone && cached.days.length === reviews.length) return cached.days;
	const dayOf = dayKeyer(clock);
	const days = new Int32Array(reviews.length);
	for (let i = 0; i < reviews.length; i++) days[i] = dayOf(reviews[i]!.review);
	dayCache.set(reviews, { zone, days });
	return days;
}

/**
 * The indexes of the entries of each study day, days in order (oldest first), each day's
 * entries in log order: a counting sort over the span of days, no comparison sort.
 */
export function* byDay(days: Int32Array): Generator<{ day: number; members: Int32Array }> {
	if (days.length === 0) return;
	let min = days[0]!;
	let max = min;
	for (const day of days) {
		if (day < min) min = day;
		else if (day > max) max = day;
	}
	const starts = new Int32Array(max - min + 2);
	for (const day of days) starts[day - min + 1]! += 1;
	for (let d = 1; d < starts.length; d++) starts[d]! += starts[d - 1]!;
	const order = new Int32Array(days.length);
	const next = starts.slice(0, -1);
	for (let i = 0; i < days.length; i++) order[next[days[i]! - min]!++] = i;
	for (let d = 0; d < starts.length - 1; d++) {
		if (starts[d] === starts[d + 1]) continue;
		yield { day: min + d, members: order.subarray(starts[d], starts[d + 1]) };
	}
}
