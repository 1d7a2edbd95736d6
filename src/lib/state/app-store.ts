import { indexedDbStore, type KeyValueStore } from '$lib/storage/kv';
import { prepareStore } from '$lib/storage/open';
import { onChange } from './changes';

let ready: Promise<KeyValueStore> | undefined;

/** The app's store, migrated to this version's schema first (once per page session). */
export function appStore(): Promise<KeyValueStore> {
	ready ??= (async () => {
		const store = indexedDbStore();
		await prepareStore(store);
		// Every page that writes opens the store here: when another tab deletes all data, this
		// one reloads to the empty state instead of writing what it still holds back.
		onChange((change) => {
			if (change.kind === 'reset') location.reload();
		});
		return store;
	})().catch((error: unknown) => {
		ready = undefined;
		throw error;
	});
	return ready;
}
