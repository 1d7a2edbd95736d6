import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defused, UTF8_BOM } from '../../quiz/csv';
import { parseCsv } from '../../quiz/fixtures/csv-reader';
import { CSV_COLUMNS, csvExport } from './csv';
import { citations, selectForExport } from './fields';
import { arbitraryText } from './fixtures/arbitrary-text';
import { bank } from '../fixtures/real-bank';
import { trickyBank } from './fixtures/tricky-bank';

const tricky = trickyBank();

function rows(text: string): Record<string, string>[] {
	expect(text.startsWith(UTF8_BOM)).toBe(true);
	const [header, ...body] = parseCsv(text.slice(1));
	expect(header).toEqual([...CSV_COLUMNS]);
	return body.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('the CSV export', () => {
	it('is RFC 4180 with a BOM, one row per item, tricky text intact', () => {
		const read = rows(csvExport(selectForExport(tricky, tricky.items)));
		expect(read).toHaveLength(tricky.items.length);
		read.forEach((row, i) => {
			const item = tricky.items[i]!;
			expect(row).toMatchObject({
				id: item.id,
				fact: item.fact,
				type: item.type,
				difficulty: String(item.difficulty),
				topics: item.topics.join(' '),
				paragraph: '16',
				sentence: '2',
				'sentence end': '3',
				prompt: defused(item.prompt),
				answer: defused(item.answer),
				explanation: item.explanation,
				'source quote': item.source.quote,
				citation: citations(item)
			});
		});
		const single = tricky.items[0]!;
		if (single.type !== 'single') throw new Error();
		expect(read[0]!.options!.split('\n')).toEqual(single.options);
		expect(read[0]!.correct).toBe('1');
		expect(read[1]!.correct).toBe('1; 3; 4');
		expect(read[2]!.correct).toBe('False');
		expect(read[3]!['accepted answers']!.split('\n')).toEqual([
			'usual',
			'as usual',
			'us*al -> x',
			'=100% sure'
		]);
		expect(read[4]!.options).toBe(
			'It’s very… → …paradoxical\n[html] a -> b → c -> d {e}\nRFE/RL: #1 → ~ = \\'
		);
	});

	it('holds every item of the shipped bank', () => {
		expect(rows(csvExport(selectForExport(bank, bank.items))).map((r) => r.id)).toEqual(
			bank.items.map((item) => item.id)
		);
	});

	it('round-trips any prompt and explanation (property)', () => {
		fc.assert(
			fc.property(arbitraryText(), arbitraryText(), (prompt, explanation) => {
				const item = { ...tricky.items[0]!, prompt, explanation };
				const [row] = rows(csvExport({ bankVersion: 2, facts: [], items: [item], topic: '' }));
				expect([row!.prompt, row!.explanation]).toEqual([defused(prompt), defused(explanation)]);
			})
		);
	});
});
