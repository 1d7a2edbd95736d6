import { indexedDbStore, type KeyValueStore } from '$lib/storage/kv';
import { prepareStore } from '$lib/storage/open';

let ready: Promise<KeyValueStore> | undefined;

/** The app's store, migrated to this version's schema first (once per page session). */
export function appStore(): Promise<KeyValueStore> {
	ready ??= (async () => {
		const store = indexedDbStore();
		await prepareStore(store);
		return store;
	})().catch((error: unknown) => {
		ready = undefined;
		throw error;
	});
	return ready;
}

/** A short random id for a record, from the browser's crypto. */
export function newId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A random 32-bit quiz seed, from the browser's crypto. */
export function newSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
