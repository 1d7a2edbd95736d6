import type { KeyValueStore } from './kv';
import { updateIfCurrent } from './open';
import { SETTINGS_KEY, checkSettings, type Settings } from './settings';

// The write side of the settings, apart from settings.ts: the home page reads the settings and
// must not carry the store's write path.

/**
 * Saves settings after checking them; an invalid value is refused, not stored. Version-checked
 * like every write: a tab left open across an update never writes over a newer app's store.
 */
export async function saveSettings(store: KeyValueStore, settings: Settings): Promise<void> {
	checkSettings(settings);
	const record = { ...settings };
	await updateIfCurrent(store, [SETTINGS_KEY], () => [record]);
}
