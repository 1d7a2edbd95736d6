// Today's queue, from due dates and states alone: it needs no scheduler, so anything that only
// counts what is due (the home page) does without ts-fsrs.

import { CardState, NEW_PER_DAY, REVIEWS_PER_DAY } from './options';

/** What the queue needs of a card: a ts-fsrs `Card` has both fields. */
export interface Schedule {
	due: Date;
	state: number;
}

/** A fact's flashcard with what the deck knows about it besides its schedule. */
export interface DeckCard<C extends Schedule = Schedule> {
	/** The fact id from the bank. */
	id: string;
	card: C;
	suspended?: boolean;
	/** Hidden until this study day (`YYYY-MM-DD`) begins: "bury until tomorrow". */
	buriedUntil?: string | null;
}

export interface DailyLimits {
	newPerDay: number;
	reviewsPerDay: number;
}

export const DEFAULT_LIMITS: DailyLimits = {
	newPerDay: NEW_PER_DAY.default,
	reviewsPerDay: REVIEWS_PER_DAY.default
};

/** What was already studied in the current study day. */
export interface DoneToday {
	newCards: number;
	reviews: number;
}

/**
 * Which daily limit a review of a card in `state` (before the review) counts against: new cards
 * introduced and review-state cards reviewed; learning steps count toward neither, as in Anki.
 */
export const countedAs = (state: unknown): keyof DoneToday | undefined =>
	state === CardState.New ? 'newCards' : state === CardState.Review ? 'reviews' : undefined;

export interface DueQueue<C extends Schedule = Schedule> {
	learning: DeckCard<C>[];
	review: DeckCard<C>[];
	new: DeckCard<C>[];
}

/** Whether a card is in its (re)learning steps. */
export const isLearning = (card: Schedule) =>
	card.state === CardState.Learning || card.state === CardState.Relearning;

/** Whether a card takes part in study today (not suspended, not buried past `today`). */
export const isActive = (c: DeckCard, today: string) =>
	!c.suspended && !(c.buriedUntil && c.buriedUntil > today);

/**
 * Today's queue, as Anki builds it: cards in (re)learning that are due, then reviews due
 * (oldest first) up to what is left of the daily review limit, then new cards in deck order up
 * to what is left of the new-card limit. Suspended cards and cards buried until a later study
 * day are left out.
 */
export function dueQueue<C extends Schedule>(
	cards: readonly DeckCard<C>[],
	now: Date,
	today: string,
	limits: DailyLimits = DEFAULT_LIMITS,
	done: DoneToday = { newCards: 0, reviews: 0 }
): DueQueue<C> {
	// One pass over the deck: it runs after every answer, over up to tens of thousands of cards.
	const time = now.getTime();
	const queue: DueQueue<C> = { learning: [], review: [], new: [] };
	for (const c of cards) {
		if (!isActive(c, today)) continue;
		if (c.card.state === CardState.New) queue.new.push(c);
		else if (c.card.due.getTime() > time) continue;
		else if (c.card.state === CardState.Review) queue.review.push(c);
		else queue.learning.push(c);
	}
	const byDue = (a: DeckCard<C>, b: DeckCard<C>) => a.card.due.getTime() - b.card.due.getTime();
	return {
		learning: queue.learning.sort(byDue),
		review: queue.review.sort(byDue).slice(0, Math.max(0, limits.reviewsPerDay - done.reviews)),
		new: queue.new.slice(0, Math.max(0, limits.newPerDay - done.newCards))
	};
}

/** The counts shown above the study screen and on the home page. */
export function queueCounts(queue: DueQueue): { new: number; learning: number; due: number } {
	return { new: queue.new.length, learning: queue.learning.length, due: queue.review.length };
}
