import { State, type Card } from 'ts-fsrs';

/** A fact's flashcard with what the deck knows about it besides its schedule. */
export interface DeckCard {
	/** The fact id from the bank. */
	id: string;
	card: Card;
	suspended?: boolean;
	/** Hidden until this study day (`YYYY-MM-DD`) begins: "bury until tomorrow". */
	buriedUntil?: string;
}

export interface DailyLimits {
	newPerDay: number;
	reviewsPerDay: number;
}

export const DEFAULT_LIMITS: DailyLimits = { newPerDay: 20, reviewsPerDay: 200 };

/** What was already studied in the current study day. */
export interface DoneToday {
	newCards: number;
	reviews: number;
}

export interface DueQueue {
	learning: DeckCard[];
	review: DeckCard[];
	new: DeckCard[];
}

const isLearning = (card: Card) => card.state === State.Learning || card.state === State.Relearning;

/**
 * Today's queue, as Anki builds it: cards in (re)learning that are due, then reviews due
 * (oldest first) up to what is left of the daily review limit, then new cards in deck order up
 * to what is left of the new-card limit. Suspended cards and cards buried until a later study
 * day are left out.
 */
export function dueQueue(
	cards: readonly DeckCard[],
	now: Date,
	today: string,
	limits: DailyLimits = DEFAULT_LIMITS,
	done: DoneToday = { newCards: 0, reviews: 0 }
): DueQueue {
	const active = cards.filter((c) => !c.suspended && !(c.buriedUntil && c.buriedUntil > today));
	const due = (c: DeckCard) => c.card.due.getTime() <= now.getTime();
	const byDue = (a: DeckCard, b: DeckCard) => a.card.due.getTime() - b.card.due.getTime();
	return {
		learning: active.filter((c) => isLearning(c.card) && due(c)).sort(byDue),
		review: active
			.filter((c) => c.card.state === State.Review && due(c))
			.sort(byDue)
			.slice(0, Math.max(0, limits.reviewsPerDay - done.reviews)),
		new: active
			.filter((c) => c.card.state === State.New)
			.slice(0, Math.max(0, limits.newPerDay - done.newCards))
	};
}

/** The counts shown above the study screen and on the home page. */
export function queueCounts(queue: DueQueue): { new: number; learning: number; due: number } {
	return { new: queue.new.length, learning: queue.learning.length, due: queue.review.length };
}
