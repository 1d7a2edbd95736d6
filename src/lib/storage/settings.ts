import { NEW_PER_DAY, RETENTION, REVIEWS_PER_DAY, type Option } from '$lib/srs/options';
import type { ReadableStore } from './kv-read';

// Checked by hand rather than with valibot: the home page reads the daily limits for its due
// counts and must stay small.

/** What a learner can set; every field has a default a bad stored value falls back to. */
export interface Settings {
	retention: number;
	newPerDay: number;
	reviewsPerDay: number;
}

/** The allowed range and default of each setting (the settings form uses the same bounds). */
export const SETTING_RANGES = {
	retention: RETENTION,
	newPerDay: NEW_PER_DAY,
	reviewsPerDay: REVIEWS_PER_DAY
} satisfies Record<keyof Settings, Option>;

export const DEFAULT_SETTINGS: Settings = {
	retention: RETENTION.default,
	newPerDay: NEW_PER_DAY.default,
	reviewsPerDay: REVIEWS_PER_DAY.default
};

const FIELDS = Object.keys(SETTING_RANGES) as (keyof Settings)[];

function isValid(key: keyof Settings, value: unknown): value is number {
	const { min, max, integer } = SETTING_RANGES[key];
	return (
		typeof value === 'number' &&
		value >= min &&
		value <= max &&
		(!integer || Number.isInteger(value))
	);
}

const LABELS: Record<keyof Settings, string> = {
	retention: 'desired retention',
	newPerDay: 'new cards a day',
	reviewsPerDay: 'reviews a day'
};

/** The key of the one settings record. */
export const SETTINGS_KEY = 'settings';

/**
 * Reads a stored settings record field by field: a missing field takes its default quietly,
 * an invalid one takes its default and is named in `notice`, so one bad value never costs the
 * others.
 */
export function readSettings(value: unknown): { settings: Settings; notice?: string } {
	const record =
		typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
	const settings = { ...DEFAULT_SETTINGS };
	const reset: string[] = [];
	for (const key of FIELDS) {
		const stored = record[key];
		if (stored === undefined) continue;
		if (isValid(key, stored)) settings[key] = stored;
		else reset.push(LABELS[key]);
	}
	if (value !== undefined && (typeof value !== 'object' || value === null))
		reset.push('all settings');
	return reset.length
		? {
				settings,
				notice: `A stored setting was invalid and is back to its default: ${reset.join(', ')}.`
			}
		: { settings };
}

export async function loadSettings(store: ReadableStore) {
	return readSettings(await store.get(SETTINGS_KEY));
}

/** Throws a RangeError naming the first setting out of its range (nothing is stored then). */
export function checkSettings(settings: Settings): void {
	for (const key of FIELDS)
		if (!isValid(key, settings[key]))
			throw new RangeError(`Invalid ${LABELS[key]}: ${settings[key]}`);
}
