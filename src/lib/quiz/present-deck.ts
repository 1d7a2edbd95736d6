/**
 * Where a projected quiz stands: which question, whether its answer is revealed, whether why it
 * is right (and the article's words) is shown, whether the class's answers are up, and in which
 * order the questions go (the quiz's own, or hardest first for discussing a class's results).
 * Pure: the same position and action give the same result in every window, which is what lets
 * two windows follow each other by sending positions.
 */

/** The quiz's own order, or the class's hardest questions first. */
export type DeckOrder = 'quiz' | 'hardest';

export interface DeckPosition {
	order: DeckOrder;
	/** Index into the order's sequence; `count` is the closing slide after the last question. */
	at: number;
	revealed: boolean;
	/**
	 * The reveal's second step: why the answer is right and the article's words, in place of the
	 * options (implies revealed; never with the class's answers, which sit on the options). In
	 * two steps so that each fits a projector at the back of a room's type.
	 */
	explained: boolean;
	/** The class's answers are shown (implies revealed). */
	results: boolean;
}

export type DeckAction =
	| 'next'
	| 'back'
	/**
	 * One step on, as a clicker goes: the answer, the class's answers (with results), why, then
	 * the next question.
	 */
	| 'step'
	/** One step back through the same steps, into the last step of the question before. */
	| 'unstep'
	| 'reveal'
	| 'explain'
	| 'results'
	| 'order'
	| 'first';

/** What the deck knows about the quiz it moves through. */
export interface DeckShape {
	count: number;
	/** Collected results exist, so the class's answers and the hardest-first order can be shown. */
	hasResults: boolean;
}

/** The first question, hidden, in the quiz's order. */
export const START: DeckPosition = {
	order: 'quiz',
	at: 0,
	revealed: false,
	explained: false,
	results: false
};

const onQuestion = (at: number, order: DeckOrder): DeckPosition => ({ ...START, order, at });

/** The position after `action`; an action that can't apply here leaves the position as it is. */
export function moveDeck(
	position: DeckPosition,
	action: DeckAction,
	shape: DeckShape
): DeckPosition {
	const { at, order } = position;
	const onSlide = at < shape.count;
	switch (action) {
		case 'next':
			return at < shape.count ? onQuestion(at + 1, order) : position;
		case 'back':
			return at > 0 ? onQuestion(Math.min(at, shape.count) - 1, order) : position;
		case 'first':
			return onQuestion(0, order);
		case 'step':
			if (!onSlide) return position;
			if (!position.revealed) return moveDeck(position, 'reveal', shape);
			if (shape.hasResults && !position.results && !position.explained)
				return moveDeck(position, 'results', shape);
			if (!position.explained) return moveDeck(position, 'explain', shape);
			return moveDeck(position, 'next', shape);
		case 'unstep': {
			if (position.explained)
				return shape.hasResults
					? moveDeck(position, 'results', shape)
					: moveDeck(position, 'explain', shape);
			if (position.results) return moveDeck(position, 'results', shape);
			if (position.revealed) return moveDeck(position, 'reveal', shape);
			// Into the question before as it was left, on its last step (slides go back so; and a
			// question the room has seen answered starts no countdown again).
			if (at === 0) return position;
			return {
				...onQuestion(Math.min(at, shape.count) - 1, order),
				revealed: true,
				explained: true
			};
		}
		case 'reveal':
			if (!onSlide) return position;
			return position.revealed
				? { ...position, revealed: false, explained: false, results: false }
				: { ...position, revealed: true };
		case 'explain':
			// Back to the answer on the options, or on from it (or from the question) to why.
			if (!onSlide) return position;
			return position.explained
				? { ...position, explained: false }
				: { ...position, revealed: true, explained: true, results: false };
		case 'results':
			if (!onSlide || !shape.hasResults) return position;
			return position.results
				? { ...position, results: false }
				: { ...position, revealed: true, explained: false, results: true };
		case 'order':
			// A new order starts again from its first question: "question 1" must mean its first.
			if (!shape.hasResults && order === 'quiz') return position;
			return onQuestion(0, order === 'quiz' ? 'hardest' : 'quiz');
	}
}

/**
 * The questions' positions (in the quiz) in the order they are shown: the quiz's own, or
 * `hardest` (positions, hardest first) when that order is chosen and known.
 */
export function deckSequence(
	order: DeckOrder,
	count: number,
	hardest: readonly number[] | undefined
): number[] {
	const own = Array.from({ length: count }, (_, i) => i);
	if (order === 'quiz' || !hardest || hardest.length !== count) return own;
	return [...hardest];
}

/** Whether a position read from another window fits this deck (a stale or foreign one does not). */
export function fitsDeck(position: DeckPosition, shape: DeckShape): boolean {
	return (
		Number.isInteger(position.at) &&
		position.at >= 0 &&
		position.at <= shape.count &&
		(position.order === 'quiz' || shape.hasResults) &&
		(!position.results || (shape.hasResults && position.revealed)) &&
		(!position.explained || (position.revealed && !position.results))
	);
}
