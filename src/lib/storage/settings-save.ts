import type { KeyValueStore } from './kv';
import { updateIfCurrent } from './open';
import { SETTINGS_KEY, SETTING_LABELS, readSettings, type Settings } from './settings';

// The write side of the settings, apart from settings.ts: the home page reads the settings and
// must not carry the store's write path.

/**
 * Saves a change to some settings over the stored record, read in the same transaction, so the
 * study form and the appearance choices (or two tabs) never write over each other's fields. The
 * change is checked first: an invalid value is refused, not stored. Version-checked like
 * every write: a tab left open across an update never writes over a newer app's store.
 */
export async function saveSettings(store: KeyValueStore, change: Partial<Settings>): Promise<void> {
	checkSettings(change);
	const fields = { ...change };
	await updateIfCurrent(store, [SETTINGS_KEY], ([old]) => [
		{ ...readSettings(old).settings, ...fields }
	]);
}

/**
 * Throws a RangeError naming the first given setting, in the settings' order, that is not allowed
 * (nothing is stored then), by the very check a stored record goes through; a field given as
 * undefined is refused too.
 */
function checkSettings(change: Partial<Settings>): void {
	const invalid = readSettings(change).invalid ?? [];
	const first = (Object.keys(SETTING_LABELS) as (keyof Settings)[]).find(
		(key) => key in change && (change[key] === undefined || invalid.includes(key))
	);
	if (first) throw new RangeError(`Invalid ${SETTING_LABELS[first]}: ${String(change[first])}`);
}
