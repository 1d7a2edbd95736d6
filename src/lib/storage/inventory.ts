import type { AnyKind } from './kind';
import { KINDS, type BackupData } from './kinds';
import type { KeyValueStore } from './kv';
import type { ReadableStore } from './kv-read';
import { SCHEMA_VERSION } from './migrations';

// One pass over everything stored, kind by kind: what a backup holds, and what failed its
// checks. Damaged records are reported and kept as they are; nothing here writes.

export interface DamagedRecord {
	key: string;
	/** What it was meant to be, in words: its kind's label ("card", "review log", "quiz"). */
	kind: string;
}

export interface Inventory {
	data: BackupData;
	damaged: DamagedRecord[];
}

/** Reads every record of every kind; damaged records are listed apart. */
export async function takeInventory(
	store: KeyValueStore,
	kinds: readonly AnyKind[] = KINDS
): Promise<Inventory> {
	const loaded = await Promise.all(kinds.map((kind) => kind.load(store)));
	const data: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
	const damaged: DamagedRecord[] = [];
	kinds.forEach((kind, i) => {
		data[kind.name] = loaded[i]!.records;
		for (const key of loaded[i]!.corrupt) damaged.push({ key, kind: kind.label });
	});
	return { data: data as BackupData, damaged };
}

/** Everything a backup holds: every kind's records that pass their checks. */
export async function readBackupData(store: KeyValueStore): Promise<BackupData> {
	return (await takeInventory(store)).data;
}

/** How many records of one kind, and the words they are counted in. */
export interface RecordCount {
	noun: readonly [string, string];
	n: number;
}

/**
 * How many records of each counted kind the data holds, in the kinds' order, plus the number
 * `adding` adds to a kind (an import's plan).
 */
export function countRecords(
	data: BackupData,
	kinds: readonly AnyKind[] = KINDS,
	adding: Readonly<Record<string, { added: number }>> = {}
): RecordCount[] {
	const fields = data as unknown as Record<string, unknown>;
	return kinds.flatMap((kind) =>
		kind.noun
			? [{ noun: kind.noun, n: kind.count(fields[kind.name]) + (adding[kind.name]?.added ?? 0) }]
			: []
	);
}

/**
 * The labels of the kinds the damaged-record report covers ("card", "review log", "quiz"): the
 * counted ones. The settings are one record that falls back field by field, never set aside.
 */
export const DAMAGE_LABELS: readonly string[] = KINDS.filter((kind) => kind.noun).map(
	(kind) => kind.label
);

/**
 * Each damaged record with what is stored under its name, read by its kind (a whole record, or
 * the one entry of a bucket or log chunk the name points at).
 */
export async function readDamagedValues(
	store: ReadableStore,
	damaged: readonly DamagedRecord[],
	kinds: readonly AnyKind[] = KINDS
): Promise<(DamagedRecord & { value: unknown })[]> {
	const byLabel = new Map(kinds.map((kind) => [kind.label, kind]));
	return Promise.all(
		damaged.map(async ({ key, kind }) => {
			const read = byLabel.get(kind)?.readStored;
			return { key, kind, value: await (read ? read(store, key) : store.get(key)) };
		})
	);
}

/**
 * A JSON file of damaged records for a bug report. Values came from IndexedDB, which stores
 * what JSON can't (Maps, cycles, big integers): those are written as readable stand-ins.
 */
export function damagedRecordsFile(
	records: (DamagedRecord & { value: unknown })[],
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
