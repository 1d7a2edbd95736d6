import { CardState } from './options';
import {
	DEFAULT_LIMITS,
	isActive,
	isLearning,
	type DailyLimits,
	type DeckCard,
	type DueQueue,
	type Schedule
} from './queue';

// What comes after today's queue is built: the card to show next, when the next one falls due
// once the day is done, and what tomorrow holds.

/** As in Anki: with nothing else left, a learning card due within 20 minutes is shown early. */
const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * The card to show next: a due learning card, else the oldest due review, else the next new
 * card; with none of those, a learning card due within the learn-ahead window. Undefined when
 * the day is done.
 */
export function nextCard<C extends Schedule>(
	queue: DueQueue<C>,
	cards: readonly DeckCard<C>[],
	now: Date,
	today: string
): DeckCard<C> | undefined {
	const first = queue.learning[0] ?? queue.review[0] ?? queue.new[0];
	if (first) return first;
	const horizon = now.getTime() + LEARN_AHEAD_MS;
	return cards
		.filter((c) => isActive(c, today) && isLearning(c.card) && c.card.due.getTime() <= horizon)
		.sort((a, b) => a.card.due.getTime() - b.card.due.getTime())[0];
}

/** When the next studied card falls due (new cards aside), or undefined if none is scheduled. */
export function nextDue(cards: readonly DeckCard[]): Date | undefined {
	let next: Date | undefined;
	for (const c of cards)
		if (!c.suspended && c.card.state !== CardState.New && (!next || c.card.due < next))
			next = c.card.due;
	return next;
}

/**
 * What the next study day holds: studied cards due before it ends (`tomorrowEnds`), capped by
 * the review limit, and new cards up to the new-card limit.
 */
export function tomorrowCounts(
	cards: readonly DeckCard[],
	tomorrowEnds: Date,
	limits: DailyLimits = DEFAULT_LIMITS
): { reviews: number; new: number } {
	let reviews = 0;
	let fresh = 0;
	for (const c of cards) {
		if (c.suspended) continue;
		if (c.card.state === CardState.New) fresh++;
		else if (c.card.due.getTime() < tomorrowEnds.getTime()) reviews++;
	}
	return {
		reviews: Math.min(reviews, limits.reviewsPerDay),
		new: Math.min(fresh, limits.newPerDay)
	};
}
