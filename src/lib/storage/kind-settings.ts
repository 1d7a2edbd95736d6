import * as v from 'valibot';
import { countWords, type RecordKind } from './kind';
import { SETTINGS_KEY, SETTING_RANGES, loadSettings, type Settings } from './settings';

/** One setting within its allowed range (the same bounds the settings form and saveSettings use). */
function settingSchema(key: keyof Settings) {
	const { min, max, integer } = SETTING_RANGES[key];
	const number = integer ? v.pipe(v.number(), v.integer()) : v.number();
	return v.pipe(number, v.minValue(min), v.maxValue(max));
}

const same = (a: Settings, b: Settings) =>
	a.retention === b.retention && a.newPerDay === b.newPerDay && a.reviewsPerDay === b.reviewsPerDay;

/** Settings in words: "desired retention 0.85, 10 new cards a day, 100 reviews a day". */
export function describeSettings(settings: Settings): string {
	return `desired retention ${settings.retention.toFixed(2)}, ${countWords(settings.newPerDay, ['new card', 'new cards'])} a day, ${countWords(settings.reviewsPerDay, ['review', 'reviews'])} a day`;
}

/** The study settings, one record, stored whole. */
export const settingsKind: RecordKind<'settings', Settings, Settings> = {
	name: 'settings',
	prefix: SETTINGS_KEY,
	label: 'settings',
	schema: v.object({
		retention: settingSchema('retention'),
		newPerDay: settingSchema('newPerDay'),
		reviewsPerDay: settingSchema('reviewsPerDay')
	}),
	// A stored value that fails its check falls back to its default with a notice (settings.ts),
	// so the settings are never a damaged record.
	async load(store) {
		return { data: (await loadSettings(store)).settings, damaged: [] };
	},
	count: () => 1,
	/** The backup's settings replace the current ones when they differ. */
	plan(current, incoming) {
		if (same(current, incoming)) return { records: [], added: 0, updated: 0 };
		return {
			records: [{ ...incoming }],
			added: 0,
			updated: 0,
			replaced: `your study settings with the backup’s (${describeSettings(incoming)})`
		};
	},
	writes: (records) => records.map((settings) => [SETTINGS_KEY, () => settings])
};
