import type { KeyValueStore } from '$lib/storage/kv';
import { invalidNotice, type ReadSettings } from '$lib/storage/settings';
import {
	APPEARANCE_KEYS,
	DEFAULT_APPEARANCE,
	type Appearance,
	type AppearanceKey
} from '$lib/storage/settings-appearance';
import { saveSettings } from '$lib/storage/settings-save';
import { forgetAppearance, showAppearance } from './appearance';
import { announceChange } from './changes';
import { WriteThrough, type WriteTiming } from './write-through.svelte';

/** How the page is made to look as chosen (state/appearance.ts in the browser). */
export interface AppearancePage {
	show(appearance: Appearance): void;
	forget(): void;
}

const BROWSER: AppearancePage = {
	show: (appearance) => showAppearance(appearance),
	forget: () => forgetAppearance()
};

const appearanceOf = (settings: Appearance): Appearance => ({
	theme: settings.theme,
	textSize: settings.textSize,
	motion: settings.motion
});

/**
 * Theme, text size and motion: each choice applies at once and is saved at once (as a phone's
 * own settings do), through a write-through, so a failed save is shown and retried.
 */
export class AppearanceForm {
	current = $state<Appearance>({ ...DEFAULT_APPEARANCE });
	/** Why a stored appearance value was replaced by its default. */
	notice = $state<string>();
	/** "Saved." after a choice is stored, cleared by the next choice. */
	status = $state('');
	readonly writes: WriteThrough;
	#edge: AppearancePage;

	/** `edge` applies an appearance to the page and mirrors it, or forgets it; the browser's by default. */
	constructor(edge: AppearancePage = BROWSER, timing?: WriteTiming) {
		this.#edge = edge;
		this.writes = new WriteThrough(timing, 'your choice');
	}

	/** A storage failure while saving, in words. */
	get failure(): string {
		return this.writes.error ?? '';
	}

	get saving(): boolean {
		return this.writes.pending;
	}

	/** Shows (and applies) settings read from the store: its own tab's load, or another tab's save. */
	take({ settings, invalid = [] }: ReadSettings): void {
		this.current = appearanceOf(settings);
		const mine = invalid.filter((key) => (APPEARANCE_KEYS as string[]).includes(key));
		this.notice = invalidNotice(mine);
		this.#edge.show(this.current);
	}

	/** Applies one choice now and stores it. */
	async choose<K extends AppearanceKey>(
		store: KeyValueStore,
		key: K,
		value: Appearance[K]
	): Promise<void> {
		this.current = { ...this.current, [key]: value };
		this.status = '';
		this.#edge.show(this.current);
		const written = await this.writes.run(() => saveSettings(store, { [key]: value }));
		if (!written.ok) return;
		// The whole record is written back with every save: a bad stored value is gone now.
		this.notice = undefined;
		this.status = 'Saved.';
		announceChange({ kind: 'settings' });
	}

	/** Back to the defaults with no mirror left: all data was deleted. */
	forget(): void {
		this.current = { ...DEFAULT_APPEARANCE };
		this.notice = undefined;
		this.status = '';
		this.#edge.forget();
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
