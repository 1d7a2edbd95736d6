import { createStore, get, promisifyRequest, type UseStore } from 'idb-keyval';
import { readParts, readRange, type ReadableStore } from './kv-read';

/** The few operations the app needs from a key-value store; IndexedDB in the app. */
export interface KeyValueStore extends ReadableStore {
	/**
	 * Reads several keys and writes the values `change` returns, in one transaction; when it
	 * returns undefined nothing is written, and an undefined value leaves its key as it is.
	 */
	updateMany(keys: string[], change: (old: unknown[]) => unknown[] | undefined): Promise<void>;
	/**
	 * The entries under `prefix` in parts of `size` records (at least 1), each given to `read` as
	 * it comes, as `parts` gives them (kv-read.ts). Where to split is found by reading the keys
	 * first, in the same transaction; keys cost little beside the values.
	 */
	partsOf<T>(prefix: string, size: number, read: (entries: [string, unknown][]) => T): Promise<T[]>;
	/**
	 * `updateMany` that also walks the keys under each scan's prefix from the last one back until
	 * `until` holds (that entry included), and may add records: `change` gets the old values and
	 * each scan's walked entries, newest first, and returns the new values and records to put.
	 */
	updateScanning(
		keys: string[],
		scans: BackScan[],
		change: (old: unknown[], walked: [string, unknown][][]) => ScanWrite | undefined
	): Promise<void>;
	/**
	 * Reads every entry, then writes and deletes what `change` returns, in one transaction (a
	 * migration); when it returns undefined nothing changes.
	 */
	rewrite(
		change: (
			entries: [string, unknown][]
		) => { write: [string, unknown][]; remove: string[] } | undefined
	): Promise<void>;
}

/** A walk back from the last key under a prefix, in a writing transaction. */
export interface BackScan {
	prefix: string;
	/** Stops the walk at this entry (handed over with the rest); the walk also ends at the prefix's first key. */
	until(key: string, value: unknown): boolean;
}

/** What an `updateScanning` change writes: values for its keys (undefined: left as is), and new records. */
export interface ScanWrite {
	values: unknown[];
	put: [string, unknown][];
}

/** Why storage failed, in words for the person using the app. */
export class StorageError extends Error {
	constructor(
		message: string,
		readonly reason: 'quota' | 'blocked' | 'unavailable' | 'read-only' | 'unstorable'
	) {
		super(message);
		this.name = 'StorageError';
	}
}

/** What a failed write was, when the caller does not say ("your latest answer"). */
const SOMETHING = 'what you just did';

// Words for each failure; `what` names what was not saved, so a setting does not read as an answer.
const MESSAGES = {
	quota: (what: string) =>
		`This device is out of storage space for the app, so ${what} is not saved yet. Free some space; the app keeps trying.`,
	blocked: (what: string) =>
		`The app’s storage is blocked right now (another tab may be upgrading it). Close other tabs of the app; ${what} stays pending and is retried.`,
	unavailable: () =>
		'The app cannot save on this device (storage may be turned off in a private window). What you do here is kept only until you close the page.',
	unstorable: () =>
		'The browser refused to store this data: it is nested too deeply or holds something the browser cannot save. Nothing was saved; the storage itself works.'
} as const;

/**
 * What a write that failed in the app's own code says (not the storage's fault: the store lets
 * such an exception through as it is, see `guarded`); `what` names what was not saved.
 */
export function appFailure(error: unknown, what = SOMETHING): string {
	const said = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return `Something went wrong in the app, so ${what} is not saved yet (${said.slice(0, 200)}). The app keeps trying; if this stays, reload the page.`;
}

/** A StorageError for a reason, in the app's words; `what` names what was not saved. */
export function storageError(reason: keyof typeof MESSAGES, what = SOMETHING): StorageError {
	return new StorageError(MESSAGES[reason](what), reason);
}

/**
 * Turns a browser storage failure into a StorageError a person can act on; given `what`, one
 * already turned is worded again for it (storage itself does not know what it was writing).
 */
export function toStorageError(error: unknown, what?: string): StorageError {
	if (error instanceof StorageError)
		return what !== undefined && error.reason !== 'read-only'
			? storageError(error.reason, what)
			: error;
	const name = (error as { name?: string } | null)?.name;
	if (name === 'QuotaExceededError') return storageError('quota', what);
	if (name === 'InvalidStateError' || name === 'VersionError' || name === 'AbortError')
		return storageError('blocked', what);
	// The value, not the storage, is the problem: structured clone gives up on a value nested
	// too deeply (a RangeError, "Maximum call stack size exceeded") or of a type it cannot copy.
	if (name === 'DataCloneError' || error instanceof RangeError) return storageError('unstorable');
	return storageError('unavailable');
}

