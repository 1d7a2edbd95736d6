import * as v from 'valibot';
import type { KeyValueStore } from './kv';
import { LOG_PREFIX } from './log-key';
import { readRecords } from './records';

// The review log is stored one chunk per study day under `logKey(day)`. Entries are only
// checked for a string id here: the id is what backups merge on, the rest belongs to srs/.
// Checked by hand, not with a valibot object schema: a busy learner's log holds 100,000 entries,
// read on every export and import, and a hand check neither copies them nor allocates issues.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The most entries one day's chunk may hold; more is damage (and would not fit in a backup). */
export const LOG_CHUNK_MAX = 100_000;

/** One review-log entry: an object with at least a string id (srs/ owns the other fields). */
export type LogEntry = { id: string } & Record<string, unknown>;

/** One study day of the review log. */
export interface LogChunk {
	day: string;
	entries: LogEntry[];
}

function isEntry(value: unknown): value is LogEntry {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		typeof (value as { id?: unknown }).id === 'string'
	);
}

/** Whether a value is a day's list of entries, each an object with a string id. */
export function isLogEntries(value: unknown): value is LogEntry[] {
	if (!Array.isArray(value) || value.length > LOG_CHUNK_MAX) return false;
	for (const entry of value) if (!isEntry(entry)) return false;
	return true;
}

/** A log chunk as a backup file holds it: `{ day, entries }`. */
export const LogChunkSchema = v.custom<LogChunk>((value) => {
	const chunk = value as Partial<LogChunk> | null;
	return (
		typeof chunk === 'object' &&
		chunk !== null &&
		typeof chunk.day === 'string' &&
		DAY.test(chunk.day) &&
		isLogEntries(chunk.entries)
	);
}, 'is not a day of the review log (a date and a list of entries, each with an id)');

/** Checks one stored log chunk by its key and value; a damaged one is set aside by the caller. */
export function readLogChunk(key: string, value: unknown): LogChunk | undefined {
	const day = key.startsWith(LOG_PREFIX) ? key.slice(LOG_PREFIX.length) : '';
	return DAY.test(day) && isLogEntries(value) ? { day, entries: value } : undefined;
}

/** Every readable log chunk, oldest day first, and the keys of those that failed their checks. */
export async function loadLogChunks(
	store: KeyValueStore
): Promise<{ chunks: LogChunk[]; corrupt: string[] }> {
	const { records, corrupt } = await readRecords(store, LOG_PREFIX, readLogChunk);
	return { chunks: records, corrupt };
}
