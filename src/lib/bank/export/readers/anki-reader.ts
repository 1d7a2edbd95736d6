// A reader of Anki's text import for tests, following Anki's own code (rslib
// import_export/text/csv: metadata.rs reads the `#key:value` header lines, import.rs reads the
// records with the Rust `csv` crate set to no headers, flexible rows and `#` as comment).

/** What Anki reads from a text file: its headers and its records, fields unquoted. */
export interface AnkiFile {
	separator: string;
	html?: boolean;
	columns: string[];
	notetype?: string;
	deck?: string;
	deckColumn?: number;
	tagsColumn?: number;
	guidColumn?: number;
	records: string[][];
}

const SEPARATORS: Record<string, string> = {
	comma: ',',
	semicolon: ';',
	tab: '\t',
	space: ' ',
	pipe: '|',
	colon: ':'
};

function separatorFrom(value: string): string | undefined {
	if (value.length === 1) return value;
	return SEPARATORS[value.trim().toLowerCase()];
}

/** Reads one record from `at` as the csv crate does; returns it and where the next begins. */
function readRecord(text: string, at: number, sep: string): { fields: string[]; next: number } {
	const fields: string[] = [];
	for (;;) {
		let field = '';
		if (text[at] === '"') {
			at++;
			for (;;) {
				if (at >= text.length) break;
				if (text[at] === '"') {
					if (text[at + 1] === '"') {
						field += '"';
						at += 2;
						continue;
					}
					at++;
					break;
				}
				field += text[at++];
			}
		}
		// Unquoted text, or text after a closing quote, runs to the separator or the line's end;
		// a quote inside it is an ordinary character.
		while (at < text.length && text[at] !== sep && text[at] !== '\n' && text[at] !== '\r')
			field += text[at++];
		fields.push(field);
		if (text[at] === sep) {
			at++;
			continue;
		}
		if (text[at] === '\r' && text[at + 1] === '\n') at += 2;
		else if (at < text.length) at++;
		return { fields, next: at };
	}
}

/** Reads an Anki text import file; throws where Anki would refuse it. */
export function readAnkiFile(input: string): AnkiFile {
	const text = input.replace(/^\uFEFF/, '');
	const file: AnkiFile = { separator: ',', columns: [], records: [] };
	let at = 0;
	// Header lines: every leading line that starts with `#`; `key:value` ones set options.
	while (text[at] === '#') {
		const end = text.indexOf('\n', at);
		const line = text.slice(at + 1, end === -1 ? text.length : end).replace(/\r$/, '');
		at = end === -1 ? text.length : end + 1;
		const colon = line.indexOf(':');
		if (colon === -1) continue;
		const key = line.slice(0, colon).trim().toLowerCase();
		const value = line.slice(colon + 1);
		const number = Number.parseInt(value.trim(), 10);
		if (key === 'separator') file.separator = separatorFrom(value) ?? file.separator;
		else if (key === 'html' && /^(true|false)$/i.test(value)) file.html = /true/i.test(value);
		else if (key === 'columns') file.columns = readRecord(value, 0, file.separator).fields;
		else if (key === 'notetype') file.notetype = value;
		else if (key === 'deck') file.deck = value;
		else if (key === 'deck column' && number > 0) file.deckColumn = number;
		else if (key === 'tags column' && number > 0) file.tagsColumn = number;
		else if (key === 'guid column' && number > 0) file.guidColumn = number;
	}
	while (at < text.length) {
		// The csv crate skips a line that starts with the comment character, and empty lines.
		if (text[at] === '#') {
			const end = text.indexOf('\n', at);
			at = end === -1 ? text.length : end + 1;
			continue;
		}
		if (text[at] === '\n' || text[at] === '\r') {
			at++;
			continue;
		}
		const { fields, next } = readRecord(text, at, file.separator);
		file.records.push(fields);
		at = next;
	}
	return file;
}

/** The file's records as notes: each column by its `#columns` name, tags split on spaces. */
export function ankiNotesOf(file: AnkiFile): { fields: Record<string, string>; tags: string[] }[] {
	return file.records.map((record) => ({
		fields: Object.fromEntries(file.columns.map((name, i) => [name, record[i] ?? ''])),
		tags: file.tagsColumn ? (record[file.tagsColumn - 1] ?? '').split(/\s+/).filter(Boolean) : []
	}));
}
