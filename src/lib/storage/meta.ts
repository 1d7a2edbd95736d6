import { StorageError } from './kv';
import { SCHEMA_VERSION } from './migrations';

// The `meta` record names the schema version the other records are in. Checked by hand: the
// home page reads it too, so that it refuses a store /study would refuse, in the same words.

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
export function readOnlyReason(meta: unknown, target = SCHEMA_VERSION): StorageError | undefined {
	const version = metaVersion(meta);
	if (version === 'damaged')
		return new StorageError(
			'The record that says which version of the app saved your progress is damaged, so the app changes nothing rather than guess. Your progress is kept as it is. If a newer version of the app saved it, reloading the page updates the app.',
			'read-only'
		);
	if (version !== undefined && version > target)
		return new StorageError(
			'Your progress was saved by a newer version of the app. Reload the page to update the app; nothing has been changed.',
			'read-only'
		);
	return undefined;
}
