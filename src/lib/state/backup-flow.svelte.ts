import { applyImport, prepareImport } from '$lib/storage/backup';
import {
	BACKUP_MAX_BYTES,
	backupFileName,
	exportBackup,
	parseBackup,
	planImport,
	type ImportPlan
} from '$lib/storage/backup-format';
import { countRecords, readBackupData, type Inventory } from '$lib/storage/inventory';
import { KINDS, type BackupData } from '$lib/storage/kinds';
import type { KeyValueStore } from '$lib/storage/kv';
import { formatBytes } from '$lib/storage/platform';
import { announceChange } from './changes';
import { systemClock } from './clock';
import { changesAnything, describeCounts, describeImport, describeImported } from './backup-words';

/** A backup read and checked, waiting for the person to confirm or cancel. */
export interface ImportPreview {
	fileName: string;
	/** When the backup was made, in ms since 1970. */
	exportedAt: number;
	/** What the file holds, e.g. "12 cards, 340 reviews and 3 quizzes". */
	holds: string;
	/** What importing would change, in one sentence. */
	changes: string;
	/** Whether importing would change anything at all. */
	worthImporting: boolean;
	plan: ImportPlan;
	/** The file's data, to plan again when another tab changes what is stored. */
	incoming: BackupData;
}

/** Export and import of backups: every outcome ends in a message, never in a thrown error. */
export class BackupFlow {
	exporting = $state(false);
	exportStatus = $state('');
	exportError = $state('');

	/** 'reading' while a chosen file is checked, 'importing' while it is written. */
	busy = $state<'reading' | 'importing' | undefined>();
	preview = $state.raw<ImportPreview>();
	importStatus = $state('');
	importError = $state('');

	/** Another tab changed what is stored while a plan was being made: plan again after it. */
	#owed = false;
	#download: (fileName: string, text: string) => void;
	#now: () => Date;

	/** `download` saves a file for the person (a Blob link in the browser). */
	constructor(download: (fileName: string, text: string) => void, now = systemClock) {
		this.#download = download;
		this.#now = now;
	}

	/** Downloads everything stored as one backup file. */
	async exportAll(store: KeyValueStore): Promise<void> {
		this.exportStatus = '';
		this.exportError = '';
		this.exporting = true;
		try {
			const now = this.#now();
			const data = await readBackupData(store);
			const fileName = backupFileName(now);
			this.#download(fileName, exportBackup(data, now));
			this.exportStatus = `Saved ${fileName} with ${describeCounts(countRecords(data))}.`;
		} catch (error) {
			this.exportError = `The backup could not be made: ${messageOf(error)}`;
		} finally {
			this.exporting = false;
		}
	}

	/** Reads and checks a chosen file and previews the import; nothing is written yet. */
	async choose(store: KeyValueStore, file: File): Promise<void> {
		this.cancel();
		this.importStatus = '';
		if (file.size > BACKUP_MAX_BYTES) {
			this.importError = `This file (${formatBytes(file.size)}) is larger than any backup of this app can be. Nothing was imported.`;
			return;
		}
		this.busy = 'reading';
		try {
			const parsed = parseBackup(await file.text());
			if (!parsed.ok) {
				this.importError = parsed.message.includes('Nothing was imported')
					? parsed.message
					: `${parsed.message} Nothing was imported.`;
				return;
			}
			const incoming = parsed.backup.data;
			const plan = await prepareImport(store, incoming);
			this.preview = {
				fileName: file.name,
				exportedAt: Date.parse(parsed.backup.exportedAt),
				holds: describeCounts(countRecords(incoming)),
				changes: describeImport(plan),
				worthImporting: changesAnything(plan),
				plan,
				incoming
			};
		} catch (error) {
			this.importError = `This file could not be read: ${messageOf(error)} Nothing was imported.`;
		} finally {
			this.#settle(store);
		}
	}

	/** Ends a read; a change another tab made meanwhile is planned for now. */
	#settle(store: KeyValueStore): void {
		this.busy = undefined;
		if (!this.#owed) return;
		this.#owed = false;
		void this.replan(store);
	}

	/**
	 * Plans the previewed import again over what is stored now (another tab changed it): over
	 * `stored` when the caller is reading everything anyway, else read here.
	 */
	async replan(store: KeyValueStore, stored?: Promise<Inventory | undefined>): Promise<void> {
		if (this.busy === 'reading') {
			// The plan being made may have read what is stored before that change.
			this.#owed = true;
			return;
		}
		const preview = this.preview;
		if (!preview || this.busy) return;
		this.busy = 'reading';
		try {
			const current = await stored;
			// The damaged records too: the plan keeps what it would not write over (regression: a
			// replan after another tab's change counted a damaged card as added again).
			const plan = current
				? planImport(current.data, preview.incoming, KINDS, current.damaged)
				: await prepareImport(store, preview.incoming);
			if (this.preview === preview)
				this.preview = {
					...preview,
					plan,
					changes: describeImport(plan),
					worthImporting: changesAnything(plan)
				};
		} catch (error) {
			this.importError = `The preview could not be updated: ${messageOf(error)}`;
		} finally {
			this.#settle(store);
		}
	}

	/** Writes the previewed import, all of it or (on failure) none of it. */
	async confirm(store: KeyValueStore): Promise<boolean> {
		const preview = this.preview;
		if (!preview || this.busy) return false;
		this.importError = '';
		this.busy = 'importing';
		try {
			await applyImport(store, preview.plan);
			announceChange({ kind: 'all' });
			this.preview = undefined;
			this.importStatus = describeImported(preview.plan);
			return true;
		} catch (error) {
			this.importError = `Nothing was imported: ${messageOf(error)}`;
			return false;
		} finally {
			this.busy = undefined;
		}
	}

	/** Drops the previewed import; nothing was written. */
	cancel(): void {
		this.preview = undefined;
		this.importError = '';
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
