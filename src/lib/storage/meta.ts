import { SCHEMA_VERSION } from './schema-version';

// The `meta` record names the schema version the other records are in. Checked by hand, with
// its words apart (meta-words.ts): the home page checks it on every visit, so that it refuses a
// store /study would refuse, but loads the words only when it has to say them.

export const META_KEY = 'meta';

/**
 * The version a stored `meta` record names: undefined when there is none (a new store),
 * 'damaged' when it is there but not a meta record this app can read.
 */
export function metaVersion(meta: unknown): number | 'damaged' | undefined {
	if (meta === undefined) return undefined;
	const version = (meta as { schemaVersion?: unknown } | null)?.schemaVersion;
	return Object.prototype.toString.call(meta) === '[object Object]' &&
		Number.isInteger(version) &&
		(version as number) >= 1
		? (version as number)
		: 'damaged';
}

/**
 * Why this app must not write to a store with this `meta`, or undefined when it may. A newer
 * app's store is left to that app. A damaged meta is kept and refused too: it is the only
 * record that says which format the others are in, and it may be a newer app's meta in a shape
 * this one does not know, so migrating or writing on a guess could spoil data it cannot read.
 */
export function readOnlyReason(meta: unknown, target = SCHEMA_VERSION): ReadOnlyReason | undefined {
	const version = metaVersion(meta);
	if (version === 'damaged') return 'damaged';
	return version !== undefined && version > target ? 'newer' : undefined;
}

export type ReadOnlyReason = 'damaged' | 'newer';
