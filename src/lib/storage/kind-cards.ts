import * as v from 'valibot';
import { cardIn, withCard } from './bucket-entry';
import { BUCKET_PREFIX, cardKey, entryName, isBucket } from './card-buckets';
import { cardFault, readCardRecord, type CardRecord } from './card-record';
import { loadDeck, readStoredValue } from './deck';
import { checkedList, planById, restampFrom1, type RecordKind } from './kind';
import { millis } from './file-time';

/** Flashcard states, one per fact, in bucket records (`cards:NNN`). */
export const cardsKind: RecordKind<'cards', CardRecord[], CardRecord> = {
	name: 'cards',
	prefix: BUCKET_PREFIX,
	label: 'card',
	noun: ['card', 'cards'],
	schema: v.pipe(
		checkedList(
			100_000,
			readCardRecord,
			(value, i) => `card ${i + 1} fails its check of ${cardFault(value)}`
		),
		v.check(
			(cards) => new Set(cards.map((c) => c.id)).size === cards.length,
			'a card appears twice'
		)
	),
	file: (cards) => cards.map(fileCard),
	upgrade: restampFrom1,
	load: loadDeck,
	readStored: readStoredValue,
	count: (cards) => cards.length,
	/** Each card takes the newer of the two states. */
	plan: (current, incoming, damaged) =>
		planById(
			current,
			incoming,
			(mine, card) => (card.updatedAt > mine.updatedAt ? card : undefined),
			// A damaged card is named by its entry, a damaged bucket by its key (card-record.ts).
			(id) => damaged.has(cardKey(id)) || damaged.has(entryName(cardKey(id), id))
		),
	writes(cards) {
		const buckets = new Map<string, CardRecord[]>();
		for (const card of cards) {
			const key = cardKey(card.id);
			const list = buckets.get(key);
			if (list) list.push(card);
			else buckets.set(key, [card]);
		}
		return [...buckets].map(([key, cards]) => [key, (bucket) => mergeCards(bucket, cards)]);
	}
};

/**
 * A bucket with the incoming cards that are newer than what it holds; undefined: unchanged.
 * Copied once, at the first card that changes it, not once a card (a bucket holds about 40).
 */
function mergeCards(bucket: unknown, cards: CardRecord[]): unknown {
	if (bucket !== undefined && !isBucket(bucket)) return undefined;
	let merged: Record<string, unknown> | undefined;
	for (const card of cards) {
		const stored = cardIn(merged ?? bucket, card.id);
		const damaged = !stored && isBucket(bucket) && Object.hasOwn(bucket, card.id);
		if (damaged || (stored && stored.updatedAt >= card.updatedAt)) continue;
		if (merged) merged[card.id] = card;
		else merged = withCard(bucket, card.id, card);
	}
	return merged;
}

/** A card as a backup file holds it, built as one literal: its dates as milliseconds. */
function fileCard(record: CardRecord) {
	const { card } = record;
	return {
		schema: record.schema,
		id: record.id,
		card: {
			due: millis(card.due),
			stability: card.stability,
			difficulty: card.difficulty,
			elapsed_days: card.elapsed_days,
			scheduled_days: card.scheduled_days,
			learning_steps: card.learning_steps,
			reps: card.reps,
			lapses: card.lapses,
			state: card.state,
			last_review: millis(card.last_review)
		},
		suspended: record.suspended,
		buriedUntil: record.buriedUntil,
		updatedAt: record.updatedAt
	};
}
