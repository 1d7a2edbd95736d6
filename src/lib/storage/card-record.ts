import { BUCKET_PREFIX, BUCKET_SPLITS, bucketNumber, entryName, isBucket } from './card-buckets';
import type { ReadableStore } from './kv-read';
import type { Loaded } from './records';
import { SCHEMA_VERSION } from './schema-version';
import { EARLIEST, LATEST, between, time, timeOf } from './stored-time';

// The one check of a stored card record, for the home page's counts and for study alike, so
// both leave out the same damaged cards. By hand, without valibot or ts-fsrs:
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

const FACT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// Written straight, one test a field, with no tables of closures and no copying loops: study
// and the home page run it on every card of the deck, 10,000 of them before the first card
// shows, in a page whose code has not warmed up yet.

const count = (value: unknown): boolean => between(value, 0, 1_000_000) && Number.isInteger(value);

/** The first field of a card record that fails its check (`card.due`), or undefined if none. */
export function cardFault(value: unknown): string | undefined {
	if (!isBucket(value)) return 'record';
	if (value.schema !== SCHEMA_VERSION) return 'schema';
	if (typeof value.id !== 'string' || !FACT_ID.test(value.id)) return 'id';
	const card = value.card;
	if (!isBucket(card)) return 'card';
	if (typeof value.suspended !== 'boolean') return 'suspended';
	const buried = value.buriedUntil;
	if (buried !== null && (typeof buried !== 'string' || !DAY.test(buried))) return 'buriedUntil';
	if (!between(value.updatedAt, EARLIEST, LATEST)) return 'updatedAt';
	if (!time(card.due)) return 'card.due';
	if (!between(card.stability, 0, 1_000_000)) return 'card.stability';
	if (!between(card.difficulty, 0, 10)) return 'card.difficulty';
	if (!between(card.elapsed_days, 0, 1_000_000)) return 'card.elapsed_days';
	if (!between(card.scheduled_days, 0, 1_000_000)) return 'card.scheduled_days';
	if (!count(card.learning_steps)) return 'card.learning_steps';
	if (!count(card.reps)) return 'card.reps';
	if (!count(card.lapses)) return 'card.lapses';
	if (!between(card.state, 0, 3) || !Number.isInteger(card.state)) return 'card.state';
	if (card.last_review !== undefined && !time(card.last_review)) return 'card.last_review';
	return undefined;
}

/**
 * Checks a stored card record; a damaged one is set aside by the caller, never trusted. What
 * passes holds only the record's own fields, and its dates are Dates. A record read from
 * IndexedDB that is already so is returned as it is: the structured clone made it this page's own
 * object, and copying 10,000 of them before the first card shows is garbage for nothing, which
 * the collector then pays for while the deck loads. Any other (a backup's millisecond dates, or
 * a record with fields of no use here) is copied field by field, and what else it holds is left
 * out.
 */
export function readCardRecord(value: unknown): CardRecord | undefined {
	if (cardFault(value) !== undefined) return undefined;
	const record = value as unknown as CardRecord;
	const stored = record.card;
	if (isOwn(record, stored)) return record;
	const card: StoredCard = {
		due: new Date(timeOf(stored.due)),
		stability: stored.stability,
		difficulty: stored.difficulty,
		elapsed_days: stored.elapsed_days,
		scheduled_days: stored.scheduled_days,
		learning_steps: stored.learning_steps,
		reps: stored.reps,
		lapses: stored.lapses,
		state: stored.state
	};
	if (stored.last_review !== undefined) card.last_review = new Date(timeOf(stored.last_review));
	return {
		schema: record.schema,
		id: record.id,
		card,
		suspended: record.suspended,
		buriedUntil: record.buriedUntil,
		updatedAt: record.updatedAt
	};
}

/** The fields of a stored card record, and of its card (`last_review` may be absent). */
const RECORD_FIELDS = 6;
const CARD_FIELDS = 9;

/**
 * Whether a checked record is already what `readCardRecord` would copy it to: Dates, and no other
 * field. The check found every field there, so the two objects' fields together number exactly
 * so many when there is no other. Counted by a bare for-in, without a list of keys (20,000 lists
 * when a deck loads): a plain object inherits none, and if something ever added one to
 * Object.prototype, the count is over and the record is copied, which is safe.
 */
function isOwn(record: CardRecord, card: StoredCard): boolean {
	const last = card.last_review;
	if (!(card.due instanceof Date) || (last !== undefined && !(last instanceof Date))) return false;
	let fields = 0;
	for (const _field in record) fields++;
	for (const _field in card) fields++;
	// `last_review` may be there as undefined: ts-fsrs makes a new card so.
	return fields === RECORD_FIELDS + CARD_FIELDS + ('last_review' in card ? 1 : 0);
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
		// The bucket's number, to compare with each card's as a number: no key string per card.
		const digits = key.slice(BUCKET_PREFIX.length);
		const number = key.startsWith(BUCKET_PREFIX) && /^\d{3}$/.test(digits) ? Number(digits) : -1;
		for (const id of Object.keys(bucket)) {
			const record = bucketNumber(id) === number ? readCardRecord(bucket[id]) : undefined;
			if (record?.id === id) cards.push(record);
			else corrupt.push(entryName(key, id));
		}
	}
	return { cards, corrupt };
}

/**
 * Every stored card that passes its checks, and the names of what failed them (kept, never
 * deleted), read as the home page's counts and /study both read the deck: the buckets in parts
 * (BUCKET_SPLITS), each checked as it comes while the next is read.
 */
export async function loadDeck(store: ReadableStore): Promise<Loaded<CardRecord[]>> {
	const parts = await store.parts(BUCKET_PREFIX, BUCKET_SPLITS, readBuckets);
	return {
		records: parts.flatMap((part) => part.cards),
		corrupt: parts.flatMap((part) => part.corrupt)
	};
}
