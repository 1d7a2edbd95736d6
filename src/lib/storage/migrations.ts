import { withCard } from './bucket-entry';
import { cardKey } from './card-buckets';
import { SCHEMA_VERSION } from './schema-version';

// Its own light file, so that the home page can check it without carrying the migrations;
// exported here too, beside the migrations that move data from one version to the next.
export { SCHEMA_VERSION };

/** Every stored record, by key, as one snapshot a migration can rewrite. */
export type Snapshot = Map<string, unknown>;

/** A pure step from version `from` to `from + 1`: returns the records to write and delete. */
export interface Migration {
	from: number;
	migrate(snapshot: Snapshot): { write: Snapshot; remove: string[] };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A record's own `schema` stamp moved to `version`, when it carries one. */
export const restamp = (value: unknown, version: number) =>
	isObject(value) && 'schema' in value ? { ...value, schema: version } : value;

/**
 * Version 2 keeps card states in buckets (card-buckets.ts) instead of one record per card.
 * Every `card:<id>` record moves into its bucket as it is, damaged or not (damaged ones are
 * still reported there), and records carrying a `schema` stamp get the new version.
 */
export const bucketCards: Migration = {
	from: 1,
	migrate(snapshot) {
		const write: Snapshot = new Map();
		const remove: string[] = [];
		for (const [key, value] of snapshot) {
			if (key.startsWith('card:')) {
				const id = key.slice('card:'.length);
				const bucket = cardKey(id);
				write.set(
					bucket,
					withCard(write.get(bucket) ?? snapshot.get(bucket), id, restamp(value, 2))
				);
				remove.push(key);
			} else if (key.startsWith('attempt:')) write.set(key, restamp(value, 2));
		}
		return { write, remove };
	}
};

/** The migrations of this app, in order; each comes with a fixture test of the old records. */
export const MIGRATIONS: Migration[] = [bucketCards];

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
