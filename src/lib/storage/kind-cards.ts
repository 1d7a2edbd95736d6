import * as v from 'valibot';
import { BUCKET_PREFIX, cardKey, isBucket, withCard } from './card-buckets';
import { cardFault, cardIn, readCardRecord, type CardRecord } from './card-record';
import { loadDeck, readStoredValue } from './deck';
import { checkedList, restampFrom1, type RecordKind } from './kind';

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
	upgrade: restampFrom1,
	async load(store) {
		const { cards, corrupt } = await loadDeck(store);
		return { data: cards, damaged: corrupt };
	},
	readStored: readStoredValue,
	count: (cards) => cards.length,
	/** Each card takes the newer of the two states. */
	plan(current, incoming) {
		const stored = new Map(current.map((c) => [c.id, c]));
		const records: CardRecord[] = [];
		let added = 0;
		let updated = 0;
		for (const card of incoming) {
			const mine = stored.get(card.id);
			if (!mine) added++;
			else if (card.updatedAt > mine.updatedAt) updated++;
			else continue;
			records.push(card);
		}
		return { records, added, updated };
	},
	writes(cards) {
		const buckets = new Map<string, CardRecord[]>();
		for (const card of cards)
			buckets.set(cardKey(card.id), [...(buckets.get(cardKey(card.id)) ?? []), card]);
		return [...buckets].map(([key, cards]) => [key, (bucket) => mergeCards(bucket, cards)]);
	}
};

/** A bucket with the incoming cards that are newer than what it holds; undefined: unchanged. */
function mergeCards(bucket: unknown, cards: CardRecord[]): unknown {
	if (bucket !== undefined && !isBucket(bucket)) return undefined;
	let merged = bucket;
	for (const card of cards) {
		const stored = cardIn(merged, card.id);
		const damaged = !stored && isBucket(merged) && Object.hasOwn(merged, card.id);
		if (damaged || (stored && stored.updatedAt >= card.updatedAt)) continue;
		merged = withCard(merged, card.id, card);
	}
	return merged === bucket ? undefined : merged;
}
