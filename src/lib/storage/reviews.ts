import type { KeyValueStore } from './kv';
import { cardKey, isBucket, withCard } from './card-buckets';
import { cardIn, type CardRecord } from './deck';
import type { LogEntry } from './log-chunks';
import { logKey } from './log-key';
import { updateIfCurrent } from './open';

// A review is one transaction: the card's new state and its log entry land together, or
// neither does. Both refuse to write over a card another tab changed in the meantime.

/** A review-log entry: the ts-fsrs log of one review, with its own id and the card's. */
export interface ReviewEntry extends LogEntry {
	cardId: string;
	/** The state the card was in before this review (ts-fsrs `State`). */
	state: number;
	rating: number;
	review: Date;
	[field: string]: unknown;
}

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
 * Stores a change to a card: its new state and, for a review, the log entry appended to its
 * study day's chunk, in one transaction. `base` is the card as it was shown; if another tab
 * has changed it since, nothing is written and the result is 'stale'.
 */
export async function saveReview(
	store: KeyValueStore,
	review: { record: CardRecord; base: CardRecord | undefined; day: string; entry?: ReviewEntry }
): Promise<WriteResult> {
	let result: WriteResult = 'stale';
	const { record } = review;
	await updateIfCurrent(store, [cardKey(record.id), logKey(review.day)], ([bucket, log]) => {
		if (!unchanged(bucket, record.id, review.base)) return undefined;
		result = 'saved';
		const cards = withCard(bucket, record.id, record);
		if (!review.entry) return [cards, undefined];
		return [cards, [...(Array.isArray(log) ? log : []), review.entry]];
	});
	return result;
}

/**
 * Undoes a review: the card goes back to `restored` and the entry leaves the log, in one
 * transaction, unless another tab has changed the card since (then 'stale', nothing written).
 */
export async function undoReview(
	store: KeyValueStore,
	undo: { restored: CardRecord; reviewed: CardRecord; day: string; entryId?: string }
): Promise<WriteResult> {
	let result: WriteResult = 'stale';
	const { restored } = undo;
	await updateIfCurrent(store, [cardKey(restored.id), logKey(undo.day)], ([bucket, log]) => {
		if (!unchanged(bucket, restored.id, undo.reviewed)) return undefined;
		result = 'saved';
		const cards = withCard(bucket, restored.id, restored);
		if (undo.entryId === undefined) return [cards, undefined];
		const entries = Array.isArray(log) ? log : [];
		return [cards, entries.filter((e) => (e as { id?: unknown } | null)?.id !== undo.entryId)];
	});
	return result;
}
