import { createStore, get, promisifyRequest, type UseStore } from 'idb-keyval';

// The read side of the app's store on its own, without write methods or error wording: the
// home page reads its due counts through it and must stay small.

/** Every entry of an object store whose key starts with `prefix`, read by key range, in key order. */
export function readRange(use: UseStore, prefix: string): Promise<[string, unknown][]> {
	return use('readonly', (store) => readParts(store, prefix, [], (part) => part)).then(
		([entries]) => entries!
	);
}

/**
 * The entries under `prefix` read in parts split at `splits` (keys after `prefix`, ascending),
 * all in the transaction `store` belongs to; each part is handed to `read` as soon as it comes,
 * and the results are in key order. Chromium reads a part while the page unpacks and checks the
 * one before, where one big read is unpacked only once all of it has come: a 10,000-card deck in
 * 8 parts is ready in about half the time of one read (bench/deck.js).
 */
export function readParts<T>(
	store: IDBObjectStore,
	prefix: string,
	splits: readonly string[],
	read: (entries: [string, unknown][]) => T
): Promise<T[]> {
	const bounds = [prefix, ...splits];
	return Promise.all(
		bounds.map((low, i) => {
			const high = bounds[i + 1];
			const range =
				high === undefined
					? IDBKeyRange.bound(low, `${prefix}\uffff`)
					: IDBKeyRange.bound(low, high, false, true);
			return readPart(store, range).then(read);
		})
	);
}

/**
 * The entries in one key range: its keys and its values, two requests together. (Chromium's
 * getAllRecords, one request for both, measured no faster, in one part or in eight.)
 */
async function readPart(store: IDBObjectStore, range: IDBKeyRange): Promise<[string, unknown][]> {
	const [keys, values] = await Promise.all([
		promisifyRequest(store.getAllKeys(range)),
		promisifyRequest(store.getAll(range))
	]);
	return keys.map((key, i): [string, unknown] => [String(key), values[i]]);
}

/** What reading needs of a store: `get`, and the entries under a prefix, whole or in parts. */
export interface ReadableStore {
	get(key: string): Promise<unknown>;
	entries(prefix: string): Promise<[string, unknown][]>;
	/** The entries under `prefix` in parts split at `splits`, each given to `read` as it comes (readParts). */
	parts<T>(
		prefix: string,
		splits: readonly string[],
		read: (entries: [string, unknown][]) => T
	): Promise<T[]>;
}

/** The app's IndexedDB store, read only (a failure rejects with the browser's own error). */
export function readOnlyStore(dbName = 'hedged-bets', storeName = 'data'): ReadableStore {
	const use = createStore(dbName, storeName);
	return {
		get: (key) => get(key, use),
		entries: (prefix) => readRange(use, prefix),
		parts: (prefix, splits, read) =>
			use('readonly', (store) => readParts(store, prefix, splits, read))
	};
}
