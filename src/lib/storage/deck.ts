import * as v from 'valibot';
import { BUCKET_PREFIX, cardKey, entryName, isBucket, withCard } from './card-buckets';
import type { KeyValueStore } from './kv';
import type { ReadableStore } from './kv-read';
import { SCHEMA_VERSION } from './migrations';
import { updateIfCurrent } from './open';

// Flashcard state, one record per fact kept in buckets (card-buckets.ts), and the review log in
// one chunk per study day, so loading the deck reads card states only and a day's reviews are
// one read.

// Bounds far beyond any real schedule: a value past them is damage, not data.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);
const date = v.pipe(
	// A Date first: records read from IndexedDB hold Dates, and a union tries its options in order.
	v.union([v.date(), v.string(), v.number()]),
	v.transform((value) => new Date(value)),
	v.check((d) => d.getTime() >= EARLIEST && d.getTime() <= LATEST, 'is not a plausible date')
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const real = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1_000_000));

/** A ts-fsrs card as stored; dates may come back as strings after an export round trip. */
const StoredCardSchema = v.object({
	due: date,
	stability: real,
	difficulty: v.pipe(v.number(), v.minValue(0), v.maxValue(10)),
	elapsed_days: real,
	scheduled_days: real,
	learning_steps: count,
	reps: count,
	lapses: count,
	state: v.picklist([0, 1, 2, 3]),
	last_review: v.optional(date)
});

export const CardRecordSchema = v.object({
	schema: v.literal(SCHEMA_VERSION),
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
	card: StoredCardSchema,
	suspended: v.boolean(),
	buriedUntil: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
	/** When this state was written: a stale tab's older state never replaces a newer one. */
	updatedAt: v.pipe(v.number(), v.minValue(EARLIEST), v.maxValue(LATEST))
});

export type CardRecord = v.InferOutput<typeof CardRecordSchema>;

/** Checks a stored card record; a damaged one is set aside by the caller, never trusted. */
export function readCardRecord(value: unknown): CardRecord | undefined {
	const result = v.safeParse(CardRecordSchema, value);
	return result.success ? result.output : undefined;
}

/** A fact's card as stored in its bucket, if it is there and passes its checks. */
export function cardIn(bucket: unknown, id: string): CardRecord | undefined {
	if (!isBucket(bucket) || !Object.hasOwn(bucket, id)) return undefined;
	const record = readCardRecord(bucket[id]);
	return record?.id === id ? record : undefined;
}

/**
 * Every card record, and the names of those that failed their checks (kept, not deleted): a
 * bucket that is not an object by its key, a damaged card as `cards:NNN/<fact id>`.
 */
export async function loadDeck(
	store: ReadableStore
): Promise<{ cards: CardRecord[]; corrupt: string[] }> {
	const cards: CardRecord[] = [];
	const corrupt: string[] = [];
	for (const [key, bucket] of await store.entries(BUCKET_PREFIX)) {
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

/** One fact's stored card, if it passes its checks. */
export async function readCard(store: ReadableStore, id: string): Promise<CardRecord | undefined> {
	return cardIn(await store.get(cardKey(id)), id);
}

/** What is stored under a name `loadDeck` reported: a whole record, or one bucket's entry. */
export async function readStoredValue(store: ReadableStore, name: string): Promise<unknown> {
	const [key, id] = name.split('/', 2) as [string, string | undefined];
	const value = await store.get(key);
	return id !== undefined && isBucket(value) ? value[id] : value;
}

/**
 * Writes a card's state unless the stored one is newer (another tab reviewed it since):
 * returns false then, and nothing is overwritten. Read and write share one transaction.
 */
export async function saveCardRecord(store: KeyValueStore, record: CardRecord): Promise<boolean> {
	return updateCardRecord(
		store,
		record.id,
		(stored) => (stored && stored.updatedAt > record.updatedAt ? undefined : record),
		true
	);
}

/**
 * Changes a stored card record in one transaction (so no other tab's write slips in between);
 * a missing (unless `create`) or damaged record is left alone, and so is one `change` returns
 * undefined for. Returns whether it wrote.
 */
export async function updateCardRecord(
	store: KeyValueStore,
	id: string,
	change: (record: CardRecord | undefined) => CardRecord | undefined,
	create = false
): Promise<boolean> {
	let written = false;
	await updateIfCurrent(store, [cardKey(id)], ([bucket]) => {
		const stored = cardIn(bucket, id);
		const damaged =
			bucket !== undefined && (!isBucket(bucket) || (!stored && Object.hasOwn(bucket, id)));
		if (damaged || (!stored && !create)) return undefined;
		const next = change(stored);
		if (!next) return undefined;
		written = true;
		return [withCard(bucket, id, next)];
	});
	return written;
}
