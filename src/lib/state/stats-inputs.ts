import type { CardRecord } from '$lib/storage/card-record';
import type { StoredAttempt } from '$lib/storage/attempts';
import { attemptRecords } from '$lib/storage/attempts';
import { loadDeck } from '$lib/storage/deck';
import type { KeyValueStore } from '$lib/storage/kv';
import { loadLogChunks } from '$lib/storage/log-chunks';
import { loadSettings } from '$lib/storage/settings';
import type { CardSnapshot, Review } from '$lib/stats/types';

// What the stats page reads from storage, in the shapes the stats core takes, in two parts: the
// cards (as much as /study reads) and the review log with the quizzes (a year is 100,000 entries,
// several times the cards' cost), so the cards' figures can be drawn while the log is read.
// Damaged records are left out by the storage checks (kept in the store, reported in Settings);
// the page only says how many.

/** The deck's side: every card, and the desired retention of the settings (0–1). */
export interface CardInputs {
	cards: CardSnapshot[];
	retention: number;
	damaged: number;
}

/** The history's side: every review and every quiz attempt. */
export interface LogInputs {
	reviews: Review[];
	attempts: StoredAttempt[];
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

/** Reads the cards and the settings. */
export async function loadCardInputs(store: KeyValueStore): Promise<CardInputs> {
	const [deck, { settings }] = await Promise.all([loadDeck(store), loadSettings(store)]);
	return {
		cards: deck.records.map(cardSnapshot),
		retention: settings.retention,
		damaged: deck.corrupt.length
	};
}

/** Reads the review log and the quiz attempts. */
export async function loadLogInputs(store: KeyValueStore): Promise<LogInputs> {
	const [log, quizzes] = await Promise.all([loadLogChunks(store), attemptRecords.list(store)]);
	// A log entry is a Review already (a superset of its fields): no copy of 100,000 objects.
	const reviews: Review[] = [];
	for (const chunk of log.records) for (const entry of chunk.entries) reviews.push(entry);
	return {
		reviews,
		attempts: quizzes.records,
		damaged: log.corrupt.length + quizzes.corrupt.length
	};
}
