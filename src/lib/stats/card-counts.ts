import { dayNumber, todayNumber } from './days';
import type { CardCounts, CardSnapshot, StatsClock } from './types';

/** Whether a card is buried today: buried until a study day after today's. */
export const isBuried = (card: CardSnapshot, today: number): boolean =>
	card.buriedUntil !== null && dayNumber(card.buriedUntil) > today;

const BY_STATE = ['new', 'learning', 'review', 'relearning'] as const;

/**
 * Cards by state, each card counted once, as Anki's card counts: suspended first, then buried
 * (until a later study day), then by state (new, learning, review, relearning); the parts add
 * up to `total`.
 */
export function cardCounts(cards: readonly CardSnapshot[], clock: StatsClock): CardCounts {
	const today = todayNumber(clock);
	const counts: CardCounts = {
		new: 0,
		learning: 0,
		review: 0,
		relearning: 0,
		suspended: 0,
		buried: 0,
		total: cards.length
	};
	for (const card of cards) {
		if (card.suspended) counts.suspended += 1;
		else if (isBuried(card, today)) counts.buried += 1;
		else counts[BY_STATE[card.state]] += 1;
	}
	return counts;
}
