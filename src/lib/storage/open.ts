import * as v from 'valibot';
import { StorageError, type KeyValueStore } from './kv';
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
	const meta = v.safeParse(MetaSchema, await store.get(META_KEY));
	const version = meta.success ? meta.output.schemaVersion : target;
	if (version > target) throw newerAppError();
	if (version < target) {
		const snapshot = new Map(await store.entries(''));
		snapshot.delete(META_KEY);
		const { write, remove } = planMigrations(snapshot, version, target, migrations);
		// The new records and the new version land together; records the new shape replaced are
		// deleted after, so an interruption leaves at worst unused old records, never lost ones.
		await store.setMany([...write, [META_KEY, { schemaVersion: target }]]);
		for (const key of remove) await store.delete(key);
		return;
	}
	if (!meta.success || version !== target) await store.set(META_KEY, { schemaVersion: target });
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
		const stored = v.safeParse(MetaSchema, meta);
		if (stored.success && stored.output.schemaVersion > SCHEMA_VERSION) throw newerAppError();
		const next = change(old);
		return next && [undefined, ...next];
	});
}
