import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { plant } from '$lib/storage/fixtures/plant';
import { indexedDbStore } from '$lib/storage/kv';
import { DEFAULT_SETTINGS, loadSettings } from '$lib/storage/settings';
import type { Appearance } from '$lib/storage/settings-appearance';
import { AppearanceForm } from './appearance-form.svelte';
import { fullStore } from './fixtures/full-store';

let n = 0;
const freshStore = () => indexedDbStore(`appearance-form-${++n}`, 'data');

/** A form over a page that records what it was made to look like. */
function form(timing?: { stallMs: number; retryMs: number }) {
	const shown: (Appearance | 'forgotten')[] = [];
	const appearance = new AppearanceForm(
		{ show: (a) => void shown.push({ ...a }), forget: () => void shown.push('forgotten') },
		timing
	);
	return { appearance, shown };
}

describe('the appearance choices', () => {
	it('apply at once, are stored at once, and leave the study settings alone', async () => {
		const store = freshStore();
		await plant(store, 'settings', { retention: 0.85, newPerDay: 5, reviewsPerDay: 50 });
		const { appearance, shown } = form();
		appearance.take(await loadSettings(store));
		expect(appearance.current).toEqual({ theme: 'system', textSize: 'default', motion: 'system' });
		expect(appearance.notice).toBeUndefined();

		const saving = appearance.choose(store, 'theme', 'dark');
		// Applied before the save lands: the page changes under the person's finger.
		expect(shown.at(-1)).toEqual({ theme: 'dark', textSize: 'default', motion: 'system' });
		await saving;
		await appearance.choose(store, 'textSize', 'largest');
		expect(appearance.status).toBe('Saved.');
		expect((await loadSettings(store)).settings).toEqual({
			retention: 0.85,
			newPerDay: 5,
			reviewsPerDay: 50,
			theme: 'dark',
			textSize: 'largest',
			motion: 'system'
		});
	});

	it('shows a bad stored value as its default with its own notice, which a choice clears', async () => {
		const store = freshStore();
		await plant(store, 'settings', { ...DEFAULT_SETTINGS, retention: 7, theme: 'sepia' });
		const { appearance } = form();
		appearance.take(await loadSettings(store));
		expect(appearance.current.theme).toBe('system');
		// The study value is the study form's to report.
		expect(appearance.notice).toBe(
			'A stored setting was invalid and is back to its default: theme.'
		);
		await appearance.choose(store, 'motion', 'reduce');
		expect(appearance.notice).toBeUndefined();
		expect((await loadSettings(store)).notice).toBeUndefined();
	});

	it('keeps retrying a choice while storage is full, and says so', async () => {
		const store = freshStore();
		const { appearance, shown } = form({ stallMs: 60_000, retryMs: 5 });
		let full = true;
		const saving = appearance.choose(
			fullStore(store, () => full),
			'theme',
			'light'
		);
		await vi.waitFor(() => expect(appearance.failure).toMatch(/your choice is not saved yet/));
		expect(shown.at(-1)).toMatchObject({ theme: 'light' });
		expect(appearance.saving).toBe(true);
		full = false;
		await saving;
		expect(appearance.failure).toBe('');
		expect(appearance.status).toBe('Saved.');
		expect((await loadSettings(store)).settings.theme).toBe('light');
	});

	it('forgets everything after a reset: defaults, no mirror', () => {
		const { appearance, shown } = form();
		appearance.current = { theme: 'dark', textSize: 'large', motion: 'full' };
		appearance.forget();
		expect(appearance.current).toEqual({ theme: 'system', textSize: 'default', motion: 'system' });
		expect(shown).toEqual(['forgotten']);
	});
});
