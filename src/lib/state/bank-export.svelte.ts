import { selectForExport } from '$lib/bank/export/fields';
import {
	FORMAT_INFO,
	buildExport,
	exportCounts,
	exportFileName,
	type ExportFormat
} from '$lib/bank/export/formats';
import { NO_FILTER, type ItemFilter } from '$lib/bank/filter';
import type { BankIndex } from '$lib/bank/lookup';
import type { Item } from '$lib/bank/schema';

/** What the export reads from the /bank page: the bank, the filter and what it leaves. */
export interface ExportSource {
	readonly index: BankIndex | undefined;
	readonly results: Item[];
	readonly filter: ItemFilter;
}

/** The browser edges an export needs: saving a file, and copying text for Quizlet's paste box. */
export interface ExportEdges {
	save: (fileName: string, text: string, type: string) => void;
	copy: (text: string) => Promise<void>;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const isFiltered = (filter: ItemFilter) =>
	(Object.keys(NO_FILTER) as (keyof ItemFilter)[]).some((key) =>
		key === 'query' ? filter.query.trim() !== '' : filter[key] !== NO_FILTER[key]
	);

/** The /bank export panel's state: format, options, what the file will hold, and the download. */
export class BankExport {
	#format = $state<ExportFormat>('anki');
	withQuestions = $state(false);
	onlyFiltered = $state(true);
	busy = $state(false);
	status = $state('');
	error = $state('');

	readonly #source: ExportSource;
	readonly #edges: ExportEdges;

	constructor(source: ExportSource, edges: ExportEdges) {
		this.#source = source;
		this.#edges = edges;
	}

	get format(): ExportFormat {
		return this.#format;
	}

	/** A new format clears the last file's message, which named the old one. */
	set format(format: ExportFormat) {
		this.#format = format;
		this.status = '';
		this.error = '';
	}

	// Read through a method: the derived fields below are set up before the constructor runs.
	#page(): ExportSource {
		return this.#source;
	}

	readonly info = $derived(FORMAT_INFO[this.format]);
	/** Whether the /bank filter narrows the bank at all (else "only the filtered" means nothing). */
	readonly filterActive = $derived(isFiltered(this.#page().filter));
	readonly limited = $derived(this.onlyFiltered && this.filterActive);

	readonly selection = $derived.by(() => {
		const page = this.#page();
		const bank = page.index?.bank;
		if (!bank) return undefined;
		return this.limited
			? selectForExport(bank, page.results, page.filter.topic)
			: selectForExport(bank, bank.items);
	});

	readonly counts = $derived(
		this.selection && exportCounts(this.format, this.selection, this.withQuestions)
	);

	/** e.g. "The file will hold 65 flashcards and 168 questions." */
	readonly summary = $derived.by(() => {
		if (!this.counts) return '';
		const parts = [
			this.counts.facts ? plural(this.counts.facts, 'flashcard', 'flashcards') : '',
			this.counts.items ? plural(this.counts.items, 'question', 'questions') : ''
		].filter(Boolean);
		return parts.length
			? `The file will hold ${parts.join(' and ')}.`
			: 'Nothing to export: no question matches the filter.';
	});

	readonly ready = $derived(
		!this.busy && !!this.counts && this.counts.facts + this.counts.items > 0
	);

	/** Builds the file (loading that format's code now) and hands it to the browser to save. */
	download = async (): Promise<void> => {
		const selection = this.selection;
		if (!selection || !this.ready) return;
		this.busy = true;
		this.status = '';
		this.error = '';
		try {
			const file = await buildExport(this.format, selection, this.withQuestions);
			const name = exportFileName(this.format, selection.bankVersion, this.limited);
			const type = this.info.mime + ';charset=utf-8';
			this.#edges.save(name, file.text, type);
			this.status = `Downloaded ${name}.${this.#afterwards(file.separators)}`;
		} catch (error) {
			this.error = `The file could not be made: ${error instanceof Error ? error.message : String(error)}`;
		} finally {
			this.busy = false;
		}
	};

	/** Copies the Quizlet text, so a teacher can paste it straight into Quizlet's import box. */
	copyQuizlet = async (): Promise<void> => {
		const selection = this.selection;
		if (!selection) return;
		this.error = '';
		try {
			const file = await buildExport('quizlet', selection, false);
			await this.#edges.copy(file.text);
			this.status = `Copied ${plural(selection.facts.length, 'card', 'cards')}.${this.#afterwards(file.separators)}`;
		} catch {
			this.error =
				'This browser did not allow copying: download the file and copy its text instead.';
		}
	};

	#afterwards(separators?: { term: string; row: string }): string {
		if (this.format !== 'quizlet') return '';
		return separators
			? ` In Quizlet’s import box, choose Custom separators: type ${separators.term} between term and definition, and ${separators.row} between cards.`
			: ' Paste it into Quizlet’s import box; Tab and New line are its default separators.';
	}
}
