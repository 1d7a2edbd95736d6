import { StorageError, type KeyValueStore } from './kv';
import { META_KEY, readOnlyReason } from './meta';
import { READ_ONLY_WORDS } from './meta-words';

/**
 * Deletes every record of the app in one transaction: all of it or, on any failure, none of it.
 * The `meta` record stays, so the store is an empty one of this version rather than one whose
 * version must be guessed. A store a newer app wrote (or whose `meta` is damaged) is refused,
 * as every write is. Returns how many records were deleted.
 */
export async function resetStore(store: KeyValueStore): Promise<number> {
	let deleted = 0;
	await store.rewrite((entries) => {
		const meta = entries.find(([key]) => key === META_KEY)?.[1];
		const refusal = readOnlyReason(meta);
		if (refusal) throw new StorageError(READ_ONLY_WORDS[refusal], 'read-only');
		const remove = entries.map(([key]) => key).filter((key) => key !== META_KEY);
		deleted = remove.length;
		return remove.length ? { write: [], remove } : undefined;
	});
	return deleted;
}
