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
