import * as v from 'valibot';
import { StorageError, type BackScan, type KeyValueStore, type ScanWrite } from './kv';
import { MIGRATIONS, SCHEMA_VERSION, planMigrations, type Migration } from './migrations';

const META_KEY = 'meta';
const MetaSchema = v.object({ schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)) });

/**
 * Brings stored data to this app's schema before anything else reads it. A store written by a
 * newer app is left untouched and refused (a stale tab must not overwrite newer data).
 */
export async function prepareStore(
	store: KeyValueStore,
	migrations: Migration[] = MIGRATIONS,
	target = SCHEMA_VERSION
): Promise<void> {
	const versionOf = (meta: unknown) => {
		const stored = v.safeParse(MetaSchema, meta);
		return stored.success ? stored.output.schemaVersion : undefined;
	};
	const seen = versionOf(await store.get(META_KEY));
	if (seen !== undefined && seen > target) throw newerAppError();
	if (seen === target) return;
	// Read, migrate and write in one transaction, checking the version again inside it: two tabs
	// opening at once migrate once, and no write from another tab slips in between.
	await store.rewrite((entries) => {
		const snapshot = new Map(entries);
		const version = versionOf(snapshot.get(META_KEY));
		if (version !== undefined && version > target) throw newerAppError();
		if (version === target) return undefined;
		snapshot.delete(META_KEY);
		const { write, remove } =
			version === undefined
				? { write: new Map(), remove: [] }
				: planMigrations(snapshot, version, target, migrations);
		return { write: [...write, [META_KEY, { schemaVersion: target }]], remove };
	});
}

function newerAppError(): StorageError {
	return new StorageError(
		'Your progress was saved by a newer version of the app. Reload the page to update the app; nothing has been changed.',
		'read-only'
	);
}

/**
 * `updateMany`, refused (with a read-only StorageError, nothing written) when a newer app has
 * migrated the store since this page opened it: checked in the same transaction, so a tab left
 * open across an update never writes old-format records over new ones.
 */
export function updateIfCurrent(
	store: KeyValueStore,
	keys: string[],
	change: (old: unknown[]) => unknown[] | undefined
): Promise<void> {
	return store.updateMany([META_KEY, ...keys], ([meta, ...old]) => {
		refuseNewer(meta);
		const next = change(old);
		return next && [undefined, ...next];
	});
}

/** `updateScanning`, refused as `updateIfCurrent` is when a newer app has migrated the store. */
export function updateScanningIfCurrent(
	store: KeyValueStore,
	keys: string[],
	scans: BackScan[],
	change: (old: unknown[], walked: [string, unknown][][]) => ScanWrite | undefined
): Promise<void> {
	return store.updateScanning([META_KEY, ...keys], scans, ([meta, ...old], walked) => {
		refuseNewer(meta);
		const next = change(old, walked);
		return next && { values: [undefined, ...next.values], put: next.put };
	});
}

function refuseNewer(meta: unknown): void {
	const stored = v.safeParse(MetaSchema, meta);
	if (stored.success && stored.output.schemaVersion > SCHEMA_VERSION) throw newerAppError();
}
