import { cardKey, entryName, isBucket } from './card-buckets';
import { SCHEMA_VERSION } from './schema-version';

// The one check of a stored card record, for the home page's counts and for study alike, so
// both leave out the same damaged cards. By hand, table-driven, without valibot or ts-fsrs:
// the home page runs it and carries neither.

/** A ts-fsrs card as stored (the fields the app keeps of it). */
export interface StoredCard {
	due: Date;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	/** ts-fsrs `State`: New, Learning, Review, Relearning. */
	state: 0 | 1 | 2 | 3;
	last_review?: Date;
}

/** One fact's flashcard state as stored in its bucket. */
export interface CardRecord {
	schema: typeof SCHEMA_VERSION;
	id: string;
	card: StoredCard;
	suspended: boolean;
	buriedUntil: string | null;
	/** When this state was written: a stale tab's older state never replaces a newer one. */
	updatedAt: number;
}

type Check = (value: unknown) => boolean;

// Bounds far beyond any real schedule: a value past them is damage, not data.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

const between =
	(min: number, max: number, integer = false): Check =>
	(value) =>
		typeof value === 'number' &&
		value >= min &&
		value <= max &&
		(!integer || Number.isInteger(value));

// A Date as IndexedDB keeps it, or a string or number after a trip through JSON (a backup).
const time: Check = (value) => {
	const ms =
		value instanceof Date
			? value.getTime()
			: typeof value === 'string' || typeof value === 'number'
				? new Date(value).getTime()
				: NaN;
	return ms >= EARLIEST && ms <= LATEST;
};
const real = between(0, 1_000_000);
const count = between(0, 1_000_000, true);

const RECORD: [keyof CardRecord, Check][] = [
	['schema', (value) => value === SCHEMA_VERSION],
	['id', (value) => typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)],
	['card', isBucket],
	['suspended', (value) => typeof value === 'boolean'],
	[
		'buriedUntil',
		(value) => value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
	],
	['updatedAt', between(EARLIEST, LATEST)]
];

const CARD: [keyof StoredCard, Check][] = [
	['due', time],
	['stability', real],
	['difficulty', between(0, 10)],
	['elapsed_days', real],
	['scheduled_days', real],
	['learning_steps', count],
	['reps', count],
	['lapses', count],
	['state', between(0, 3, true)],
	['last_review', (value) => value === undefined || time(value)]
];

/** The first field of a card record that fails its check (`card.due`), or undefined if none. */
export function cardFault(value: unknown): string | undefined {
	if (!isBucket(value)) return 'record';
	for (const [field, ok] of RECORD) if (!ok(value[field])) return field;
	const card = value.card as Record<string, unknown>;
	for (const [field, ok] of CARD) if (!ok(card[field])) return `card.${field}`;
	return undefined;
}

/** The fields of a table that are there, copied (anything else a record holds is left out). */
function pick(source: Record<string, unknown>, fields: [string, Check][]) {
	const copy: Record<string, unknown> = {};
	for (const [field] of fields) if (source[field] !== undefined) copy[field] = source[field];
	return copy;
}

/** Checks a stored card record; a damaged one is set aside by the caller, never trusted. */
export function readCardRecord(value: unknown): CardRecord | undefined {
	if (cardFault(value) !== undefined) return undefined;
	const record = pick(value as Record<string, unknown>, RECORD);
	const card = pick(record.card as Record<string, unknown>, CARD);
	// Dates alive again after a trip through JSON (a backup), and copies of those IndexedDB gave.
	card.due = new Date(card.due as Date);
	if (card.last_review !== undefined) card.last_review = new Date(card.last_review as Date);
	record.card = card;
	return record as unknown as CardRecord;
}

/** A fact's card as stored in its bucket, if it is there and passes its checks. */
export function cardIn(bucket: unknown, id: string): CardRecord | undefined {
	if (!isBucket(bucket) || !Object.hasOwn(bucket, id)) return undefined;
	const record = readCardRecord(bucket[id]);
	return record?.id === id ? record : undefined;
}

/**
 * The cards of stored bucket records, and the names of what failed its checks (kept, never
 * deleted): a bucket that is not a plain object by its key, a damaged card, or one filed in
 * the wrong bucket, as `cards:NNN/<fact id>`.
 */
export function readBuckets(buckets: [string, unknown][]): {
	cards: CardRecord[];
	corrupt: string[];
} {
	const cards: CardRecord[] = [];
	const corrupt: string[] = [];
	for (const [key, bucket] of buckets) {
		if (!isBucket(bucket)) {
			corrupt.push(key);
			continue;
		}
		for (const id of Object.keys(bucket)) {
			const record = cardKey(id) === key ? cardIn(bucket, id) : undefined;
			if (record) cards.push(record);
			else corrupt.push(entryName(key, id));
		}
	}
	return { cards, corrupt };
}
