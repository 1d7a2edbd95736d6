import { NEW_PER_DAY, RETENTION, REVIEWS_PER_DAY, type Option } from '$lib/srs/options';
import type { ReadableStore } from './kv-read';
import { APPEARANCE_CHOICES, DEFAULT_APPEARANCE, type Appearance } from './settings-appearance';

// Checked by hand rather than with valibot: the home page reads the daily limits for its due
// counts and must stay small.

/** The study limits a learner can set, each a number within its range. */
export interface StudySettings {
	retention: number;
	newPerDay: number;
	reviewsPerDay: number;
}

/** What a learner can set; every field has a default a bad or missing stored value falls back to. */
export type Settings = StudySettings & Appearance;

/** The allowed range and default of each study setting (the settings form uses the same bounds). */
export const SETTING_RANGES = {
	retention: RETENTION,
	newPerDay: NEW_PER_DAY,
	reviewsPerDay: REVIEWS_PER_DAY
} satisfies Record<keyof StudySettings, Option>;

export const DEFAULT_SETTINGS: Settings = {
	retention: RETENTION.default,
	newPerDay: NEW_PER_DAY.default,
	reviewsPerDay: REVIEWS_PER_DAY.default,
	...DEFAULT_APPEARANCE
};

const inRange =
	({ min, max, integer }: Option) =>
	(value: unknown) =>
		typeof value === 'number' &&
		value >= min &&
		value <= max &&
		(!integer || Number.isInteger(value));

const oneOf = (choices: readonly string[]) => (value: unknown) => choices.includes(value as string);

/** Each field's check: a study limit within its range, an appearance setting one of its choices. */
const CHECKS: Record<keyof Settings, (value: unknown) => boolean> = {
	retention: inRange(RETENTION),
	newPerDay: inRange(NEW_PER_DAY),
	reviewsPerDay: inRange(REVIEWS_PER_DAY),
	theme: oneOf(APPEARANCE_CHOICES.theme),
	textSize: oneOf(APPEARANCE_CHOICES.textSize),
	motion: oneOf(APPEARANCE_CHOICES.motion)
};

const FIELDS = Object.keys(CHECKS) as (keyof Settings)[];

/** Each setting in words, as notices and refusals name it. */
export const SETTING_LABELS: Record<keyof Settings, string> = {
	retention: 'desired retention',
	newPerDay: 'new cards a day',
	reviewsPerDay: 'reviews a day',
	theme: 'theme',
	textSize: 'text size',
	motion: 'motion'
};

/** The key of the one settings record. */
export const SETTINGS_KEY = 'settings';

/** What reading the stored settings gave: every field, and which ones were invalid. */
export interface ReadSettings {
	settings: Settings;
	/** Why stored values were replaced by their defaults, in words; none when all were fine. */
	notice?: string;
	/** The fields whose stored value was invalid (all of them for a record that is not an object). */
	invalid?: (keyof Settings)[];
}

/**
 * Reads a stored settings record field by field: a missing field (a record from before it
 * existed) takes its default quietly, an invalid one takes its default and is named in `notice`,
 * so one bad value never costs the others.
 */
export function readSettings(value: unknown): ReadSettings {
	const record =
		typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
	const settings = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
	const invalid: (keyof Settings)[] = [];
	for (const key of FIELDS) {
		const stored = record[key];
		if (stored === undefined) continue;
		if (CHECKS[key](stored)) settings[key] = stored;
		else invalid.push(key);
	}
	const whole = value !== undefined && (typeof value !== 'object' || value === null);
	const notice = whole ? invalidNotice(FIELDS, 'all settings') : invalidNotice(invalid);
	// Every field is its default or a stored value that passed its check.
	const checked = settings as Settings;
	return notice
		? { settings: checked, notice, invalid: whole ? FIELDS : invalid }
		: { settings: checked };
}

/** The notice naming settings whose stored value was invalid; undefined when there are none. */
export function invalidNotice(invalid: readonly (keyof Settings)[], words?: string) {
	if (!invalid.length) return undefined;
	return `A stored setting was invalid and is back to its default: ${words ?? invalid.map((key) => SETTING_LABELS[key]).join(', ')}.`;
}

export async function loadSettings(store: ReadableStore): Promise<ReadSettings> {
	return readSettings(await store.get(SETTINGS_KEY));
}
