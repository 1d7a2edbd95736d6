// Today's queue, from due dates and states alone: free of ts-fsrs, so the home page can count
// what is due without loading the scheduler.

/** ts-fsrs card states by value (ts-fsrs `State`), named here so this file needs no import. */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;

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

export const DEFAULT_LIMITS: DailyLimits = { newPerDay: 20, reviewsPerDay: 200 };

/** What was already studied in the current study day. */
export interface DoneToday {
	newCards: number;
	reviews: number;
}

export interface DueQueue<C extends Schedule = Schedule> {
	learning: DeckCard<C>[];
	review: DeckCard<C>[];
	new: DeckCard<C>[];
}

/** As in Anki: with nothing else left, a learning card due within 20 minutes is shown early. */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Whether a card is in its (re)learning steps. */
export const isLearning = (card: Schedule) =>
	card.state === CardState.Learning || card.state === CardState.Relearning;

const isActive = (c: DeckCard, today: string) =>
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
	const active = cards.filter((c) => isActive(c, today));
	const due = (c: DeckCard<C>) => c.card.due.getTime() <= now.getTime();
	const byDue = (a: DeckCard<C>, b: DeckCard<C>) => a.card.due.getTime() - b.card.due.getTime();
	return {
		learning: active.filter((c) => isLearning(c.card) && due(c)).sort(byDue),
		review: active
			.filter((c) => c.card.state === CardState.Review && due(c))
			.sort(byDue)
			.slice(0, Math.max(0, limits.reviewsPerDay - done.reviews)),
		new: active
			.filter((c) => c.card.state === CardState.New)
			.slice(0, Math.max(0, limits.newPerDay - done.newCards))
	};
}

/** The counts shown above the study screen and on the home page. */
export function queueCounts(queue: DueQueue): { new: number; learning: number; due: number } {
	return { new: queue.new.length, learning: queue.learning.length, due: queue.review.length };
}

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

/**
 * A wrong quiz answer on a fact brings its card forward: due now. Only `due` changes; the
 * stability, difficulty and review history stay, so the quiz answer is not a review. When the
 * card is then reviewed early, FSRS sees little elapsed time and high retrievability, which
 * gives a smaller stability gain than an on-time review: bringing a card forward can never
 * inflate its stability. A card never studied is left alone: it is already waiting as new.
 */
export function bringForward<C extends Schedule>(card: C, now: Date): C {
	return card.state !== CardState.New && card.due.getTime() > now.getTime()
		? { ...card, due: new Date(now) }
		: card;
}
