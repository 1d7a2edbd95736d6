import { loadDeck, readCard } from '$lib/storage/deck';
import type { KeyValueStore } from '$lib/storage/kv';
import { readDay } from '$lib/storage/log-record';
import { loadSettings } from '$lib/storage/settings';
import type { Change } from './changes';
import type { DayRollover } from './study-day-rollover';
import type { StudyQueue } from './study-queue.svelte';

/**
 * Picks up what another tab (or an import) stored: settings, the cards it names (or the whole
 * deck) and today's counts. Returns which cards it touched, so undo never rolls back over
 * another tab's newer state; the shown card moves on if it was touched.
 */
export async function catchUp(
	store: KeyValueStore,
	queue: StudyQueue,
	day: DayRollover,
	change: Change,
	now: () => Date
): Promise<(id: string) => boolean> {
	if (change.kind === 'settings' || change.kind === 'all')
		queue.applySettings((await loadSettings(store)).settings);
	if (change.kind === 'all') {
		const { records: cards, corrupt } = await loadDeck(store);
		queue.show(cards, corrupt);
	} else if (change.kind === 'cards') {
		for (const id of change.ids) {
			const record = await readCard(store, id);
			if (record) queue.keep(record);
		}
	}
	queue.now = now();
	const today = await readDay(store, queue.today);
	queue.done = today.done;
	queue.logDamaged = today.damaged.length;
	day.counting(queue.today);
	const touched = (id: string) =>
		change.kind === 'all' || (change.kind === 'cards' && change.ids.includes(id));
	if (queue.shownId === undefined || touched(queue.shownId)) queue.advance();
	return touched;
}
