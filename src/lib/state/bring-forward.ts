import { bringForward } from '$lib/srs/bring-forward';
import { updateCardRecord } from '$lib/storage/deck';
import type { KeyValueStore } from '$lib/storage/kv';
import { announceChange } from './changes';

/**
 * A quiz answer that was not fully right brings the fact's flashcard forward (see
 * `bringForward`), and tells open study tabs. Best effort: the quiz answer is saved either way,
 * and a storage failure is already shown for that write.
 */
export async function bringFactForward(
	store: KeyValueStore,
	factId: string,
	now = new Date()
): Promise<boolean> {
	try {
		const moved = await updateCardRecord(store, factId, (record) => {
			if (!record) return undefined;
			const card = bringForward(record.card, now);
			if (card === record.card) return undefined;
			return { ...record, card, updatedAt: Math.max(now.getTime(), record.updatedAt + 1) };
		});
		if (moved) announceChange({ kind: 'cards', ids: [factId] });
		return moved;
	} catch {
		return false;
	}
}
