import { StorageError, type BackScan, type KeyValueStore, type ScanWrite } from './kv';
import { META_KEY, metaVersion, readOnlyReason } from './meta';
import { READ_ONLY_WORDS } from './meta-words';
import { MIGRATIONS, SCHEMA_VERSION, planMigrations, type Migration } from './migrations';

/**
 * Brings stored data to this app's schema before anything else reads it. A store written by a
 * newer app, or whose `meta` is damaged, is left untouched and refused (read-only): a stale
 * tab must not overwrite newer data, and no one may migrate data on a guess of its version.
 */
export async function prepareStore(
	store: KeyValueStore,
	migrations: Migration[] = MIGRATIONS,
	target = SCHEMA_VERSION
): Promise<void> {
	const check = (meta: unknown) => {
		const refusal = readOnlyReason(meta, target);
		if (refusal) throw new StorageError(READ_ONLY_WORDS[refusal], 'read-only');
		return metaVersion(meta) as number | undefined;
	};
	if (check(await store.get(META_KEY)) === target) return;
	// Read, migrate and write in one transaction, checking the version again inside it: two tabs
	// opening at once migrate once, and no write from another tab slips in between.
	await store.rewrite((entries) => {
		const snapshot = new Map(entries);
		const version = check(snapshot.get(META_KEY));
		if (version === target) return undefined;
		snapshot.delete(META_KEY);
		const { write, remove } =
			version === undefined
				? { write: new Map(), remove: [] }
				: planMigrations(snapshot, version, target, migrations);
		return { write: [...write, [META_KEY, { schemaVersion: target }]], remove };
	});
}

/**
 * `updateMany`, refused (with a read-only StorageError, nothing written) when a newer app has
 * migrated the store since this page opened it, or its `meta` has been damaged since: checked
 * in the same transaction, so a tab left open across an update never writes old-format
 * records over new ones. Every write of the app goes through here.
 */
export function updateIfCurrent(
	store: KeyValueStore,
	keys: string[],
	change: (old: unknown[]) => unknown[] | undefined
): Promise<void> {
	return store.updateMany([META_KEY, ...keys], ([meta, ...old]) => {
		refuseReadOnly(meta);
		const next = change(old);
		return next && [undefined, ...next];
	});
}

/**
 * `updateScanning`, refused as `updateIfCurrent` is when a newer app has migrated the store or
 * its `meta` is damaged.
 */
export function updateScanningIfCurrent(
	store: KeyValueStore,
	keys: string[],
	scans: BackScan[],
	change: (old: unknown[], walked: [string, unknown][][]) => ScanWrite | undefined
): Promise<void> {
	return store.updateScanning([META_KEY, ...keys], scans, ([meta, ...old], walked) => {
		refuseReadOnly(meta);
		const next = change(old, walked);
		return next && { values: [undefined, ...next.values], put: next.put };
	});
}

/** Throws the read-only StorageError when this store's `meta` forbids writing (meta.ts). */
function refuseReadOnly(meta: unknown): void {
	const refusal = readOnlyReason(meta);
	if (refusal) throw new StorageError(READ_ONLY_WORDS[refusal], 'read-only');
}
