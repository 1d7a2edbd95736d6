/** The version of the stored data's shape; bump it with a migration when the shape changes. */
export const SCHEMA_VERSION = 1;

/** Every stored record, by key, as one snapshot a migration can rewrite. */
export type Snapshot = Map<string, unknown>;

/** A pure step from version `from` to `from + 1`: returns the records to write and delete. */
export interface Migration {
	from: number;
	migrate(snapshot: Snapshot): { write: Snapshot; remove: string[] };
}

/**
 * The migrations of this app, in order. None yet: version 1 is the first stored shape. A later
 * shape adds `{ from: 1, migrate }` here, with a fixture test of the old records.
 */
export const MIGRATIONS: Migration[] = [];

/**
 * Runs the migrations from `from` up to `to` over a snapshot, purely. Refuses to go down (data
 * from a newer app) or to skip a version no migration covers.
 */
export function planMigrations(
	snapshot: Snapshot,
	from: number,
	to: number,
	migrations: Migration[] = MIGRATIONS
): { write: Snapshot; remove: string[] } {
	if (from > to) throw new Error(`Stored data is version ${from}, newer than this app (${to}).`);
	const current = new Map(snapshot);
	const removed = new Set<string>();
	const written = new Map<string, unknown>();
	for (let version = from; version < to; version++) {
		const step = migrations.find((m) => m.from === version);
		if (!step) throw new Error(`No migration from version ${version} to ${version + 1}.`);
		const { write, remove } = step.migrate(new Map(current));
		for (const key of remove) {
			current.delete(key);
			written.delete(key);
			removed.add(key);
		}
		for (const [key, value] of write) {
			current.set(key, value);
			written.set(key, value);
			removed.delete(key);
		}
	}
	return { write: written, remove: [...removed] };
}
