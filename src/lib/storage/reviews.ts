import type { KeyValueStore } from './kv';
import { cardIn, withCard } from './bucket-entry';
import { cardKey, isBucket } from './card-buckets';
import type { CardRecord } from './card-record';
import { appendEntry, holds, isChunkOf, removeEntry } from './log-chunks';
import type { LogEntry } from './log-entry';
import { chunkPrefix } from './log-chunk-key';
import { updateScanningIfCurrent } from './open';

// A review is one transaction: the card's new state and its log entry land together, or
// neither does. Both refuse to write over a card another tab changed in the meantime. The entry
// goes into the day's newest chunk, found by a walk back from the day's last key in that same
// transaction, so the write is the same size at the day's 1st review as at its 300th.

/** A review-log entry: the ts-fsrs log of one review, with its own id and the card's. */
export type ReviewEntry = LogEntry;

export type WriteResult = 'saved' | 'stale';

/**
 * Whether the stored card is still the one the change was based on (none = never studied; a
 * damaged entry never matches, so it is never written over).
 */
function unchanged(bucket: unknown, id: string, base: CardRecord | undefined): boolean {
	if (bucket !== undefined && !isBucket(bucket)) return false;
	if (!base) return !(isBucket(bucket) && Object.hasOwn(bucket, id));
	return cardIn(bucket, id)?.updatedAt === base.updatedAt;
}

/**
 * Stores a change to a card: its new state and, for a review, the log entry added to its study
 * day's newest chunk (or a chunk of its own when that one is full or damaged), in one
 * transaction. `base` is the card as it was shown; if another tab has changed it since, nothing
 * is written and the result is 'stale'.
 */
export async function saveReview(
	store: KeyValueStore,
	review: { record: CardRecord; base: CardRecord | undefined; day: string; entry?: ReviewEntry }
): Promise<WriteResult> {
	let result: WriteResult = 'stale';
	const { record, day, entry } = review;
	const start = performance.now();
	const scans = entry ? [{ prefix: chunkPrefix(day), until: isChunkOf(day) }] : [];
	await updateScanningIfCurrent(store, [cardKey(record.id)], scans, ([bucket], [walked]) => {
		if (!unchanged(bucket, record.id, review.base)) return undefined;
		result = 'saved';
		const values = [withCard(bucket, record.id, record)];
		return { values, put: entry ? [appendEntry(day, walked ?? [], entry)] : [] };
	});
	// The bench reads this to show a review's write costs the same however full the day is.
	if (entry) performance.measure('review-write', { start });
	return result;
}

/**
 * Undoes a review: the card goes back to `restored` and the entry leaves the chunk holding it
 * (the walk back usually stops at the newest), in one transaction, unless another tab has
 * changed the card since (then 'stale', nothing written).
 */
export async function undoReview(
	store: KeyValueStore,
	undo: { restored: CardRecord; reviewed: CardRecord; day: string; entryId?: string }
): Promise<WriteResult> {
	let result: WriteResult = 'stale';
	const { restored, entryId } = undo;
	const scans =
		entryId === undefined
			? []
			: [
					{
						prefix: chunkPrefix(undo.day),
						until: (_: string, value: unknown) => holds(value, entryId)
					}
				];
	await updateScanningIfCurrent(store, [cardKey(restored.id)], scans, ([bucket], [walked]) => {
		if (!unchanged(bucket, restored.id, undo.reviewed)) return undefined;
		result = 'saved';
		const values = [withCard(bucket, restored.id, restored)];
		const left = entryId === undefined ? undefined : removeEntry(walked ?? [], entryId);
		return { values, put: left ? [left] : [] };
	});
	return result;
}
