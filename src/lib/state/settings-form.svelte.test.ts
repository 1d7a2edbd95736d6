import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { indexedDbStore } from '$lib/storage/kv';
import { DEFAULT_SETTINGS, loadSettings } from '$lib/storage/settings';
import { fullStore } from './fixtures/full-store';
import { SettingsForm } from './settings-form.svelte';
import { plant } from '$lib/storage/fixtures/plant';

let n = 0;
const freshStore = () => indexedDbStore(`settings-form-${++n}`, 'data');

describe('the settings form', () => {
	it('shows a stored invalid value as its default with the notice, and saving clears it', async () => {
		const store = freshStore();
		await plant(store, 'settings', { retention: 5, newPerDay: 7, reviewsPerDay: 100 });
		const form = new SettingsForm();
		await form.load(store);
		expect(form.fields).toEqual({ retention: '0.90', newPerDay: '7', reviewsPerDay: '100' });
		expect(form.notice).toMatch(/desired retention/);
		expect(form.dirty).toBe(false);

		form.edit('newPerDay', '12');
		expect(form.dirty).toBe(true);
		expect(await form.save(store)).toBeUndefined();
		expect(form.status).toBe('Saved.');
		expect(form.notice).toBeUndefined();
		expect(form.dirty).toBe(false);
		expect(await loadSettings(store)).toEqual({
			settings: { ...DEFAULT_SETTINGS, retention: 0.9, newPerDay: 12, reviewsPerDay: 100 }
		});
	});

	it('refuses an out-of-range value inline, naming the first bad field, and stores nothing', async () => {
		const store = freshStore();
		const form = new SettingsForm();
		await form.load(store);
		form.edit('reviewsPerDay', '-3');
		form.edit('retention', '0.5');
		expect(await form.save(store)).toBe('retention');
		expect(form.errors).toEqual({
			retention: 'Desired retention must be from 0.80 to 0.97.',
			reviewsPerDay: 'Reviews a day must be a whole number from 0 to 99,999.'
		});
		expect(form.status).toBe('');
		expect(await store.get('settings')).toBeUndefined();
		form.edit('retention', '0.85');
		expect(form.errors.retention).toBeUndefined();
		expect(form.errors.reviewsPerDay).toBeDefined();
	});

	it('takes another tab’s settings unless it holds unsaved edits', async () => {
		const store = freshStore();
		const form = new SettingsForm();
		await form.load(store);
		await plant(store, 'settings', { retention: 0.95, newPerDay: 5, reviewsPerDay: 50 });
		form.take(await loadSettings(store));
		expect(form.fields.retention).toBe('0.95');
		form.edit('newPerDay', '9');
		await plant(store, 'settings', { retention: 0.8, newPerDay: 5, reviewsPerDay: 50 });
		form.take(await loadSettings(store));
		expect(form.fields).toEqual({ retention: '0.95', newPerDay: '9', reviewsPerDay: '50' });
	});

	it('regression: saving settings with storage full never retries', async () => {
		const store = freshStore();
		const form = new SettingsForm({ stallMs: 60_000, retryMs: 5 });
		await form.load(store);
		let full = true;
		const failing = fullStore(store, () => full);
		form.edit('newPerDay', '12');
		const saving = form.save(failing);
		await vi.waitFor(() => expect(form.failure).toMatch(/keeps trying/));
		expect(form.saving).toBe(true);
		expect(form.status).toBe('');
		full = false; // space is back: the next try, on its own, stores the setting
		expect(await saving).toBeUndefined();
		expect(form.failure).toBe('');
		expect(form.status).toBe('Saved.');
		expect((await loadSettings(store)).settings.newPerDay).toBe(12);
	});

	it('stops retrying when the page leaves', async () => {
		const store = freshStore();
		const form = new SettingsForm({ stallMs: 60_000, retryMs: 60_000 });
		await form.load(store);
		const failing = fullStore(store, () => true);
		const saving = form.save(failing);
		await vi.waitFor(() => expect(form.failure).toMatch(/storage space/));
		form.dispose();
		expect(await saving).toBeUndefined();
		expect(form.status).toBe('');
		expect(form.saving).toBe(false);
	});
});
