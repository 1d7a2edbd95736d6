import type { KeyValueStore } from './kv';

/**
 * Every record under a key prefix that passes `read`, and the keys of those that don't: a
 * damaged record is set aside and counted, never deleted and never trusted.
 */
export async function readRecords<T>(
	store: KeyValueStore,
	prefix: string,
	read: (key: string, value: unknown) => T | undefined
): Promise<{ records: T[]; corrupt: string[] }> {
	const records: T[] = [];
	const corrupt: string[] = [];
	for (const [key, value] of await store.entries(prefix)) {
		const record = read(key, value);
		if (record) records.push(record);
		else corrupt.push(key);
	}
	return { records, corrupt };
}

/** The records under a prefix that pass `read`, newest first by `time`, and the keys of those that don't. */
export async function readNewestFirst<T>(
	store: KeyValueStore,
	prefix: string,
	read: (value: unknown) => T | undefined,
	time: (record: T) => number
): Promise<{ records: T[]; corrupt: string[] }> {
	const { records, corrupt } = await readRecords(store, prefix, (_, value) => read(value));
	return { records: records.sort((a, b) => time(b) - time(a)), corrupt };
}

/** A copy IndexedDB can store: Svelte's $state proxies can't be structured-cloned; plain objects can. */
export function plain<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
