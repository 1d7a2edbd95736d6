import { CardState } from './options';
import type { Schedule } from './queue';

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
