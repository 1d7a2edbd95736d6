import { dayOfNumber, reviewDays, todayNumber } from './days';
import type { Review, ReviewsDay, StatsClock } from './types';

const BY_STATE = ['new', 'learning', 'review', 'relearning'] as const;

/** The ranges the reviews chart offers: a month, three months, a year. */
export type ReviewsRange = 30 | 90 | 365;

/**
 * Reviews per study day over the last `days` days (oldest first, today last), split by the
 * card's state before the review: new, learning, review, relearning. An entry with a state
 * outside 0–3 (damage the log check let through) is left out rather than miscounted.
 */
export function reviewsPerDay(
	reviews: readonly Review[],
	clock: StatsClock,
	days: ReviewsRange
): ReviewsDay[] {
	const reviewDay = reviewDays(reviews, clock);
	const today = todayNumber(clock);
	const first = today - days + 1;
	const rows: ReviewsDay[] = Array.from({ length: days }, (_, i) => ({
		day: dayOfNumber(first + i),
		new: 0,
		learning: 0,
		review: 0,
		relearning: 0
	}));
	for (let i = 0; i < reviews.length; i++) {
		const state = BY_STATE[reviews[i]!.state];
		if (state === undefined) continue;
		const row = rows[reviewDay[i]! - first];
		if (row) row[state] += 1;
	}
	return rows;
}
