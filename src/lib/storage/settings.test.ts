import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { settingsKind } from './kind-settings';
import { indexedDbStore } from './kv';
import { DEFAULT_SETTINGS, loadSettings, readSettings } from './settings';
import { APPEARANCE_CHOICES } from './settings-appearance';
import { saveSettings } from './settings-save';

const study = { retention: 0.85, newPerDay: 5, reviewsPerDay: 50 };

describe('readSettings', () => {
	it('gives the defaults when nothing is stored, quietly', () => {
		expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
	});

	it('keeps valid values', () => {
		const stored = { ...study, theme: 'dark', textSize: 'largest', motion: 'reduce' } as const;
		expect(readSettings(stored)).toEqual({ settings: stored });
	});

	it('reads a record from before the appearance settings quietly, with their defaults', () => {
		expect(readSettings(study)).toEqual({
			settings: { ...study, theme: 'system', textSize: 'default', motion: 'system' }
		});
	});

	it('resets only the bad field and names it', () => {
		const { settings, notice, invalid } = readSettings({
			retention: 1.5,
			newPerDay: 7,
			reviewsPerDay: 'lots',
			theme: 'dark'
		});
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 7, theme: 'dark' });
		expect(notice).toBe(
			'A stored setting was invalid and is back to its default: desired retention, reviews a day.'
		);
		expect(invalid).toEqual(['retention', 'reviewsPerDay']);
	});

	it.each([
		['theme', 'purple', 'theme'],
		['theme', 'DARK', 'theme'],
		['textSize', 3, 'text size'],
		['textSize', 'huge', 'text size'],
		['motion', null, 'motion'],
		['motion', true, 'motion']
	])('falls back on a bad %s (%j) and names it', (key, value, words) => {
		const { settings, notice, invalid } = readSettings({ ...study, [key]: value });
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...study });
		expect(notice).toBe(`A stored setting was invalid and is back to its default: ${words}.`);
		expect(invalid).toEqual([key]);
	});

	it.each([null, 42, 'text', []])('survives a record that is not an object (%j)', (value) => {
		const { settings, notice } = readSettings(value);
		expect(settings).toEqual(DEFAULT_SETTINGS);
		if (!Array.isArray(value)) expect(notice).toContain('all settings');
	});
});

let n = 0;
const freshStore = () => indexedDbStore(`settings-test-${++n}`, 'data');

describe('stored settings', () => {
	it('round-trip, and an invalid value is refused without touching what is stored', async () => {
		const store = freshStore();
		await saveSettings(store, { retention: 0.95, newPerDay: 10, reviewsPerDay: 100 });
		await expect(
			saveSettings(store, { retention: 0.5, newPerDay: 10, reviewsPerDay: 100 })
		).rejects.toThrow(/desired retention/);
		await expect(saveSettings(store, { theme: 'sepia' as 'dark' })).rejects.toThrow(
			/Invalid theme: sepia/
		);
		await expect(saveSettings(store, { newPerDay: undefined })).rejects.toThrow(
			/Invalid new cards a day: undefined/
		);
		// The first in the settings' order is named, as before the check moved.
		await expect(saveSettings(store, { theme: undefined, retention: 5 })).rejects.toThrow(
			/Invalid desired retention: 5/
		);
		expect((await loadSettings(store)).settings).toEqual({
			...DEFAULT_SETTINGS,
			retention: 0.95,
			newPerDay: 10,
			reviewsPerDay: 100
		});
	});

	it('a change to some settings keeps the others: the study form and the appearance never clash', async () => {
		const store = freshStore();
		await saveSettings(store, study);
		await saveSettings(store, { theme: 'dark' });
		await saveSettings(store, { textSize: 'larger' });
		await saveSettings(store, { ...study, newPerDay: 9 });
		expect((await loadSettings(store)).settings).toEqual({
			...DEFAULT_SETTINGS,
			...study,
			newPerDay: 9,
			theme: 'dark',
			textSize: 'larger'
		});
	});

	it('every choice of every appearance setting is stored and read back', async () => {
		const store = freshStore();
		for (const [key, choices] of Object.entries(APPEARANCE_CHOICES))
			for (const choice of choices) {
				await saveSettings(store, { [key]: choice });
				expect((await loadSettings(store)).settings).toMatchObject({ [key]: choice });
			}
	});
});

describe('settings in a backup', () => {
	const current = { ...DEFAULT_SETTINGS, ...study, theme: 'dark' } as const;

	it('an old backup without appearance settings keeps the current ones', () => {
		const change = settingsKind.plan(current, { ...study, newPerDay: 8 }, new Set());
		expect(change.records).toEqual([{ ...study, newPerDay: 8 }]);
		expect(change.replaced).toBe(
			'your study settings with the backup’s (desired retention 0.85, 8 new cards a day, 50 reviews a day)'
		);
		expect(settingsKind.plan(current, study, new Set()).records).toEqual([]);
	});

	it('a backup’s appearance replaces the current one, in words', () => {
		const change = settingsKind.plan(
			current,
			{ ...study, theme: 'light', textSize: 'largest' },
			new Set()
		);
		expect(change.replaced).toBe(
			'your settings with the backup’s (desired retention 0.85, 5 new cards a day, 50 reviews a day; light theme, largest text, motion as the system says)'
		);
		const [[key, merge]] = settingsKind.writes!(change.records) as [
			[string, (stored: unknown) => unknown]
		];
		expect(key).toBe('settings');
		expect(merge({ ...current, motion: 'full' })).toEqual({
			...current,
			motion: 'full',
			theme: 'light',
			textSize: 'largest'
		});
	});
});
