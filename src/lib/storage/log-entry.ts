// One review-log entry, checked by hand rather than with a valibot object schema: a busy
// learner's log holds 100,000 entries, read on every export and import, and a hand check neither
// copies them nor allocates issues. The fields are what the study session stores: the ts-fsrs
// review log of one grade, plus the entry's own id and the card's.

// Bounds far beyond any real review (the same as a card's dates): a value past them is damage.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** One review-log entry as stored; dates are real Dates (a backup's strings are revived). */
export interface LogEntry {
	id: string;
	/** The fact id of the card reviewed. */
	cardId: string;
	/** The grade given, 1 (Again) to 4 (Easy). */
	rating: number;
	/** The state the card was in before this review (ts-fsrs `State`, 0–3). */
	state: number;
	/** When the review happened. */
	review: Date;
	due?: Date;
	stability?: number;
	difficulty?: number;
	elapsed_days?: number;
	last_elapsed_days?: number;
	scheduled_days?: number;
	learning_steps?: number;
	/** Milliseconds from the card shown to the grade (capped by the study screen); older entries lack it. */
	took?: number;
}

const OPTIONAL_NUMBERS = [
	'stability',
	'elapsed_days',
	'last_elapsed_days',
	'scheduled_days',
	'learning_steps'
] as const;

const inRange = (value: unknown, min: number, max: number) =>
	typeof value === 'number' && value >= min && value <= max;
const isWhole = (value: unknown, min: number, max: number) =>
	Number.isInteger(value) && inRange(value, min, max);

/** A stored or exported date as a Date in the plausible range, or undefined. */
function dateOf(value: unknown): Date | undefined {
	const date =
		value instanceof Date
			? value
			: typeof value === 'string' || typeof value === 'number'
				? new Date(value)
				: undefined;
	return date && inRange(date.getTime(), EARLIEST, LATEST) ? date : undefined;
}

/**
 * Checks one entry and revives its dates in place (JSON holds them as strings), so a caller
 * must own the value (a fresh read or a parsed file). True when the entry may be trusted.
 */
export function reviveLogEntry(value: unknown): value is LogEntry {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const entry = value as Record<string, unknown>;
	if (typeof entry.id !== 'string' || entry.id === '') return false;
	if (typeof entry.cardId !== 'string' || entry.cardId === '') return false;
	if (!isWhole(entry.rating, 1, 4) || !isWhole(entry.state, 0, 3)) return false;
	for (const field of OPTIONAL_NUMBERS)
		if (entry[field] !== undefined && !inRange(entry[field], 0, 1_000_000)) return false;
	if (entry.difficulty !== undefined && !inRange(entry.difficulty, 0, 10)) return false;
	if (entry.learning_steps !== undefined && !Number.isInteger(entry.learning_steps)) return false;
	// A day is far past any cap a study screen puts on it: more is damage, not a slow answer.
	if (entry.took !== undefined && !isWhole(entry.took, 0, 86_400_000)) return false;
	const review = dateOf(entry.review);
	const due = entry.due === undefined ? undefined : dateOf(entry.due);
	if (!review || (entry.due !== undefined && !due)) return false;
	if (entry.review !== review) entry.review = review;
	if (due && entry.due !== due) entry.due = due;
	return true;
}
