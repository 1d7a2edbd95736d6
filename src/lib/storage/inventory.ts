import { listAttempts } from './attempts';
import type { BackupData } from './backup';
import { loadDeck } from './deck';
import type { KeyValueStore } from './kv';
import { loadLogChunks } from './log-chunks';
import { SCHEMA_VERSION } from './migrations';
import { loadSettings } from './settings';

// One pass over everything stored: what a backup holds, and what failed its checks. Damaged
// records are reported and kept as they are; nothing here writes.

/** What a damaged record was meant to be, in words for the report. */
export type DamagedKind = 'card' | 'review log' | 'quiz';

export interface DamagedRecord {
	key: string;
	kind: DamagedKind;
}

export interface Inventory {
	data: BackupData;
	damaged: DamagedRecord[];
}

/** Reads every card, log chunk, quiz attempt and the settings; damaged records are listed apart. */
export async function takeInventory(store: KeyValueStore): Promise<Inventory> {
	const [deck, log, attempts, { settings }] = await Promise.all([
		loadDeck(store),
		loadLogChunks(store),
		listAttempts(store),
		loadSettings(store)
	]);
	const damaged = [
		...deck.corrupt.map((key): DamagedRecord => ({ key, kind: 'card' })),
		...log.corrupt.map((key): DamagedRecord => ({ key, kind: 'review log' })),
		...attempts.corrupt.map((key): DamagedRecord => ({ key, kind: 'quiz' }))
	];
	return {
		data: {
			schemaVersion: SCHEMA_VERSION,
			cards: deck.cards,
			logs: log.chunks,
			attempts: attempts.attempts,
			settings
		},
		damaged
	};
}

/** Everything a backup holds: valid cards, log chunks and attempts, and the settings. */
export async function readBackupData(store: KeyValueStore): Promise<BackupData> {
	return (await takeInventory(store)).data;
}

/** The stored records that failed their checks (set aside by the app, never deleted). */
export async function findDamagedRecords(store: KeyValueStore): Promise<DamagedRecord[]> {
	return (await takeInventory(store)).damaged;
}

/** How many reviews a backup's log holds. */
export function countReviews(data: BackupData): number {
	return data.logs.reduce((sum, chunk) => sum + chunk.entries.length, 0);
}

/**
 * A JSON file of damaged records for a bug report. Values came from IndexedDB, which stores
 * what JSON can't (Maps, cycles, big integers): those are written as readable stand-ins.
 */
export function damagedRecordsFile(
	records: { key: string; kind: DamagedKind; value: unknown }[],
	now: Date,
	appVersion: string
): string {
	const seen = new WeakSet<object>();
	return JSON.stringify(
		{ type: 'hedged-bets-damaged-records', appVersion, exportedAt: now.toISOString(), records },
		(_, value: unknown) => {
			if (typeof value === 'bigint') return `${value}n`;
			if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
			if (value === undefined) return null;
			if (typeof value !== 'object' || value === null) return value;
			if (seen.has(value)) return '[repeated]';
			seen.add(value);
			if (value instanceof Map) return { Map: [...value] };
			if (value instanceof Set) return { Set: [...value] };
			return value;
		},
		2
	);
}
