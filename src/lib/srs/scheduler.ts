import {
	Rating,
	createEmptyCard,
	fsrs,
	generatorParameters,
	type Card,
	type Grade,
	type ReviewLog
} from 'ts-fsrs';

// The only importer of ts-fsrs. Time is always passed in; nothing here reads the clock.

export type { Card, ReviewLog };

/** The four answers to a flashcard, as Anki names them. */
export const GRADES = [
	{ grade: Rating.Again, label: 'Again', key: '1' },
	{ grade: Rating.Hard, label: 'Hard', key: '2' },
	{ grade: Rating.Good, label: 'Good', key: '3' },
	{ grade: Rating.Easy, label: 'Easy', key: '4' }
] as const;

export type GradeValue = (typeof GRADES)[number]['grade'];

export const RETENTION = { min: 0.8, max: 0.97, default: 0.9 } as const;

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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** An interval as Anki prints it on a button: 1m, 10m, 3h, 8d, 2mo, 1.5y. */
export function formatInterval(ms: number): string {
	if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	const days = ms / DAY;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${Math.round((days / 30) * 10) / 10}mo`.replace('.0mo', 'mo');
	return `${Math.round((days / 365) * 10) / 10}y`.replace('.0y', 'y');
}
