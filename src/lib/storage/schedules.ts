import { countedAs, type DoneToday } from '$lib/srs/queue';
import { loadDeck, type CardRecord } from './card-record';
import type { ReadableStore } from './kv-read';
import { isDayRecordKey, logKey } from './log-key';
import { META_KEY, readOnlyReason } from './meta';
import { READ_ONLY_WORDS } from './meta-words';

// The light reads behind the home page's due counts (no valibot, no ts-fsrs). Cards go through
// the same check as the study page's (card-record.ts), so both leave out the same damage.

/**
 * Every card record that passes its checks, and how many stored names failed them: the home
 * page counts a fact behind a damaged entry neither as studied nor as new, as /study does.
 */
export async function readSchedules(
	store: ReadableStore
): Promise<{ cards: CardRecord[]; damaged: number }> {
	const { records, corrupt } = await loadDeck(store);
	return { cards: records, damaged: corrupt.length };
}

/** Why the app would leave this store as it is (/study's words), or undefined when it is usable. */
export async function readRefusal(store: ReadableStore): Promise<string | undefined> {
	const reason = readOnlyReason(await store.get(META_KEY));
	return reason && READ_ONLY_WORDS[reason];
}

/** What was studied in a study day, from its log entries, as `countedAs` counts each review. */
export function countDone(log: unknown): DoneToday {
	const done = { newCards: 0, reviews: 0 };
	if (!Array.isArray(log)) return done;
	for (const entry of log) {
		const counted = countedAs((entry as { state?: unknown } | null)?.state);
		if (counted) done[counted]++;
	}
	return done;
}

/**
 * What was studied in a study day, from the items of its log records, in one range read (a
 * damaged entry without a counted state counts for nothing; the study page reads the same).
 */
export async function readDone(store: ReadableStore, day: string) {
	const items: unknown[] = [];
	for (const [key, value] of await store.entries(logKey(day)))
		if (isDayRecordKey(day, key) && Array.isArray(value))
			for (const item of value) items.push(item);
	return countDone(items);
}
