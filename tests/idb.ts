import { withCard } from '../src/lib/storage/bucket-entry';
import { BUCKET_PREFIX, bucketEntries, cardKey } from '../src/lib/storage/card-buckets';
import type { Page } from '@playwright/test';

// Raw access to the app's IndexedDB from a test, as a person's browser holds it: to plant
// records (old, damaged, many) and to check what a flow really stored.

const DB = 'hedged-bets';
const STORE = 'data';

/** What structured clone keeps that JSON can't carry into `page.evaluate`: built in the page. */
export type NonPlain = 'Map' | 'Date' | 'Blob';

/**
 * Writes records straight into the app's database (creating it as idb-keyval would). A key in
 * `as` gets an object that is not a plain one instead of its value: a Map of the value's
 * entries, a Date, or a Blob of its JSON.
 */
export async function putRecords(
	page: Page,
	records: [string, unknown][],
	as: Record<string, NonPlain> = {}
): Promise<void> {
	await page.evaluate(
		async ({ db, store, records, as }) => {
			const build = (key: string, value: unknown) =>
				as[key] === 'Map'
					? new Map(value as [unknown, unknown][])
					: as[key] === 'Date'
						? new Date(0)
						: as[key] === 'Blob'
							? new Blob([JSON.stringify(value)])
							: value;
			const open = indexedDB.open(db);
			open.onupgradeneeded = () => open.result.createObjectStore(store);
			const database = await new Promise<IDBDatabase>((resolve, reject) => {
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const tx = database.transaction(store, 'readwrite');
			for (const [key, value] of records) tx.objectStore(store).put(build(key, value), key);
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			database.close();
		},
		{ db: DB, store: STORE, records, as }
	);
}

/** Every stored record whose key starts with `prefix`, read straight from IndexedDB. */
export async function readRecords(page: Page, prefix = ''): Promise<Record<string, unknown>> {
	return page.evaluate(
		async ({ db, store, prefix }) => {
			const open = indexedDB.open(db);
			open.onupgradeneeded = () => open.result.createObjectStore(store);
			const database = await new Promise<IDBDatabase>((resolve, reject) => {
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const objects = database.transaction(store).objectStore(store);
			const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
			const [keys, values] = await Promise.all(
				[objects.getAllKeys(range), objects.getAll(range)].map(
					(request) =>
						new Promise<unknown[]>((resolve, reject) => {
							request.onsuccess = () => resolve(request.result as unknown[]);
							request.onerror = () => reject(request.error);
						})
				)
			);
			database.close();
			return Object.fromEntries(keys!.map((key, i) => [String(key), values![i]]));
		},
		{ db: DB, store: STORE, prefix }
	);
}

/** Writes card states (valid or not) by fact id into their buckets, keeping what else is there. */
export async function putCards(page: Page, cards: [string, unknown][]): Promise<void> {
	const stored = await readRecords(page, BUCKET_PREFIX);
	const buckets = new Map<string, unknown>();
	for (const [id, value] of cards) {
		const key = cardKey(id);
		buckets.set(key, withCard(buckets.get(key) ?? stored[key], id, value));
	}
	await putRecords(page, [...buckets]);
}

/** Every stored card state by fact id, read straight from the buckets. */
export async function readCards(page: Page): Promise<Record<string, unknown>> {
	const buckets = await readRecords(page, BUCKET_PREFIX);
	return Object.fromEntries(Object.values(buckets).flatMap((bucket) => bucketEntries(bucket)));
}

/** The type tag of what is stored under `key` ("[object Map]") and, for a Map, its keys. */
export async function storedShape(
	page: Page,
	key: string
): Promise<{ tag: string; keys: string[] }> {
	return page.evaluate(
		async ({ db, store, key }) => {
			const open = indexedDB.open(db);
			const database = await new Promise<IDBDatabase>((resolve, reject) => {
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const request = database.transaction(store).objectStore(store).get(key);
			const value = await new Promise<unknown>((resolve, reject) => {
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			database.close();
			return {
				tag: Object.prototype.toString.call(value),
				keys: value instanceof Map ? [...value.keys()].map(String) : []
			};
		},
		{ db: DB, store: STORE, key }
	);
}
