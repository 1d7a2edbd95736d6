import * as v from 'valibot';
import type { KeyValueStore } from './kv';
import { readRecords } from './records';
import { SCHEMA_VERSION } from './migrations';
import { updateIfCurrent } from './open';

// Flashcard state, one record per fact, and the review log in one chunk per study day, so
// loading the deck reads card states only and a day's reviews are one read.

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

const CARD = 'card:';
const LOG = 'log:';

/** Checks a stored card record; a damaged one is set aside by the caller, never trusted. */
export function readCardRecord(value: unknown): CardRecord | undefined {
	const result = v.safeParse(CardRecordSchema, value);
	return result.success ? result.output : undefined;
}

/** Every card record, and the keys of records that failed their checks (kept, not deleted). */
export async function loadDeck(
	store: KeyValueStore
): Promise<{ cards: CardRecord[]; corrupt: string[] }> {
	const { records, corrupt } = await readRecords(store, CARD, (key, value) => {
		const record = readCardRecord(value);
		return record && key === `${CARD}${record.id}` ? record : undefined;
	});
	return { cards: records, corrupt };
}

/**
 * Writes a card's state unless the stored one is newer (another tab reviewed it since):
 * returns false then, and nothing is overwritten. Read and write share one transaction.
 */
export async function saveCardRecord(store: KeyValueStore, record: CardRecord): Promise<boolean> {
	let written = false;
	await store.update(`${CARD}${record.id}`, (old) => {
		const stored = readCardRecord(old);
		if (stored && stored.updatedAt > record.updatedAt) return old;
		written = true;
		return record;
	});
	return written;
}

/**
 * Changes a stored card record in one transaction (so no other tab's write slips in between);
 * a missing or damaged record is left alone, and so is one `change` returns undefined for.
 * Returns whether it wrote.
 */
export async function updateCardRecord(
	store: KeyValueStore,
	id: string,
	change: (record: CardRecord) => CardRecord | undefined
): Promise<boolean> {
	let written = false;
	await updateIfCurrent(store, [`${CARD}${id}`], ([old]) => {
		const stored = readCardRecord(old);
		const next = stored && stored.id === id ? change(stored) : undefined;
		if (!next) return undefined;
		written = true;
		return [next];
	});
	return written;
}

/** Appends review-log entries to their study day's chunk (one transaction). */
export async function appendToLog(
	store: KeyValueStore,
	day: string,
	entries: unknown[]
): Promise<void> {
	await store.update(`${LOG}${day}`, (old) => [...(Array.isArray(old) ? old : []), ...entries]);
}

/** One study day's review log. */
export async function readLog(store: KeyValueStore, day: string): Promise<unknown[]> {
	const value = await store.get(`${LOG}${day}`);
	return Array.isArray(value) ? value : [];
}
