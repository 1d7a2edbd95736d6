import { BUCKET_PREFIX, bucketEntries } from './card-buckets';
import type { ReadableStore } from './kv-read';
import { isDayRecordKey, logKey } from './log-key';

// The light read behind the home page's due counts: due dates and states only, checked by
// hand (no valibot, no ts-fsrs), so the home page stays small. The study page reads full,
// schema-checked records through deck.ts.

/** What the due counts need of a card record. */
export interface ScheduleRecord {
	id: string;
	card: { due: Date; state: number };
	suspended: boolean;
	buriedUntil: string | null;
}

function readSchedule(id: string, value: unknown): ScheduleRecord | undefined {
	const record = value as Partial<{ id: unknown; card: unknown; suspended: unknown }> | null;
	if (typeof record !== 'object' || record === null || record.id !== id) return undefined;
	const card = record.card as { due?: unknown; state?: unknown } | null;
	if (typeof card !== 'object' || card === null) return undefined;
	const due = new Date(card.due as string);
	const state = card.state;
	if (Number.isNaN(due.getTime()) || (state !== 0 && state !== 1 && state !== 2 && state !== 3))
		return undefined;
	const buried = (value as { buriedUntil?: unknown }).buriedUntil;
	return {
		id,
		card: { due, state },
		suspended: record.suspended === true,
		buriedUntil: typeof buried === 'string' ? buried : null
	};
}

/** The due date and state of every readable card record (damaged ones are skipped here). */
export async function readSchedules(store: ReadableStore): Promise<ScheduleRecord[]> {
	const schedules: ScheduleRecord[] = [];
	for (const [, bucket] of await store.entries(BUCKET_PREFIX))
		for (const [id, value] of bucketEntries(bucket)) {
			const schedule = readSchedule(id, value);
			if (schedule) schedules.push(schedule);
		}
	return schedules;
}

/**
 * What was studied in a study day, from its log entries: new cards introduced and review-state
 * cards reviewed (learning steps count toward neither limit, as in Anki).
 */
export function countDone(log: unknown): { newCards: number; reviews: number } {
	const done = { newCards: 0, reviews: 0 };
	if (!Array.isArray(log)) return done;
	for (const entry of log) {
		const state = (entry as { state?: unknown } | null)?.state;
		if (state === 0) done.newCards++;
		else if (state === 2) done.reviews++;
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
