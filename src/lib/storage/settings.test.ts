import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { indexedDbStore } from './kv';
import { DEFAULT_SETTINGS, loadSettings, readSettings } from './settings';
import { saveSettings } from './settings-save';

describe('readSettings', () => {
	it('gives the defaults when nothing is stored, quietly', () => {
		expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
	});

	it('keeps valid values', () => {
		expect(readSettings({ retention: 0.85, newPerDay: 5, reviewsPerDay: 50 }).settings).toEqual({
			retention: 0.85,
			newPerDay: 5,
			reviewsPerDay: 50
		});
	});

	it('resets only the bad field and names it', () => {
		const { settings, notice } = readSettings({
			retention: 1.5,
			newPerDay: 7,
			reviewsPerDay: 'lots'
		});
		expect(settings).toEqual({ retention: 0.9, newPerDay: 7, reviewsPerDay: 200 });
		expect(notice).toBe(
			'A stored setting was invalid and is back to its default: desired retention, reviews a day.'
		);
	});

	it.each([null, 42, 'text', []])('survives a record that is not an object (%j)', (value) => {
		const { settings, notice } = readSettings(value);
		expect(settings).toEqual(DEFAULT_SETTINGS);
		if (!Array.isArray(value)) expect(notice).toContain('all settings');
	});
});

describe('stored settings', () => {
	it('round-trip, and an invalid value is refused without touching what is stored', async () => {
		const store = indexedDbStore('settings-test', 'data');
		await saveSettings(store, { retention: 0.95, newPerDay: 10, reviewsPerDay: 100 });
		await expect(
			saveSettings(store, { retention: 0.5, newPerDay: 10, reviewsPerDay: 100 })
		).rejects.toThrow(/desired retention/);
		expect((await loadSettings(store)).settings).toEqual({
			retention: 0.95,
			newPerDay: 10,
			reviewsPerDay: 100
		});
	});
});
