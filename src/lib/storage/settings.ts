import * as v from 'valibot';
import type { KeyValueStore } from './kv';

/** What a learner can set; every field has a default a bad stored value falls back to. */
export interface Settings {
	retention: number;
	newPerDay: number;
	reviewsPerDay: number;
}

export const DEFAULT_SETTINGS: Settings = { retention: 0.9, newPerDay: 20, reviewsPerDay: 200 };

const FIELDS = {
	retention: v.pipe(v.number(), v.minValue(0.8), v.maxValue(0.97)),
	newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)),
	reviewsPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99999))
} satisfies Record<keyof Settings, v.GenericSchema>;

const LABELS: Record<keyof Settings, string> = {
	retention: 'desired retention',
	newPerDay: 'new cards a day',
	reviewsPerDay: 'reviews a day'
};

const KEY = 'settings';

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
	for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
		if (record[key] === undefined) continue;
		const parsed = v.safeParse(FIELDS[key], record[key]);
		if (parsed.success) settings[key] = parsed.output;
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

export async function loadSettings(store: KeyValueStore) {
	return readSettings(await store.get(KEY));
}

/** Saves settings after checking them; an invalid value is refused, not stored. */
export async function saveSettings(store: KeyValueStore, settings: Settings): Promise<void> {
	for (const key of Object.keys(FIELDS) as (keyof Settings)[])
		if (!v.safeParse(FIELDS[key], settings[key]).success)
			throw new RangeError(`Invalid ${LABELS[key]}: ${settings[key]}`);
	await store.set(KEY, { ...settings });
}
