import { SETTING_RANGES, type StudySettings } from '$lib/storage/settings';

// The settings form edits text; this turns it into checked numbers, or says what is allowed.

/** A study setting, edited as text. */
export type SettingKey = keyof StudySettings;

export const SETTING_KEYS = Object.keys(SETTING_RANGES) as SettingKey[];

/** The form's label of each setting. */
export const SETTING_LABELS: Record<SettingKey, string> = {
	retention: 'Desired retention',
	newPerDay: 'New cards a day',
	reviewsPerDay: 'Reviews a day'
};

/** A setting as the form shows it: retention with two decimals, counts as whole numbers. */
export function formatSetting(key: SettingKey, value: number): string {
	if (SETTING_RANGES[key].integer) return String(value);
	const fixed = value.toFixed(2);
	return Number(fixed) === value ? fixed : String(value);
}

const bound = (key: SettingKey, value: number) =>
	SETTING_RANGES[key].integer ? value.toLocaleString('en-US') : value.toFixed(2);

/** A setting's range and default in words: "From 0 to 9,999; the default is 20." */
export function rangeHint(key: SettingKey): string {
	const { min, max } = SETTING_RANGES[key];
	return `From ${bound(key, min)} to ${bound(key, max)}; the default is ${bound(key, SETTING_RANGES[key].default)}.`;
}

/** The sentence naming a setting's allowed range, e.g. "from 0.80 to 0.97". */
export function rangeMessage(key: SettingKey): string {
	const { min, max, integer } = SETTING_RANGES[key];
	return `${SETTING_LABELS[key]} must be ${integer ? 'a whole number ' : ''}from ${bound(key, min)} to ${bound(key, max)}.`;
}

/** Reads one field's text; a value outside its range gets the message naming the range. */
export function parseSetting(
	key: SettingKey,
	text: string
): { ok: true; value: number } | { ok: false; message: string } {
	const trimmed = text.trim().replace(',', '.');
	const value = trimmed === '' ? Number.NaN : Number(trimmed);
	const { min, max, integer } = SETTING_RANGES[key];
	if (
		!Number.isFinite(value) ||
		value < min ||
		value > max ||
		(integer && !Number.isInteger(value))
	)
		return { ok: false, message: rangeMessage(key) };
	return { ok: true, value };
}

/** Reads the whole form: the settings, or a message for each field that is out of range. */
export function parseSettings(
	values: Record<SettingKey, string>
):
	| { ok: true; settings: StudySettings }
	| { ok: false; errors: Partial<Record<SettingKey, string>> } {
	const settings: Partial<StudySettings> = {};
	const errors: Partial<Record<SettingKey, string>> = {};
	for (const key of SETTING_KEYS) {
		const parsed = parseSetting(key, values[key]);
		if (parsed.ok) settings[key] = parsed.value;
		else errors[key] = parsed.message;
	}
	return Object.keys(errors).length
		? { ok: false, errors }
		: { ok: true, settings: settings as StudySettings };
}