/** The app's IndexedDB store, through idb-keyval. */
export function indexedDbStore(dbName = 'hedged-bets', storeName = 'data'): KeyValueStore {
	let store: UseStore | undefined;
	const use = () => (store ??= createStore(dbName, storeName));
	return {
		get: (key) => guarded(() => get(key, use())),
		updateMany: (keys, change) =>
			guarded((own) =>
				use()('readwrite', async (store) => {
					const old = await Promise.all(keys.map((key) => promisifyRequest(store.get(key))));
					const next = own(change)(old);
					allOrNothing(store, () =>
						next?.forEach((value, i) => {
							if (value !== undefined) store.put(value, keys[i]);
						})
					);
					return promisifyRequest(store.transaction);
				})
			),
		updateScanning: (keys, scans, change) =>
			guarded((own) =>
				use()('readwrite', async (store) => {
					const old = await Promise.all(keys.map((key) => promisifyRequest(store.get(key))));
					const walked = await Promise.all(
						scans.map((scan) => walkBack(store, scan.prefix, own(scan.until)))
					);
					const next = own(change)(old, walked);
					allOrNothing(store, () => {
						next?.values.forEach((value, i) => {
							if (value !== undefined) store.put(value, keys[i]);
						});
						next?.put.forEach(([key, value]) => store.put(value, key));
					});
					return promisifyRequest(store.transaction);
				})
			),
		rewrite: (change) =>
			guarded((own) =>
				use()('readwrite', async (store) => {
					const [keys, values] = await Promise.all([
						promisifyRequest(store.getAllKeys()),
						promisifyRequest(store.getAll())
					]);
					const entries = keys.map((key, i): [string, unknown] => [String(key), values[i]]);
					const next = own(change)(entries);
					allOrNothing(store, () => {
						next?.write.forEach(([key, value]) => store.put(value, key));
						next?.remove.forEach((key) => store.delete(key));
					});
					return promisifyRequest(store.transaction);
				})
			),
		entries: (prefix) => guarded(() => readRange(use(), prefix)),
		parts: (prefix, splits, read) =>
			guarded((own) => use()('readonly', (store) => readParts(store, prefix, splits, own(read)))),
		partsOf: (prefix, size, read) => {
			if (!(size >= 1)) throw new RangeError(`parts of ${size} records`);
			return guarded((own) =>
				use()('readonly', async (store) => {
					const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
					// Awaited in the success event's microtask, so the transaction is still active
					// for the parts' requests: no other wait (a timer) may come between.
					const keys = await promisifyRequest(store.getAllKeys(range));
					const splits: string[] = [];
					for (let i = size; i < keys.length; i += size) splits.push(String(keys[i]));
					return readParts(store, prefix, splits, own(read));
				})
			);
		}
	};
}

/**
 * Queues a transaction's writes, all or none: a put that throws (a value structured clone
 * cannot copy) does not abort the transaction by itself, and the puts queued before it would be
 * committed, half a write behind a message that says nothing was saved.
 */
function allOrNothing(store: IDBObjectStore, queue: () => void): void {
	try {
		queue();
	} catch (error) {
		store.transaction.abort();
		throw error;
	}
}

/** Marks a callback as the app's own code, run inside a store operation. */
type Own = <A extends unknown[], R>(callback: (...args: A) => R) => (...args: A) => R;

/**
 * Runs a store operation, a failure of the store coming out as a StorageError a person can act
 * on. An exception thrown by one of the app's own callbacks in it (a change, a scan's stop, a
 * part's check), each passed through `own`, comes out as it is: a bug in the app's code is not
 * a failure of the store, and must not read as "the app cannot save on this device".
 */
async function guarded<T>(operation: (own: Own) => Promise<T>): Promise<T> {
	let thrown: { error: unknown } | undefined;
	const own: Own =
		(callback) =>
		(...args) => {
			try {
				return callback(...args);
			} catch (error) {
				thrown ??= { error };
				throw error;
			}
		};
	try {
		return await operation(own);
	} catch (error) {
		throw thrown ? thrown.error : toStorageError(error);
	}
}

/**
 * The entries under a prefix from the last key back until `until` holds (a reverse cursor). An
 * exception in `until` rejects the walk: thrown from the cursor's event, it would abort the
 * transaction and leave the walk waiting for ever.
 */
function walkBack(
	store: IDBObjectStore,
	prefix: string,
	until: BackScan['until']
): Promise<[string, unknown][]> {
	return new Promise((resolve, reject) => {
		const walked: [string, unknown][] = [];
		const request = store.openCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`), 'prev');
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			const cursor = request.result;
			if (!cursor) return resolve(walked);
			const entry: [string, unknown] = [String(cursor.key), cursor.value];
			walked.push(entry);
			try {
				if (until(...entry)) resolve(walked);
				else cursor.continue();
			} catch (error) {
				reject(error);
			}
		};
	});
}
