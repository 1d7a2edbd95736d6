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
