import type { ReadableStore } from './kv-read';
import { reviveLogEntry, type LogEntry } from './log-entry';
import { logKey, parseLogKey } from './log-key';

// One stored record of the review log, read: a damaged entry is set aside on its own, so the
// day's other reviews still count and still go into backups. Light on purpose: the home page
// reads today's records through it.

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
 * no log form, a value that is not a list, or one too long). Dates are revived in place, so
 * `value` must be a fresh read.
 */
export function readLogRecord(key: string, value: unknown): LogRecord | undefined {
	const at = parseLogKey(key);
	if (!at || !Array.isArray(value) || value.length > LOG_CHUNK_MAX) return undefined;
	const entries: LogEntry[] = [];
	const bad: number[] = [];
	value.forEach((entry: unknown, i) => {
		if (reviveLogEntry(entry)) entries.push(entry);
		else bad.push(i);
	});
	return { ...at, entries, bad };
}

/**
 * A study day's trusted entries, oldest record first, and the names of what was set aside
 * (whole records by key, entries by `logEntryName`), in one range read.
 */
export async function readLogDay(
	store: ReadableStore,
	day: string
): Promise<{ entries: LogEntry[]; damaged: string[] }> {
	const entries: LogEntry[] = [];
	const damaged: string[] = [];
	for (const [key, value] of await store.entries(logKey(day))) {
		if (parseLogKey(key)?.day !== day) continue;
		const record = readLogRecord(key, value);
		if (!record) damaged.push(key);
		else {
			for (const entry of record.entries) entries.push(entry);
			for (const i of record.bad) damaged.push(logEntryName(key, i));
		}
	}
	return { entries, damaged };
}
