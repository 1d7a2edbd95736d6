import type { KeyValueStore } from '$lib/storage/kv';
import { resetStore } from '$lib/storage/reset';
import { describeCounts } from './backup-words';
import { announceChange } from './changes';

/** The word a person types to confirm the reset (any case). */
export const RESET_WORD = 'RESET';

type Counts = { noun: readonly [string, string]; n: number }[];

/**
 * Deleting all of the app's data on this device: armed only by typing the word, done in one
 * transaction (all or nothing), told to the other tabs (they reload empty), and said in words.
 */
export class ResetFlow {
	/** What the person typed in the confirmation field. */
	typed = $state('');
	readonly armed = $derived(this.typed.trim().toUpperCase() === RESET_WORD);
	busy = $state(false);
	status = $state('');
	error = $state('');

	/** Deletes everything when armed; `counts` (what was stored) only words the outcome. */
	async run(store: KeyValueStore, counts: Counts = []): Promise<boolean> {
		if (!this.armed || this.busy) return false;
		this.busy = true;
		this.status = '';
		this.error = '';
		try {
			const deleted = await resetStore(store);
			announceChange({ kind: 'reset' });
			this.typed = '';
			const held = counts.filter(({ n }) => n > 0);
			this.status = deleted
				? `Done: deleted ${held.length ? `${describeCounts(held)}, and ` : ''}your settings. Nothing of your progress is left on this device; other open tabs of the app were told, and reload empty. The app itself stays installed and works offline.`
				: 'There was nothing to delete: this device holds no progress or settings of the app.';
			return true;
		} catch (error) {
			this.error = `Nothing was deleted: ${error instanceof Error ? error.message : String(error)}`;
			return false;
		} finally {
			this.busy = false;
		}
	}
}
