import type { CardRecord } from '$lib/storage/card-record';
import type { StoredAttempt } from '$lib/storage/attempts';
import { listAttempts } from '$lib/storage/attempts';
import { loadDeck } from '$lib/storage/deck';
import type { KeyValueStore } from '$lib/storage/kv';
import { loadLogChunks } from '$lib/storage/log-chunks';
import { loadSettings } from '$lib/storage/settings';
import type { CardSnapshot, Review } from '$lib/stats/types';

// What the stats page reads from storage, in the shapes the stats core takes. Damaged records
// are left out by the storage checks (and kept in the store, reported in Settings); the page
// only says how many.

/** Everything the stats are computed from. */
export interface StatsInputs {
	reviews: Review[];
	cards: CardSnapshot[];
	attempts: StoredAttempt[];
	/** The desired retention of the settings, 0–1. */
	retention: number;
	/** Damaged card, log and quiz records set aside. */
	damaged: number;
}

/** A stored card as the stats see it (no copy of the log, no ts-fsrs). */
export function cardSnapshot(record: CardRecord): CardSnapshot {
	const { card } = record;
	return {
		id: record.id,
		state: card.state,
		due: card.due,
		stability: card.stability,
		difficulty: card.difficulty,
		scheduled_days: card.scheduled_days,
		last_review: card.last_review,
		suspended: record.suspended,
		buriedUntil: record.buriedUntil
	};
}

/** Reads the review log, the cards, the quiz attempts and the settings in one go. */
export async function loadStatsInputs(store: KeyValueStore): Promise<StatsInputs> {
	const [log, deck, quizzes, { settings }] = await Promise.all([
		loadLogChunks(store),
		loadDeck(store),
		listAttempts(store),
		loadSettings(store)
	]);
	// A log entry is a Review already (a superset of its fields): no copy of 100,000 objects.
	const reviews: Review[] = [];
	for (const chunk of log.chunks) for (const entry of chunk.entries) reviews.push(entry);
	return {
		reviews,
		cards: deck.cards.map(cardSnapshot),
		attempts: quizzes.attempts,
		retention: settings.retention,
		damaged: log.corrupt.length + deck.corrupt.length + quizzes.corrupt.length
	};
}
