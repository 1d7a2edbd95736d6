import { dayOfNumber, reviewDays, todayNumber } from './days';
import type { Heatmap, Review, StatsClock } from './types';

/**
 * Reviews per study day over the last `days` days (oldest first, today last), with the streak
 * (days in a row with reviews ending today, or ending yesterday while today has none yet, so
 * the morning doesn't show a broken streak), the longest streak ever, and the days studied in
 * the range. Streaks look at the whole log, not just the range.
 */
export function heatmap(reviews: readonly Review[], clock: StatsClock, days = 365): Heatmap {
	const reviewDay = reviewDays(reviews, clock);
	const today = todayNumber(clock);
	const first = today - days + 1;
	const counts = new Array<number>(days).fill(0);
	const studied = new Set<number>();
	for (const day of reviewDay) {
		studied.add(day);
		if (day >= first && day <= today) counts[day - first] = (counts[day - first] ?? 0) + 1;
	}
	let streak = 0;
	for (let day = studied.has(today) ? today : today - 1; studied.has(day); day -= 1) streak += 1;
	let longestStreak = 0;
	for (const day of studied) {
		if (studied.has(day - 1)) continue; // not the start of a run
		let length = 1;
		while (studied.has(day + length)) length += 1;
		longestStreak = Math.max(longestStreak, length);
	}
	return {
		days: counts.map((count, i) => ({ day: dayOfNumber(first + i), count })),
		streak,
		longestStreak,
		daysStudied: counts.filter((count) => count > 0).length,
		daysInRange: days
	};
}
