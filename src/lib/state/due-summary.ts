import { FACT_COUNT } from '$lib/bank/deck-size';
import { dueQueue, queueCounts, type DeckCard } from '$lib/srs/queue';
import { studyDay } from '$lib/srs/study-day';
import { indexedDbStore } from '$lib/storage/kv';
import { readDone, readSchedules } from '$lib/storage/schedules';
import { loadSettings } from '$lib/storage/settings';

export interface DueSummary {
	new: number;
	learning: number;
	due: number;
	/** Cards studied at least once. */
	studied: number;
}

/**
 * Today's counts for the home page, from stored due dates and states alone: no bank download,
 * no scheduler, no migration (it only reads). Facts never studied count as new cards.
 */
export async function dueSummary(now: Date, timeZone: string): Promise<DueSummary> {
	const store = indexedDbStore();
	const today = studyDay(now, timeZone);
	const [schedules, { settings }, done] = await Promise.all([
		readSchedules(store),
		loadSettings(store),
		readDone(store, today)
	]);
	const unseen: DeckCard[] = Array.from(
		{ length: Math.max(0, FACT_COUNT - schedules.length) },
		(_, i) => ({ id: `unseen-${i}`, card: { due: now, state: 0 } })
	);
	const counts = queueCounts(dueQueue([...schedules, ...unseen], now, today, settings, done));
	return { ...counts, studied: schedules.filter((s) => s.card.state !== 0).length };
}
