import * as v from 'valibot';
import type { RecordKind } from './kind';
import { LOG_PREFIX, logKey } from './log-key';
import { LogChunkSchema, loadLogChunks, type LogChunk, type LogEntry } from './log-chunks';

/** The review log, one record per study day (`log:YYYY-MM-DD`). */
export const logsKind: RecordKind<'logs', LogChunk[], LogChunk> = {
	name: 'logs',
	prefix: LOG_PREFIX,
	label: 'review log',
	noun: ['review', 'reviews'],
	schema: v.pipe(v.array(LogChunkSchema), v.maxLength(20_000)),
	async load(store) {
		const { chunks, corrupt } = await loadLogChunks(store);
		return { data: chunks, damaged: corrupt };
	},
	count: (chunks) => chunks.reduce((sum, chunk) => sum + chunk.entries.length, 0),
	/**
	 * Entries are only ever added, when their id is new; each changed day becomes one record
	 * of the day's stored entries followed by the new ones (keyed by day, so a backup listing a
	 * day twice still makes one write).
	 */
	plan(current, incoming) {
		const known = new Set<string>();
		for (const chunk of current) for (const entry of chunk.entries) known.add(entry.id);
		const currentDays = new Map(current.map((chunk) => [chunk.day, chunk.entries]));
		const changed = new Map<string, LogEntry[]>();
		let added = 0;
		for (const chunk of incoming)
			for (const entry of chunk.entries) {
				if (known.has(entry.id)) continue;
				known.add(entry.id);
				added++;
				let entries = changed.get(chunk.day);
				if (!entries) {
					entries = [...(currentDays.get(chunk.day) ?? [])];
					changed.set(chunk.day, entries);
				}
				entries.push(entry);
			}
		return { records: [...changed].map(([day, entries]) => ({ day, entries })), added, updated: 0 };
	},
	/**
	 * A day's stored list keeps every item it has, even one that failed its checks, the new
	 * entries added after them by id; a day that is not a list is kept as it is (reported in
	 * Settings), and that day's entries are not imported.
	 */
	writes: (chunks) =>
		chunks.map((chunk) => [logKey(chunk.day), (stored) => mergeLog(stored, chunk.entries)])
};

/** A day's log with the incoming entries it lacks (by id); undefined: unchanged. */
function mergeLog(stored: unknown, entries: LogEntry[]): unknown {
	if (stored !== undefined && !Array.isArray(stored)) return undefined;
	const list: unknown[] = stored ?? [];
	const ids = new Set<unknown>();
	for (const entry of list) ids.add((entry as { id?: unknown } | null)?.id);
	const merged = [...list, ...entries.filter((entry) => !ids.has(entry.id))];
	return merged.length === list.length ? undefined : merged;
}
