import type { ReadableStore } from './kv-read';
import { reviveLogEntry, type LogEntry } from './log-entry';
import { parseLogKey } from './log-chunk-key';
import { isDayRecordKey, logKey } from './log-key';
import { countDone } from './schedules';

// One stored record of the review log, read: a damaged entry is set aside on its own, so the
// day's other reviews still count and still go into backups.

/** The most entries one stored record may hold; more is damage (and would not fit in a backup). */
export const LOG_CHUNK_MAX = 100_000;

/** A readable record of the log: its day and chunk number, its trusted entries, and the bad ones. */
export interface LogRecord {
	day: string;
	seq: number;
	entries: LogEntry[];
	/** Positions (from 0) of the entries that failed their checks, kept where they are. */
	bad: number[];
}

/** The name a damaged entry is reported under: its record's key and its place, from 1. */
export const logEntryName = (key: string, index: number) => `${key} entry ${index + 1}`;

/**
 * Reads one stored record by key and value: undefined when it is damaged as a whole (a key of
 * no log form, a value that is not a list, or one too long). Dates are revived in place and
 * an undamaged list is handed back as it is, so `value` must be a fresh read.
 */
export function readLogRecord(key: string, value: unknown): LogRecord | undefined {
	const at = parseLogKey(key);
	if (!at || !Array.isArray(value) || value.length > LOG_CHUNK_MAX) return undefined;
	const list = value as unknown[];
	const bad: number[] = [];
	for (let i = 0; i < list.length; i++) if (!reviveLogEntry(list[i])) bad.push(i);
	// Nothing damaged, the usual case: the fresh read is the list of entries, not copied.
	if (!bad.length) return { ...at, entries: list as LogEntry[], bad };
	const entries: LogEntry[] = [];
	for (let i = 0, next = 0; i < list.length; i++)
		if (bad[next] === i) next++;
		else entries.push(list[i] as LogEntry);
	return { ...at, entries, bad };
}

/**
 * What was studied in a study day (counted as the home page counts it, schedules.ts) and the
 * names of its log's damaged records and entries, in one range read.
 */
export async function readDay(store: ReadableStore, day: string) {
	const records = (await store.entries(logKey(day))).filter(([key]) => isDayRecordKey(day, key));
	const items: unknown[] = [];
	const damaged: string[] = [];
	for (const [key, value] of records) {
		if (Array.isArray(value)) for (const item of value) items.push(item);
		const record = readLogRecord(key, value);
		if (!record) damaged.push(key);
		else for (const i of record.bad) damaged.push(logEntryName(key, i));
	}
	return { done: countDone(items), damaged };
}
