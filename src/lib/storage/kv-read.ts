import { createStore, get, promisifyRequest, type UseStore } from 'idb-keyval';

// The read side of the app's store on its own, without write methods or error wording: the
// home page reads its due counts through it and must stay small.

/** Every entry of an object store whose key starts with `prefix`, read by key range. */
export function readRange(use: UseStore, prefix: string): Promise<[string, unknown][]> {
	return use('readonly', async (store) => {
		const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
		// Keys and values in one pass where the browser can (Chromium 141+), else two.
		const records = (store as RecordsStore).getAllRecords;
		if (records) {
			const all = await promisifyRequest(records.call(store, { query: range }));
			return all.map((record): [string, unknown] => [String(record.key), record.value]);
		}
		const [keys, values] = await Promise.all([
			promisifyRequest(store.getAllKeys(range)),
			promisifyRequest(store.getAll(range))
		]);
		return keys.map((key, i): [string, unknown] => [String(key), values[i]]);
	});
}

interface RecordsStore {
	getAllRecords?: (options: {
		query: IDBKeyRange;
	}) => IDBRequest<{ key: IDBValidKey; value: unknown }[]>;
}

/** What reading needs of a store: `get` and prefix `entries`. */
export interface ReadableStore {
	get(key: string): Promise<unknown>;
	entries(prefix: string): Promise<[string, unknown][]>;
}

/** The app's IndexedDB store, read only (a failure rejects with the browser's own error). */
export function readOnlyStore(dbName = 'hedged-bets', storeName = 'data'): ReadableStore {
	const use = createStore(dbName, storeName);
	return { get: (key) => get(key, use), entries: (prefix) => readRange(use, prefix) };
}
