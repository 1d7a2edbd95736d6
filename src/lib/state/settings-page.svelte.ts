import { localDay } from '$lib/storage/backup-format';
import {
	DAMAGE_LABELS,
	countRecords,
	damagedRecordsFile,
	readDamagedValues,
	takeInventory,
	type DamagedRecord,
	type Inventory
} from '$lib/storage/inventory';
import type { KeyValueStore } from '$lib/storage/kv';
import { requestPersistence, storageStatus, type StorageStatus } from '$lib/storage/persistence';
import { mayLoseDataAfterAWeek, type BrowserFacts } from '$lib/storage/platform';
import { loadSettings, readSettings, type ReadSettings } from '$lib/storage/settings';
import { AppearanceForm, type AppearancePage } from './appearance-form.svelte';
import { BackupFlow } from './backup-flow.svelte';
import { list } from './backup-words';
import { onChange } from './changes';
import { systemClock } from './clock';
import { ResetFlow } from './reset-flow.svelte';
import { SettingsForm } from './settings-form.svelte';

/** What the settings page needs from the browser; the real ones are passed in by the route. */
export interface SettingsPageDeps {
	open: () => Promise<KeyValueStore>;
	download: (fileName: string, text: string) => void;
	storage?: { status: () => Promise<StorageStatus>; persist: () => Promise<boolean | null> };
	appVersion?: string;
	now?: () => Date;
	/** Applies and mirrors the appearance settings, and forgets them on a reset (the page's by default). */
	appearance?: AppearancePage;
}

/**
 * The /settings page: the study settings form, the appearance choices, backups, storage status,
 * the damaged-record report and the reset, all over one store. Every failure ends up in `error`
 * or a section's message.
 */
export class SettingsPage {
	readonly form = new SettingsForm();
	readonly appearance: AppearanceForm;
	readonly backup: BackupFlow;
	readonly reset = new ResetFlow();

	loading = $state(true);
	/** Why the store could not be opened or read (a StorageError's words). */
	error = $state('');
	counts = $state.raw<{ noun: readonly [string, string]; n: number }[]>();
	damaged = $state.raw<DamagedRecord[]>([]);
	/** What the damaged-record report covers, in words: "card, review log and quiz". */
	readonly checked = list(DAMAGE_LABELS);
	damagedError = $state('');
	storage = $state.raw<StorageStatus>();
	/** What the browser answered when asked to keep the data. */
	persistAnswer = $state('');
	asking = $state(false);
	/** An iPhone or iPad browser tab, whose data WebKit may delete after a week without a visit. */
	weekLimit = $state(false);

	/** How many changes other tabs announced: an import's counts hold if none came during it. */
	#heard = 0;
	#deps: SettingsPageDeps;
	#store = $state.raw<KeyValueStore>();

	constructor(deps: SettingsPageDeps) {
		this.#deps = deps;
		this.backup = new BackupFlow(deps.download, deps.now);
		this.appearance = new AppearanceForm(deps.appearance);
	}

	/** Opens the store and reads everything the page shows. */
	async load(facts?: BrowserFacts): Promise<void> {
		this.loading = true;
		this.error = '';
		if (facts) this.weekLimit = mayLoseDataAfterAWeek(facts);
		try {
			this.#store = await this.#deps.open();
			const store = this.#store;
			await Promise.all([this.#showSettings(store), this.refresh(), this.refreshStorage()]);
		} catch (error) {
			this.error = messageOf(error);
		} finally {
			this.loading = false;
		}
	}

	/** Reads the settings once for both forms; the study form keeps its unsaved edits. */
	async #showSettings(store: KeyValueStore, read?: ReadSettings): Promise<void> {
		read ??= await loadSettings(store);
		this.form.take(read);
		this.appearance.take(read);
	}

	/** The store, once open (the page shows no form before that). */
	get store(): KeyValueStore | undefined {
		return this.#store;
	}

	/** Re-reads the counts and the damaged-record list; returns what it read. */
	refresh = async (): Promise<Inventory | undefined> => {
		if (!this.#store) return;
		const inventory = await takeInventory(this.#store);
		this.counts = countRecords(inventory.data);
		this.damaged = inventory.damaged;
		return inventory;
	};

	async refreshStorage(): Promise<void> {
		this.storage = await (this.#deps.storage?.status ?? storageStatus)();
	}

	/** Follows what other tabs save; returns what stops that, and any save still retrying. */
	listen(): () => void {
		const stop = onChange((change) => {
			this.#heard++;
			const store = this.#store;
			if (!store) return;
			if (change.kind === 'settings' || change.kind === 'all') void this.#showSettings(store);
			// One read of everything serves the counts and an open preview's new plan.
			const stored = change.kind === 'settings' ? undefined : this.refresh().catch(() => undefined);
			void this.backup.replan(store, stored);
		});
		return () => {
			stop();
			this.form.dispose();
			this.appearance.dispose();
		};
	}

	/** Asks the browser to keep the app's data, and says what it answered. */
	async keepData(): Promise<void> {
		this.asking = true;
		try {
			const granted = await (this.#deps.storage?.persist ?? requestPersistence)();
			this.persistAnswer =
				granted === true
					? 'Done: this browser will keep the app’s data until you delete it.'
					: granted === false
						? 'The browser said no. Browsers usually agree for sites you use often or add to the home screen; until then, download a backup now and then.'
						: 'This browser cannot be asked to keep the data. Download a backup now and then.';
			await this.refreshStorage();
		} finally {
			this.asking = false;
		}
	}

	/** Imports the previewed backup, then shows what is stored now. */
	async importBackup(): Promise<void> {
		const store = this.#store;
		const plan = this.backup.preview?.plan;
		const heard = this.#heard;
		if (!store || !plan || !(await this.backup.confirm(store))) return;
		// The counts come from the plan (kept current with other tabs' changes) rather than a
		// second read of everything just written, unless another tab wrote during the import, or
		// damaged records are stored: an import never writes over one, so what the plan adds on
		// a damaged key is not there (regression: the page counted a card it had not written).
		const recount = this.#heard === heard && this.damaged.length === 0 ? undefined : this.refresh();
		if (!recount) this.counts = plan.after;
		await Promise.all([
			plan.changes.settings.replaced ? this.#showSettings(store) : undefined,
			recount,
			this.refreshStorage()
		]).catch((error: unknown) => (this.error = messageOf(error)));
	}

	/**
	 * Deletes all of the app's data once the word is typed, then shows the empty state: default
	 * settings, no appearance mirror, nothing counted.
	 */
	async resetAll(): Promise<boolean> {
		const store = this.#store;
		if (!store || !(await this.reset.run(store, this.counts))) return false;
		this.backup.cancel();
		this.form.show(readSettings(undefined));
		this.appearance.forget();
		await this.refresh().catch((error: unknown) => (this.error = messageOf(error)));
		return true;
	}

	/** Downloads the damaged records, as stored, for a bug report. */
	async downloadDamaged(): Promise<void> {
		const store = this.#store;
		if (!store) return;
		this.damagedError = '';
		try {
			const records = await readDamagedValues(store, this.damaged);
			const now = (this.#deps.now ?? systemClock)();
			this.#deps.download(
				`hedged-bets-damaged-records-${localDay(now)}.json`,
				damagedRecordsFile(records, now, this.#deps.appVersion ?? 'unknown')
			);
		} catch (error) {
			this.damagedError = `The report could not be made: ${messageOf(error)}`;
		}
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
