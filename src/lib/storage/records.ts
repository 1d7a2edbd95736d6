import type { KeyValueStore } from './kv';

/** Stored records that passed their checks, and the names of those that did not (kept, not deleted). */
export interface Loaded<T> {
	records: T;
	corrupt: string[];
}

/**
 * Every record under a key prefix that passes `read`, and the keys of those that don't: a
 * damaged record is set aside and counted, never deleted and never trusted.
 */
export async function readRecords<T>(
	store: KeyValueStore,
	prefix: string,
	read: (key: string, value: unknown) => T | undefined
): Promise<Loaded<T[]>> {
	const records: T[] = [];
	const corrupt: string[] = [];
	for (const [key, value] of await store.entries(prefix)) {
		const record = read(key, value);
		if (record) records.push(record);
		else corrupt.push(key);
	}
	return { records, corrupt };
}

/**
 * Records stored one an id under `prefix`, each checked by `read` whenever it is read, and
 * trusted only under its own id's key (one stored under another id's key is damaged: an import
 * or a save by that id would otherwise write over it): the key of an id, one record by its id,
 * and every record newest first by `time`.
 */
export function keyedRecords<T extends { id: string }>(
	prefix: string,
	read: (value: unknown) => T | undefined,
	time: (record: T) => number
) {
	const key = (id: string) => `${prefix}${id}`;
	const readAt = (at: string, value: unknown) => {
		const record = read(value);
		return record && key(record.id) === at ? record : undefined;
	};
	return {
		prefix,
		/** The key of the record of `id`. */
		key,
		/** What is stored under `id`'s key, if it passes its checks and is `id`'s record (writes use it). */
		readOf: (id: string, value: unknown): T | undefined => readAt(key(id), value),
		/** The record of `id`, if it is stored and passes its checks. */
		get: async (store: KeyValueStore, id: string): Promise<T | undefined> =>
			readAt(key(id), await store.get(key(id))),
		/** Whether the record of an id is among the `damaged` names a load reported (by key). */
		damagedIn: (damaged: ReadonlySet<string>) => (id: string) => damaged.has(key(id)),
		/** Every record that passes its checks, newest first, and the keys of those that don't. */
		list: async (store: KeyValueStore): Promise<Loaded<T[]>> => {
			const { records, corrupt } = await readRecords(store, prefix, readAt);
			return { records: records.sort((a, b) => time(b) - time(a)), corrupt };
		}
	};
}

/** A copy IndexedDB can store: Svelte's $state proxies can't be structured-cloned; plain objects can. */
export function plain<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
