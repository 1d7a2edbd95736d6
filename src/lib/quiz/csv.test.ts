import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, defused, toCsv, UTF8_BOM, withBom } from './csv';
import { parseCsv } from './fixtures/csv-reader';

const TRICKY = [
	'Smith, Anna',
	'Anna "the quick"',
	'line one\nline two',
	'cr\rlf\r\n',
	'😀 Zoë 👩🏽‍🚀',
	'مريم عبد الله',
	'\u202eevil.exe',
	'=HYPERLINK("http://x","click")',
	'+1',
	'-Ana-',
	'@home',
	'\tindent',
	'"',
	'',
	' spaced '
];

describe('CSV', () => {
	it('parses back to the same table, tricky nicknames and all', () => {
		const table = [['Nickname', 'Points'], ...TRICKY.map((name, i) => [name, String(i)])];
		expect(parseCsv(toCsv(table))).toEqual(table.map((row) => row.map(defused)));
	});

	it('parses back any table of any text', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), {
					minLength: 1
				}),
				(table) => {
					expect(parseCsv(toCsv(table))).toEqual(table.map((row) => row.map(defused)));
				}
			)
		);
	});

	it('ends every record with CRLF and quotes only what needs it', () => {
		expect(
			toCsv([
				['a', 'b c'],
				[1, 2.5]
			])
		).toBe('a,b c\r\n1,2.5\r\n');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('a\nb')).toBe('"a\nb"');
	});

	it('keeps a spreadsheet from running a cell as a formula, but leaves numbers alone', () => {
		expect(csvField('=1+2')).toBe("'=1+2");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('-2')).toBe("'-2");
		expect(csvField(-2)).toBe('-2');
		expect(csvField('=A1,B1')).toBe('"\'=A1,B1"');
		expect(csvField(Number.NaN)).toBe('');
		expect(defused('Ana')).toBe('Ana');
	});

	it('starts a file with the UTF-8 byte-order mark', () => {
		const file = withBom(toCsv([['Zoë']]));
		expect(file.startsWith(UTF8_BOM)).toBe(true);
		expect([...new TextEncoder().encode(file).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});
});
