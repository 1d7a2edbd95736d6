import type { DoneToday } from '$lib/srs/queue';
import type { Card, ReviewLog } from '$lib/srs/scheduler';
import { SCHEMA_VERSION } from '$lib/storage/migrations';
import type { CardRecord } from '$lib/storage/card-record';
import { TOOK_CAP_MS } from '$lib/stats/today';

/** What one step of the session changed, so that Z can take it back. */
export interface Step {
	before: CardRecord | undefined;
	after: CardRecord;
	day: string;
	/** The review it recorded; bury and suspend record none. */
	review?: { entryId: string; log: ReviewLog; counted: keyof DoneToday | undefined };
}

/** Undo reaches back this many steps. */
export const UNDO_DEPTH = 50;

/** The card fields a step changes. */
export type CardChange = Partial<Pick<CardRecord, 'card' | 'suspended' | 'buriedUntil'>>;

/**
 * A card record with some fields changed, stamped later than its stored state (`storedAt`), so
 * that a change is never older than the one it replaces, even when the clock went back.
 */
export function stampRecord(
	card: { id: string; card: Card; suspended?: boolean; buriedUntil?: string | null },
	change: CardChange,
	storedAt: number,
	now: Date
): CardRecord {
	return {
		schema: SCHEMA_VERSION,
		id: card.id,
		card: card.card,
		suspended: card.suspended ?? false,
		buriedUntil: card.buriedUntil ?? null,
		...change,
		updatedAt: Math.max(now.getTime(), storedAt + 1)
	};
}

/** The steps after one more, keeping the last `UNDO_DEPTH`. */
export const withStep = (steps: readonly Step[], step: Step): Step[] => [
	...steps.slice(-(UNDO_DEPTH - 1)),
	step
];

/**
 * The steps after `step` was undone to `restored`: it is gone, and an earlier step on the same
 * card now undoes from the restored state.
 */
export function afterUndo(steps: readonly Step[], step: Step, restored: CardRecord): Step[] {
	const rest = steps.filter((s) => s !== step);
	const earlier = rest.findLastIndex((s) => s.after.id === restored.id);
	return earlier >= 0 ? rest.with(earlier, { ...rest[earlier]!, after: restored }) : rest;
}

/** The day's counts with one review more (+1) or one undone (-1), never below zero. */
export function countDone(
	done: DoneToday,
	counted: keyof DoneToday | undefined,
	by: 1 | -1
): DoneToday {
	return counted ? { ...done, [counted]: Math.max(0, done[counted] + by) } : done;
}

/** The card on screen and when it appeared: how long a review took is timed from it. */
export interface Shown {
	id: string;
	at: number;
}

/**
 * How long the answer to card `id` took, in whole milliseconds capped at a minute; undefined
 * when the screen does not know when that card appeared (another tab changed what was shown).
 */
export function tookMs(shown: Shown | undefined, id: string, now: Date): number | undefined {
	if (shown?.id !== id) return undefined;
	return Math.min(TOOK_CAP_MS, Math.max(0, Math.round(now.getTime() - shown.at)));
}
