import * as v from 'valibot';
import type { KeyValueStore } from './kv';
import type { ReadableStore } from './kv-read';
import { restamp } from './migrations';
import type { Loaded } from './records';

// What every kind of stored record declares, once: where it is stored, how it is checked in
// storage and in a backup file, how an import merges it, and what it is called. Inventory,
// backup export, import preview, import and the damaged-record report loop over the kinds
// (kinds.ts), so a new kind is its own file and one entry in that list.

/** What importing a backup would change in one kind: the records to write, counted. */
export interface KindChange<R> {
	records: R[];
	added: number;
	updated: number;
	/** For a kind stored whole (the settings): what it would be replaced with, in words. */
	replaced?: string;
	/** Records the backup holds whose stored copy is damaged: left as they are, never written over. */
	kept?: number;
}

/**
 * Records an import adds after the ones stored under `prefix` (new keys, never a stored one
 * rewritten): `add` gets every record stored there when the import is written, read in the same
 * transaction and newest first, and returns the records to put.
 */
export interface KindAddition {
	prefix: string;
	add(stored: [key: string, value: unknown][]): [key: string, value: unknown][];
}

/** One kind of stored record. `D` is what a backup holds of it, `R` one record an import writes. */
export interface RecordKind<N extends string, D, R> {
	/** The field of a backup's data that holds this kind. */
	readonly name: N;
	/** Every key of the kind starts with it (or is it, for a single record). */
	readonly prefix: string;
	/** What a damaged record of this kind was meant to be, in the damaged-record report. */
	readonly label: string;
	/** How its records are counted in words ("1 card", "12 cards"); none: not counted. */
	readonly noun?: readonly [one: string, many: string];
	/** The backup field's check; what passes it is what `plan` and the app trust. */
	readonly schema: v.GenericSchema<unknown, D>;
	/**
	 * The data as a backup file writes it (dates as milliseconds, which JSON writes and reads far
	 * faster than ISO strings); the schema must accept it. None: written as it is.
	 */
	file?(data: D): unknown;
	/** A backup's field brought from an older schema version to this one (cards restamped). */
	upgrade?(value: unknown, from: number): unknown;
	/** Every stored record that passes its checks, and the names of those that do not. */
	load(store: KeyValueStore): Promise<Loaded<D>>;
	/** What is stored under a name `load` reported as damaged; none: the record under that key. */
	readStored?(store: ReadableStore, name: string): Promise<unknown>;
	/** How many records the data holds (for "holds 12 cards"). */
	count(data: D): number;
	/**
	 * The merge rule: what importing `incoming` over `current` writes. Pure. `damaged` holds the
	 * names `load` reported as damaged: a record stored under one is kept as it is, not added.
	 */
	plan(current: D, incoming: D, damaged: ReadonlySet<string>): KindChange<R>;
	/**
	 * The keys a plan's records go to, each with the value to store given the one stored when
	 * the import is written (checked again then: another tab may have written since the
	 * preview); undefined leaves the key as it is, and a damaged record is never written over.
	 * None: the kind's import only adds records (`adds`).
	 */
	writes?(records: R[]): [key: string, merge: (stored: unknown) => unknown][];
	/** For a kind whose import puts its records under new keys (the review log's chunks). */
	adds?(records: R[]): KindAddition[];
}

/** Any record kind, for code that loops over them. */
// Method syntax in RecordKind keeps its parameters bivariant, so every kind fits here.
export type AnyKind = RecordKind<string, unknown, unknown>;

/** "1 card", "12 cards", "1,000 reviews". */
export function countWords(n: number, [one, many]: readonly [string, string]): string {
	return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** A backup's list of stamped records brought from schema 1: the same records, restamped. */
export function restampFrom1(list: unknown, from: number): unknown {
	return from === 1 && Array.isArray(list) ? list.map((record) => restamp(record, 2)) : list;
}

/**
 * A backup field's schema: a list of at most `max` records, each checked by storage's own
 * check (`read`), so a backup holds exactly what storage trusts; `fault` says why one fails.
 */
export function checkedList<R>(
	max: number,
	read: (value: unknown) => R | undefined,
	fault: (value: unknown, index: number) => string
) {
	return v.pipe(
		v.array(v.unknown()),
		v.maxLength(max),
		v.rawTransform(({ dataset, addIssue, NEVER }) => {
			const records: R[] = [];
			for (const [i, value] of dataset.value.entries()) {
				const record = read(value);
				if (record === undefined) {
					addIssue({ message: fault(value, i) });
					return NEVER;
				}
				records.push(record);
			}
			return records;
		})
	);
}

/**
 * An import's plan for records known by id: a new id is added; a known one is updated when
 * `newer` says what the incoming record makes of the stored one, and left alone when it returns
 * undefined. What the plan takes in stands for that id from then on: a file holding one id twice
 * has its second copy judged against the first. An id whose stored record is damaged
 * (`isDamaged`) is kept, not added: the import never writes over a damaged record.
 */
export function planById<R extends { id: string }>(
	current: readonly R[],
	incoming: readonly R[],
	newer: (stored: R, incoming: R) => R | undefined,
	isDamaged: (id: string) => boolean = () => false
): KindChange<R> {
	const known = new Map(current.map((record) => [record.id, record]));
	const records: R[] = [];
	let added = 0;
	let updated = 0;
	// By id: a file holding a damaged record's id twice still leaves one record as it is.
	const kept = new Set<string>();
	for (const record of incoming) {
		const stored = known.get(record.id);
		if (!stored && isDamaged(record.id)) {
			kept.add(record.id);
			continue;
		}
		const next = stored ? newer(stored, record) : record;
		if (!next) continue;
		if (stored) updated++;
		else added++;
		records.push(record);
		known.set(record.id, next);
	}
	return kept.size ? { records, added, updated, kept: kept.size } : { records, added, updated };
}
