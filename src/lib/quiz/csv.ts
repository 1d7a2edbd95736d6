/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF (the last one
 * too), a field quoted when it holds a comma, a quote, CR or LF, quotes inside doubled.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a tab or CR) as a formula,
 * so a nickname like `=HYPERLINK(…)` could act when the teacher opens the file. Such a text
 * field gets a leading `'`, as OWASP advises ("CSV injection"): the spreadsheet shows the text,
 * and the apostrophe is visible in a plain reader. Numbers written as numbers are left alone.
 */

/** Spreadsheets read the file as UTF-8 (not the system code page) when it starts with this. */
export const UTF8_BOM = '\uFEFF';

const FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell with a leading apostrophe if a spreadsheet would run it as a formula. */
export const defused = (text: string): string => (FORMULA.test(text) ? `'${text}` : text);

/** One field: numbers as written, text defused and quoted when it must be. */
export function csvField(value: string | number): string {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = defused(value);
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV text, every record ended by CRLF. */
export const toCsv = (rows: readonly (readonly (string | number)[])[]): string =>
	rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');

/** CSV text as a file's contents, with the UTF-8 byte-order mark spreadsheets need. */
export const withBom = (csv: string): string => UTF8_BOM + csv;
