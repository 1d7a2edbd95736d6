import * as v from 'valibot';
import { countWords, type RecordKind } from './kind';
import {
	SETTINGS_KEY,
	SETTING_RANGES,
	loadSettings,
	readSettings,
	type Settings,
	type StudySettings
} from './settings';
import { APPEARANCE_CHOICES, APPEARANCE_KEYS, type Appearance } from './settings-appearance';

/** One study setting within its allowed range (the same bounds the settings form and saveSettings use). */
function settingSchema(key: keyof StudySettings) {
	const { min, max, integer } = SETTING_RANGES[key];
	const number = integer ? v.pipe(v.number(), v.integer()) : v.number();
	return v.pipe(number, v.minValue(min), v.maxValue(max));
}

/** The settings a backup holds: a backup made before the appearance settings has none of them. */
export type BackupSettings = StudySettings & Partial<Appearance>;

const FIELDS = [...(Object.keys(SETTING_RANGES) as (keyof StudySettings)[]), ...APPEARANCE_KEYS];

const same = (a: BackupSettings, b: BackupSettings) => FIELDS.every((key) => a[key] === b[key]);

/** The given fields only: a field a backup lacks keeps the current value. */
const given = (settings: BackupSettings): Partial<Settings> =>
	Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));

/** Study settings in words: "desired retention 0.85, 10 new cards a day, 100 reviews a day". */
export function describeSettings(settings: StudySettings): string {
	return `desired retention ${settings.retention.toFixed(2)}, ${countWords(settings.newPerDay, ['new card', 'new cards'])} a day, ${countWords(settings.reviewsPerDay, ['review', 'reviews'])} a day`;
}

/** Appearance in words: "dark theme, largest text, reduced motion". */
function describeAppearance(appearance: Appearance): string {
	const theme = appearance.theme === 'system' ? 'the system’s theme' : `${appearance.theme} theme`;
	const text =
		appearance.textSize === 'default' ? 'default text size' : `${appearance.textSize} text`;
	const motion = {
		system: 'motion as the system says',
		reduce: 'reduced motion',
		full: 'full motion'
	}[appearance.motion];
	return `${theme}, ${text}, ${motion}`;
}

/** The settings, one record, stored whole. */
export const settingsKind: RecordKind<'settings', BackupSettings, Partial<Settings>> = {
	name: 'settings',
	prefix: SETTINGS_KEY,
	label: 'settings',
	schema: v.object({
		retention: settingSchema('retention'),
		newPerDay: settingSchema('newPerDay'),
		reviewsPerDay: settingSchema('reviewsPerDay'),
		theme: v.optional(v.picklist(APPEARANCE_CHOICES.theme)),
		textSize: v.optional(v.picklist(APPEARANCE_CHOICES.textSize)),
		motion: v.optional(v.picklist(APPEARANCE_CHOICES.motion))
	}),
	// A stored value that fails its check falls back to its default with a notice (settings.ts),
	// so the settings are never a damaged record.
	async load(store) {
		return { records: (await loadSettings(store)).settings, corrupt: [] };
	},
	count: () => 1,
	/** The backup's settings replace the current ones when they differ; ones it lacks are kept. */
	plan(current, incoming) {
		const now = readSettings(current).settings;
		const next = { ...now, ...given(incoming) };
		if (same(now, next)) return { records: [], added: 0, updated: 0 };
		const looks = APPEARANCE_KEYS.some((key) => next[key] !== now[key]);
		return {
			records: [given(incoming)],
			added: 0,
			updated: 0,
			replaced: looks
				? `your settings with the backup’s (${describeSettings(next)}; ${describeAppearance(next)})`
				: `your study settings with the backup’s (${describeSettings(next)})`
		};
	},
	writes: (records) =>
		records.map((change) => [
			SETTINGS_KEY,
			(stored) => ({ ...readSettings(stored).settings, ...change })
		])
};
