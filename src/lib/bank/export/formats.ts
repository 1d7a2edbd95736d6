import { EXPORT_VERSION, type ExportSelection } from './fields';

/** The downloads /bank offers. */
export const EXPORT_FORMATS = ['anki', 'gift', 'quizlet', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a file holds and where it goes, for the export panel; light, so /bank loads it eagerly. */
export interface FormatInfo {
	label: string;
	/** One line: where to import the file. */
	where: string;
	holds: 'facts' | 'items' | 'both';
	extension: string;
	mime: string;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
	anki: {
		label: 'Anki',
		where:
			'In Anki 2.1.55 or newer: File › Import, choose the file, then Import. Importing a newer file updates the notes.',
		holds: 'facts',
		extension: 'txt',
		mime: 'text/plain'
	},
	gift: {
		label: 'Moodle (GIFT)',
		where: 'In Moodle: Question bank › Import, choose “GIFT format”, then upload the file.',
		holds: 'items',
		extension: 'txt',
		mime: 'text/plain'
	},
	quizlet: {
		label: 'Quizlet',
		where: 'In Quizlet: create a set, choose “Import”, and paste the file’s text into the box.',
		holds: 'facts',
		extension: 'txt',
		mime: 'text/plain'
	},
	csv: {
		label: 'Spreadsheet (CSV)',
		where: 'Opens in Excel, LibreOffice or Google Sheets: one question a row, UTF-8.',
		holds: 'items',
		extension: 'csv',
		mime: 'text/csv'
	},
	json: {
		label: 'JSON',
		where: 'The bank as the app serves it (/bank.json), for scripts and other apps.',
		holds: 'both',
		extension: 'json',
		mime: 'application/json'
	}
};

/** How many facts and questions a file of this format will hold. */
export function exportCounts(
	format: ExportFormat,
	selection: Pick<ExportSelection, 'facts' | 'items'>,
	withQuestions: boolean
): { facts: number; items: number } {
	const holds = FORMAT_INFO[format].holds;
	const facts = holds === 'items' ? 0 : selection.facts.length;
	const items =
		holds === 'facts' && !(format === 'anki' && withQuestions) ? 0 : selection.items.length;
	return { facts, items };
}

/** The file's name, with the bank and export versions so two downloads are told apart. */
export function exportFileName(
	format: ExportFormat,
	bankVersion: number,
	filtered: boolean
): string {
	const kind = {
		anki: 'anki',
		gift: 'moodle-gift',
		quizlet: 'quizlet',
		csv: 'questions',
		json: 'bank'
	}[format];
	return `hedged-bets-${kind}${filtered ? '-filtered' : ''}-b${bankVersion}e${EXPORT_VERSION}.${FORMAT_INFO[format].extension}`;
}

/** A finished file: its text, and for Quizlet the separators to choose when importing. */
export interface ExportFile {
	text: string;
	separators?: { term: string; row: string };
}

/** Writes a file; each format's code is fetched only when a teacher downloads it. */
export async function buildExport(
	format: ExportFormat,
	selection: ExportSelection,
	withQuestions: boolean
): Promise<ExportFile> {
	switch (format) {
		case 'anki':
			return { text: (await import('./anki')).ankiExport(selection, withQuestions) };
		case 'gift':
			return { text: (await import('./gift')).giftExport(selection) };
		case 'quizlet': {
			const file = (await import('./quizlet')).quizletExport(selection);
			return {
				text: file.text,
				separators: file.custom ? { term: file.term, row: file.row } : undefined
			};
		}
		case 'csv':
			return { text: (await import('./csv')).csvExport(selection) };
		case 'json':
			return { text: (await import('./json')).jsonExport(selection) };
	}
}
