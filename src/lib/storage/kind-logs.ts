import * as v from 'valibot';
import type { RecordKind } from './kind';
import { chunkPrefix } from './log-chunk-key';
import {
	LogChunkSchema,
	loadLogChunks,
	newChunks,
	readStoredLogValue,
	type LogChunk
} from './log-chunks';
import { fileLogEntry, type LogEntry } from './log-entry';
import { LOG_PREFIX } from './log-key';

/**
 * The review log, each study day in chunks (`log:YYYY-MM-DD#NNNNNN`, log-chunk-key.ts). A backup
 * holds one list of entries per day, every entry checked whole and its dates revived as Dates.
 */
export const logsKind: RecordKind<'logs', LogChunk[], LogChunk> = {
	name: 'logs',
	prefix: LOG_PREFIX,
	label: 'review log',
	noun: ['review', 'reviews'],
	schema: v.pipe(v.array(LogChunkSchema), v.maxLength(20_000)),
	file: (chunks) => chunks.map(({ day, entries }) => ({ day, entries: entries.map(fileLogEntry) })),
	load: loadLogChunks,
	readStored: readStoredLogValue,
	count: (chunks) => chunks.reduce((sum, chunk) => sum + chunk.entries.length, 0),
	/**
	 * Entries are only ever added, when their id is new; a plan holds each changed day's new
	 * entries only (keyed by day, so a backup listing a day twice still makes one list).
	 */
	plan(current, incoming) {
		const known = new Set<string>();
		for (const chunk of current) for (const entry of chunk.entries) known.add(entry.id);
		const changed = new Map<string, LogEntry[]>();
		let added = 0;
		for (const chunk of incoming) {
			let entries = changed.get(chunk.day);
			for (const entry of chunk.entries) {
				// One lookup, not has() then add(): the set grows only when the id is new.
				const size = known.size;
				if (known.add(entry.id).size === size) continue;
				added++;
				if (!entries) changed.set(chunk.day, (entries = []));
				entries.push(entry);
			}
		}
		return { records: [...changed].map(([day, entries]) => ({ day, entries })), added, updated: 0 };
	},
	/**
	 * A day's new entries go into new chunks after its stored ones, which are never rewritten (a
	 * damaged record or entry stays as it is); one another tab stored meanwhile is left out by id.
	 */
	adds: (chunks) =>
		chunks.map((chunk) => ({
			prefix: chunkPrefix(chunk.day),
			add: (stored) => newChunks(chunk.day, stored, chunk.entries)
		}))
};
