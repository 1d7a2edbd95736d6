import { FACT_COUNT } from '$lib/bank/deck-size';
import { dueQueue, queueCounts, type DeckCard } from '$lib/srs/queue';
import { studyDay } from '$lib/srs/study-day';
import { readOnlyStore } from '$lib/storage/kv-read';
import { readDone, readRefusal, readSchedules } from '$lib/storage/schedules';
import { loadSettings } from '$lib/storage/settings';

export type DueSummary = ReturnType<typeof queueCounts>;

/** A store the app will not use (a newer app's, or one whose `meta` is damaged), in its words. */
class Refused extends Error {}

/**
 * Today's counts for the home page, from stored due dates and states alone: no bank download,
 * no scheduler, no migration (it only reads). Facts never studied count as new cards; a fact
 * whose stored card is damaged counts as neither, as on /study, which sets it aside. A store
 * /study would refuse (a newer app's, or one whose `meta` is damaged) is refused here too, in
 * the same words, so the two pages never disagree about it.
 */
export async function dueSummary(now: Date, timeZone: string): Promise<DueSummary> {
	const store = readOnlyStore();
	const today = studyDay(now, timeZone);
	const [refusal, { cards, damaged }, { settings }, done] = await Promise.all([
		readRefusal(store),
		readSchedules(store),
		loadSettings(store),
		readDone(store, today)
	]);
	if (refusal) throw new Refused(refusal);
	const unseen: DeckCard[] = Array.from(
		{ length: Math.max(0, FACT_COUNT - cards.length - damaged) },
		(_, i) => ({ id: `unseen-${i}`, card: { due: now, state: 0 } })
	);
	return queueCounts(dueQueue([...cards, ...unseen], now, today, settings, done));
}

/** What the home page says instead of counts when `dueSummary` failed. */
export function summaryProblem(error: unknown): string {
	return error instanceof Refused ? error.message : 'Your progress can’t be read in this browser.';
}

/**
 * Keeps the home page's counts current: counted now, and again each time the tab is shown (you
 * studied or deleted everything in another tab, cards fell due as time passed, a new study day
 * began) or comes back from the browser's back-forward cache. Returns the stop. Not through
 * the app's change channel: the home page's budget has no room for it, and a tab is seen again
 * before its counts matter.
 */
export function followDueSummary(
	show: (summary: DueSummary | null, problem: string) => void
): () => void {
	let latest = 0;
	const count = () => {
		if (document.visibilityState !== 'visible') return;
		const run = ++latest;
		dueSummary(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone).then(
			(summary) => run === latest && show(summary, ''),
			(error: unknown) => run === latest && show(null, summaryProblem(error))
		);
	};
	count();
	// A first load fires pageshow too: only a page back from the cache is counted again.
	const restored = (event: PageTransitionEvent) => event.persisted && count();
	document.addEventListener('visibilitychange', count);
	addEventListener('pageshow', restored);
	return () => {
		document.removeEventListener('visibilitychange', count);
		removeEventListener('pageshow', restored);
	};
}
