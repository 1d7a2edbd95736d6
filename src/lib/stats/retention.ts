import { dayKeyer, todayNumber } from './days';
import type { RetentionCell, RetentionRow, Review, StatsClock } from './types';

/** Cards whose interval before the review was at least this many days are "mature", as in Anki. */
export const MATURE_DAYS = 21;

/** The periods of the table, each as the study days it spans counting back from today. */
export const PERIODS: {
	period: RetentionRow['period'];
	label: string;
	from: number;
	to: number;
}[] = [
	{ period: 'today', label: 'Today', from: 0, to: 0 },
	{ period: 'yesterday', label: 'Yesterday', from: 1, to: 1 },
	{ period: 'week', label: 'Last 7 days', from: 0, to: 6 },
	{ period: 'month', label: 'Last 30 days', from: 0, to: 29 },
	{ period: 'year', label: 'Last 365 days', from: 0, to: 364 },
	{ period: 'all', label: 'All time', from: -Infinity, to: Infinity }
];

/** A cell from its counts, with the rate left null when there is nothing to divide. */
export function retentionCell(passed: number, failed: number): RetentionCell {
	const total = passed + failed;
	return { passed, failed, rate: total === 0 ? null : passed / total };
}

/**
 * Whether a review tests memory over a real interval, as Anki's true retention counts it: the
 * card was in review (2) or relearning (3) state with a scheduled interval of at least a day
 * before the review. Relearning counts only then (a relearning step of a day or more, Anki's
 * "lastIvl ≥ 1 day"); the usual minutes-long relearning steps have `scheduled_days` 0 and don't.
 * Entries that lack `scheduled_days` (older logs) cannot show their interval and are left out.
 */
export const testsMemory = (review: Review): boolean =>
	(review.state === 2 || review.state === 3) && (review.scheduled_days ?? 0) >= 1;

// More days than lie between 1970 and 2200, the storage layer's bounds for a review's date.
const KEY_SPAN = 100_000;

/**
 * Whether `a` was before `b`. Two reviews of a card in the same millisecond (an import, a
 * double tap) are ordered by the lower rating, then the state and interval, so the result
 * never depends on the log's order.
 */
const comesFirst = (a: Review, b: Review): boolean =>
	(a.review.getTime() - b.review.getTime() ||
		a.rating - b.rating ||
		a.state - b.state ||
		(a.scheduled_days ?? 0) - (b.scheduled_days ?? 0)) < 0;

/** One counted review: when it was, whether it passed, and young or mature. */
export interface CountedReview {
	/** Study days before today (0 today, 1 yesterday; negative for a clock set back). */
	daysAgo: number;
	passed: boolean;
	mature: boolean;
}

/**
 * The reviews true retention counts: only the first review of each card in each study day, and
 * only when that first review tests memory (see `testsMemory`). Again fails; Hard, Good and
 * Easy pass. Young or mature by the interval before the review (< 21 days is young).
 */
export function countedReviews(reviews: readonly Review[], clock: StatsClock): CountedReview[] {
	const dayOf = dayKeyer(clock);
	const today = todayNumber(clock);
	// Per card and study day, the earliest review (the log need not be in order). Numeric keys
	// (card index × a day span no log reaches, plus the day), as a year of string keys is slow.
	const cardIndex = new Map<string, number>();
	const first = new Map<number, { day: number; review: Review }>();
	for (const review of reviews) {
		let card = cardIndex.get(review.cardId);
		if (card === undefined) cardIndex.set(review.cardId, (card = cardIndex.size));
		const day = dayOf(review.review);
		const key = card * KEY_SPAN + day;
		const seen = first.get(key);
		if (!seen || comesFirst(review, seen.review)) first.set(key, { day, review });
	}
	const counted: CountedReview[] = [];
	for (const { day, review } of first.values()) {
		if (!testsMemory(review)) continue;
		counted.push({
			daysAgo: today - day,
			passed: review.rating > 1,
			mature: (review.scheduled_days ?? 0) >= MATURE_DAYS
		});
	}
	return counted;
}

/**
 * Anki's true retention over today, yesterday, the last 7, 30 and 365 study days and all time,
 * split young / mature / total (see `countedReviews` for which reviews count).
 */
export function trueRetention(reviews: readonly Review[], clock: StatsClock): RetentionRow[] {
	const tallies = PERIODS.map((period) => ({
		...period,
		young: { passed: 0, failed: 0 },
		mature: { passed: 0, failed: 0 }
	}));
	for (const { daysAgo, passed, mature } of countedReviews(reviews, clock)) {
		for (const tally of tallies) {
			if (daysAgo < tally.from || daysAgo > tally.to) continue;
			tally[mature ? 'mature' : 'young'][passed ? 'passed' : 'failed'] += 1;
		}
	}
	return tallies.map(({ period, label, young, mature }) => ({
		period,
		label,
		young: retentionCell(young.passed, young.failed),
		mature: retentionCell(mature.passed, mature.failed),
		total: retentionCell(young.passed + mature.passed, young.failed + mature.failed)
	}));
}
