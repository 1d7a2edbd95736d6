import * as v from 'valibot';
import type { KeyValueStore } from './kv';
import type { ReadableStore } from './kv-read';
import type { Loaded } from './records';
import { logEntryFault, reviveLogEntry, type LogEntry } from './log-entry';
import {
	LOG_CHUNK_SIZE,
	LOG_IMPORT_CHUNK_SIZE,
	chunkKey,
	isCalendarDay,
	parseLogKey
} from './log-chunk-key';
import { LOG_PREFIX } from './log-key';
import { LOG_CHUNK_MAX, logEntryName, readLogRecord } from './log-record';

// The review log as the rest of the app sees it: one list of entries per study day, however
// many records hold it (log-key.ts). Reading merges a day's records; writing turns a day's new
// entries into new chunks and never rewrites a record that failed its checks.

/** One study day of the review log. */
export interface LogChunk {
	day: string;
	entries: LogEntry[];
}

/** A day of the log as a backup file holds it: `{ day, entries }`, every entry checked. */
export const LogChunkSchema = v.custom<LogChunk>(
	(value) => {
		const chunk = value as Partial<{ day: unknown; entries: unknown }> | null;
		if (typeof chunk !== 'object' || chunk === null) return false;
		if (typeof chunk.day !== 'string' || !isCalendarDay(chunk.day)) return false;
		const { entries } = chunk;
		if (!Array.isArray(entries) || entries.length > LOG_CHUNK_MAX) return false;
		for (const entry of entries) if (!reviveLogEntry(entry)) return false;
		return true;
	},
	(issue) =>
		`is not a day of the review log (a calendar day and a list of reviews, each with an id, a card, a grade 1–4, a state 0–3 and a date)${entryFault(issue.input)}`
);

/** Which review of a refused day fails, and on which field ("its review 3 fails its check of rating"). */
function entryFault(value: unknown): string {
	const entries = (value as { entries?: unknown } | null)?.entries;
	if (!Array.isArray(entries)) return '';
	for (let i = 0; i < entries.length; i++) {
		const field = logEntryFault(entries[i]);
		if (field) return `: its review ${i + 1} fails its check of ${field}`;
	}
	return '';
}

/** Log records read in one part: a busy year's log (100,000 reviews in 1,000 records) in 10. */
const LOG_READ_PART = 100;

/**
 * Every study day of the log, oldest first, each one list of its trusted entries, and the names
 * of what failed its checks: a whole record by its key, one entry as `<key> entry <n>`.
 */
export async function loadLogChunks(store: KeyValueStore): Promise<Loaded<LogChunk[]>> {
	const days = new Map<string, LogEntry[]>();
	const corrupt: string[] = [];
	// In parts of 100 records (kv.ts), each checked while the next is read. Keys come in
	// order: a day's record from before chunks, then its chunks by number.
	const parts = await store.partsOf(LOG_PREFIX, LOG_READ_PART, (part) =>
		part.map(([key, value]) => [key, readLogRecord(key, value)] as const)
	);
	for (const part of parts)
		for (const [key, record] of part) {
			if (!record) {
				corrupt.push(key);
				continue;
			}
			let entries = days.get(record.day);
			if (!entries) days.set(record.day, (entries = []));
			for (const entry of record.entries) entries.push(entry);
			for (const i of record.bad) corrupt.push(logEntryName(key, i));
		}
	return { records: [...days].map(([day, entries]) => ({ day, entries })), corrupt };
}

/** What is stored under a name `loadLogChunks` reported: a whole record, or one entry. */
export async function readStoredLogValue(store: ReadableStore, name: string): Promise<unknown> {
	const [, key = name, place] = /^(.*) entry (\d+)$/.exec(name) ?? [];
	const value = await store.get(key);
	return place === undefined ? value : Array.isArray(value) ? value[Number(place) - 1] : value;
}

/** Whether a key is one of `day`'s chunks (not its record from before chunks, not junk). */
export const isChunkOf = (day: string) => (key: string) => {
	const at = parseLogKey(key);
	return at?.day === day && at.seq >= 0;
};

/** The newest chunk a walk back from a day's last key met (junk keys skipped), if any. */
function newestChunk(walked: [string, unknown][]): [string, unknown] | undefined {
	return walked.find(([key]) => (parseLogKey(key)?.seq ?? -1) >= 0);
}

const seqOf = (chunk: [string, unknown] | undefined) =>
	chunk ? (parseLogKey(chunk[0])?.seq ?? -1) : -1;

/**
 * The record one new entry goes into, given a walk back through the day's chunk keys to its
 * newest chunk: that chunk with the entry added when it is whole and has room, else a chunk of
 * its own after it. So a review rewrites at most LOG_CHUNK_SIZE entries whatever the day holds,
 * and a damaged record is never written over.
 */
export function appendEntry(
	day: string,
	walked: [string, unknown][],
	entry: LogEntry
): [string, unknown] {
	const newest = newestChunk(walked);
	const record = newest && readLogRecord(...newest);
	if (newest && record && !record.bad.length && record.entries.length < LOG_CHUNK_SIZE)
		return [newest[0], [...record.entries, entry]];
	return [chunkKey(day, seqOf(newest) + 1), [entry]];
}

/**
 * A day's new entries as whole new chunks (LOG_IMPORT_CHUNK_SIZE each) after its newest one, given every chunk of the day
 * (read in the writing transaction); an entry whose id is stored there already is left out (a
 * tab that imported the same backup meanwhile).
 */
export function newChunks(
	day: string,
	walked: [string, unknown][],
	entries: LogEntry[]
): [string, LogEntry[]][] {
	const stored = new Set<unknown>();
	for (const [, value] of walked)
		if (Array.isArray(value)) for (const entry of value) stored.add(idOf(entry));
	const fresh = entries.filter((entry) => !stored.has(entry.id));
	const first = seqOf(newestChunk(walked)) + 1;
	const chunks: [string, LogEntry[]][] = [];
	for (let i = 0; i < fresh.length; i += LOG_IMPORT_CHUNK_SIZE)
		chunks.push([
			chunkKey(day, first + i / LOG_IMPORT_CHUNK_SIZE),
			fresh.slice(i, i + LOG_IMPORT_CHUNK_SIZE)
		]);
	return chunks;
}

/**
 * The record an entry leaves, given a walk back through a day's chunks that ends at the one
 * holding it: that list without it, its other items kept as they are; undefined when no chunk
 * holds it.
 */
export function removeEntry(
	walked: [string, unknown][],
	id: string
): [string, unknown] | undefined {
	const [key, value] = walked.at(-1) ?? [];
	if (key === undefined || !holds(value, id)) return undefined;
	return [key, (value as unknown[]).filter((entry) => !isEntry(entry, id))];
}

const idOf = (entry: unknown) => (entry as { id?: unknown } | null)?.id;
const isEntry = (entry: unknown, id: string) => idOf(entry) === id;

/** Whether a stored value is a list holding the entry `id` (where a walk for it stops). */
export const holds = (value: unknown, id: string) =>
	Array.isArray(value) && value.some((entry) => isEntry(entry, id));
