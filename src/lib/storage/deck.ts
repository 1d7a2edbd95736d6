import { cardIn, withCard } from './bucket-entry';
import { cardKey, isBucket } from './card-buckets';
import type { CardRecord } from './card-record';
import type { KeyValueStore } from './kv';
import type { ReadableStore } from './kv-read';
import { updateIfCurrent } from './open';

// Reading and writing flashcard states, one record per fact kept in buckets (card-buckets.ts).
// The check of a stored card is card-record.ts's, apart from this file so the home page's counts
// (schedules.ts) use the very check /study does without loading the writes.

// The deck's read (all cards, and the damaged names) is card-record.ts's, which the home page's
// counts share.
export { loadDeck } from './card-record';

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
