import { byDay, reviewDays, todayNumber } from './days';
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
 * Whether a review tests memory over a real interval, by Anki's rule for true retention
 * (rslib `calculate_true_retention`: review-kind entries, and any other whose last interval was
 * a day or more): every review of a card in review state (2), and a review of a learning (1) or
 * relearning (3) card only when its interval before was at least a day (a step of a day or
 * more; the usual minutes-long steps have `scheduled_days` 0 and don't). A new card never.
 */
export const testsMemory = (review: Review): boolean =>
	review.state === 2 ||
	((review.state === 1 || review.state === 3) && (review.scheduled_days ?? 0) >= 1);

/** The interval before the review, in days: as scheduled, or as elapsed for an entry without it. */
const intervalOf = (review: Review): number => review.scheduled_days ?? review.elapsed_days ?? 0;

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

/** Each review's card as a small whole number, and how many cards there are. */
function cardNumbers(reviews: readonly Review[]): { card: Int32Array; cards: number } {
	const numbers = new Map<string, number>();
	const card = new Int32Array(reviews.length);
	for (let i = 0; i < reviews.length; i++) {
		const id = reviews[i]!.cardId;
		let n = numbers.get(id);
		if (n === undefined) numbers.set(id, (n = numbers.size));
		card[i] = n;
	}
	return { card, cards: numbers.size };
}

/** One counted review: when it was, whether it passed, and young or mature. */
export interface CountedReview {
	/** Study days before today (0 today, 1 yesterday; negative for a clock set back). */
	daysAgo: number;
	passed: boolean;
	mature: boolean;
}

/**
 * Calls `visit` for each review true retention counts: only the first review of each card in
 * each study day (the rule, stricter than Anki, which counts every one), and only when
 * that first review tests memory (see `testsMemory`). Again fails; Hard, Good and Easy pass.
 * Young or mature by the interval before the review (< 21 days is young).
 */
function eachCounted(
	reviews: readonly Review[],
	clock: StatsClock,
	visit: (daysAgo: number, passed: boolean, mature: boolean) => void
): void {
	const days = reviewDays(reviews, clock);
	const today = todayNumber(clock);
	// The log need not be in order. Its reviews are bucketed by study day (a counting sort),
	// then within each day the earliest review of each card is kept: typed arrays only, as a
	// map of 100,000 (card, day) keys is what made a year slow.
	const { card, cards } = cardNumbers(reviews);
	const best = new Int32Array(cards).fill(-1);
	const touched = new Int32Array(cards);
	for (const { day, members } of byDay(days)) {
		let touches = 0;
		for (let m = 0; m < members.length; m++) {
			const i = members[m]!;
			const c = card[i]!;
			const seen = best[c]!;
			if (seen === -1) touched[touches++] = c;
			if (seen === -1 || comesFirst(reviews[i]!, reviews[seen]!)) best[c] = i;
		}
		for (let t = 0; t < touches; t++) {
			const c = touched[t]!;
			const review = reviews[best[c]!]!;
			best[c] = -1;
			if (testsMemory(review))
				visit(today - day, review.rating > 1, intervalOf(review) >= MATURE_DAYS);
		}
	}
}

/** The reviews true retention counts, one record each (see `eachCounted` for which). */
export function countedReviews(reviews: readonly Review[], clock: StatsClock): CountedReview[] {
	const counted: CountedReview[] = [];
	eachCounted(reviews, clock, (daysAgo, passed, mature) =>
		counted.push({ daysAgo, passed, mature })
	);
	return counted;
}

/**
 * Anki's true retention over today, yesterday, the last 7, 30 and 365 study days and all time,
 * split young / mature / total (see `countedReviews` for which reviews count).
 */
export function trueRetention(reviews: readonly Review[], clock: StatsClock): RetentionRow[] {
	// Per period: young passed, young failed, mature passed, mature failed.
	const tally = new Int32Array(PERIODS.length * 4);
	eachCounted(reviews, clock, (daysAgo, passed, mature) => {
		const cell = (mature ? 2 : 0) + (passed ? 0 : 1);
		for (let p = 0; p < PERIODS.length; p++) {
			const { from, to } = PERIODS[p]!;
			if (daysAgo >= from && daysAgo <= to) tally[p * 4 + cell]! += 1;
		}
	});
	return PERIODS.map(({ period, label }, p) => {
		const [youngPassed = 0, youngFailed = 0, maturePassed = 0, matureFailed = 0] = tally.subarray(
			p * 4,
			p * 4 + 4
		);
		return {
			period,
			label,
			young: retentionCell(youngPassed, youngFailed),
			mature: retentionCell(maturePassed, matureFailed),
			total: retentionCell(youngPassed + maturePassed, youngFailed + matureFailed)
		};
	});
}
