import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	type Card,
	type Grade,
	type ReviewLog
} from 'ts-fsrs';

import { GRADES, type GradeValue } from './grades';
import { RETENTION } from './options';

// The only importer of ts-fsrs. Time is always passed in; nothing here reads the clock.

export type { Card, ReviewLog };

/** A scheduler at a desired retention; reviews are fuzzed, previews are not (as Anki shows). */
export function createScheduler(retention: number = RETENTION.default) {
	const request_retention = Math.min(RETENTION.max, Math.max(RETENTION.min, retention));
	const reviewing = fsrs(generatorParameters({ request_retention, enable_fuzz: true }));
	const previewing = fsrs(generatorParameters({ request_retention, enable_fuzz: false }));
	return {
		/** A card never studied, due now. */
		newCard: (now: Date): Card => createEmptyCard(now),
		/** The card after answering it with a grade at `now`, and the log entry to keep. */
		review: (card: Card, grade: GradeValue, now: Date): { card: Card; log: ReviewLog } =>
			reviewing.next(card, now, grade as Grade),
		/** How long until the card is due again after each grade, in milliseconds. */
		preview: (card: Card, now: Date): Record<GradeValue, number> => {
			const outcomes = previewing.repeat(card, now);
			return Object.fromEntries(
				GRADES.map(({ grade }) => [
					grade,
					outcomes[grade as Grade].card.due.getTime() - now.getTime()
				])
			) as Record<GradeValue, number>;
		},
		/** The card as it was before the review `log` recorded (undo). */
		undo: (card: Card, log: ReviewLog): Card => reviewing.rollback(card, log)
	};
}
