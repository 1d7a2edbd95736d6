import type { KeyValueStore } from '$lib/storage/kv';
import {
	DEFAULT_SETTINGS,
	SETTING_RANGES,
	invalidNotice,
	loadSettings,
	type ReadSettings,
	type StudySettings
} from '$lib/storage/settings';
import { saveSettings } from '$lib/storage/settings-save';
import { announceChange } from './changes';
import { SETTING_KEYS, formatSetting, parseSettings, type SettingKey } from './settings-input';
import { WriteThrough, type WriteTiming } from './write-through.svelte';

type Fields = Record<SettingKey, string>;

const fieldsOf = (settings: StudySettings): Fields => ({
	retention: formatSetting('retention', settings.retention),
	newPerDay: formatSetting('newPerDay', settings.newPerDay),
	reviewsPerDay: formatSetting('reviewsPerDay', settings.reviewsPerDay)
});

/** The study settings form: text being edited, per-field messages, and what is saved. */
export class SettingsForm {
	fields = $state<Fields>(fieldsOf(DEFAULT_SETTINGS));
	errors = $state<Partial<Record<SettingKey, string>>>({});
	/** Why a stored value was replaced by its default, from loadSettings. */
	notice = $state<string>();
	/** "Saved." after a save, cleared by the next edit. */
	status = $state('');
	/** Saves land however long storage is full: retried until they do, or the store is read-only. */
	readonly writes: WriteThrough;
	#saved = $state<Fields>(fieldsOf(DEFAULT_SETTINGS));

	constructor(timing?: WriteTiming) {
		this.writes = new WriteThrough(timing);
	}

	/** A storage failure while saving, in words. */
	get failure(): string {
		return this.writes.error ?? '';
	}

	/** A save is under way (or waiting to be retried). */
	get saving(): boolean {
		return this.writes.pending;
	}

	/** Whether the fields differ from what is stored. */
	readonly dirty = $derived(SETTING_KEYS.some((key) => this.fields[key] !== this.#saved[key]));

	/** Reads the stored settings and shows them; returns what was read (the page shares it). */
	async load(store: KeyValueStore): Promise<ReadSettings> {
		const read = await loadSettings(store);
		this.show(read);
		return read;
	}

	/** Shows settings read from the store, with a notice for the study values that were invalid. */
	show({ settings, invalid = [] }: ReadSettings): void {
		this.#saved = fieldsOf(settings);
		this.fields = fieldsOf(settings);
		this.errors = {};
		this.notice = invalidNotice(invalid.filter((key) => key in SETTING_RANGES));
	}

	/** Takes what another tab saved, unless this form holds edits not saved yet. */
	take(read: ReadSettings): void {
		if (!this.dirty) this.show(read);
	}

	edit(key: SettingKey, text: string): void {
		this.fields[key] = text;
		delete this.errors[key];
		this.status = '';
	}

	/** Puts the defaults in the fields; they are stored on Save, like any edit. */
	useDefaults(): void {
		this.fields = fieldsOf(DEFAULT_SETTINGS);
		this.errors = {};
		this.status = '';
	}

	/** Checks and stores the fields; returns the first field in error, if any. */
	async save(store: KeyValueStore): Promise<SettingKey | undefined> {
		this.status = '';
		const parsed = parseSettings(this.fields);
		if (!parsed.ok) {
			this.errors = parsed.errors;
			return SETTING_KEYS.find((key) => parsed.errors[key]);
		}
		this.errors = {};
		const written = await this.writes.run(() => saveSettings(store, parsed.settings));
		if (!written.ok) return undefined;
		this.#saved = fieldsOf(parsed.settings);
		this.fields = fieldsOf(parsed.settings);
		this.notice = undefined;
		this.status = 'Saved.';
		announceChange({ kind: 'settings' });
		return undefined;
	}

	/** Tries a waiting save now. */
	retry(): void {
		this.writes.retryNow();
	}

	/** Stops retrying: the page is leaving. */
	dispose(): void {
		this.writes.dispose();
	}
}
