import { FACT_COUNT } from '$lib/bank/deck-size';
import { dueQueue, queueCounts, type DeckCard } from '$lib/srs/queue';
import { studyDay } from '$lib/srs/study-day';
import { readOnlyStore } from '$lib/storage/kv-read';
import { readDone, readSchedules } from '$lib/storage/schedules';
import { loadSettings } from '$lib/storage/settings';

export type DueSummary = ReturnType<typeof queueCounts>;

/**
 * Today's counts for the home page, from stored due dates and states alone: no bank download,
 * no scheduler, no migration (it only reads). Facts never studied count as new cards.
 */
export async function dueSummary(now: Date, timeZone: string): Promise<DueSummary> {
	const store = readOnlyStore();
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
	return queueCounts(dueQueue([...schedules, ...unseen], now, today, settings, done));
}
