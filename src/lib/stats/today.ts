import { reviewDays, todayNumber } from './days';
import { countedReviews, retentionCell } from './retention';
import type { Review, StatsClock, TodayStats } from './types';

/** Anki caps a review's recorded time, so a card left open over lunch doesn't count an hour. */
export const TOOK_CAP_MS = 60_000;

/**
 * Today's study day at a glance: reviews done, time spent (the sum of recorded `took`, each
 * capped at a minute; null when none recorded it), Again presses, and today's true retention.
 */
export function todayStats(reviews: readonly Review[], clock: StatsClock): TodayStats {
	const days = reviewDays(reviews, clock);
	const today = todayNumber(clock);
	let count = 0;
	let again = 0;
	let timeMs: number | null = null;
	const todays: Review[] = [];
	for (let i = 0; i < reviews.length; i++) {
		if (days[i] !== today) continue;
		const review = reviews[i]!;
		todays.push(review);
		count += 1;
		if (review.rating === 1) again += 1;
		if (typeof review.took === 'number' && review.took >= 0)
			timeMs = (timeMs ?? 0) + Math.min(review.took, TOOK_CAP_MS);
	}
	const counted = countedReviews(todays, clock);
	const passed = counted.filter((r) => r.passed).length;
	return {
		reviews: count,
		timeMs,
		again,
		retention: retentionCell(passed, counted.length - passed)
	};
}
