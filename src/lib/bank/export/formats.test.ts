import { describe, expect, it } from 'vitest';
import { filterItems, NO_FILTER } from '../filter';
import { selectForExport } from './fields';
import { bank } from '../fixtures/real-bank';
import { trickyBank } from './fixtures/tricky-bank';
import { EXPORT_FORMATS, buildExport, exportCounts, exportFileName } from './formats';
import { readAnkiFile } from './readers/anki-reader';
import { readGift } from './readers/gift-reader';

describe('limiting an export to the /bank filter', () => {
	it('takes every fact for the whole bank, and the filtered items’ facts otherwise', () => {
		expect(selectForExport(bank, bank.items).facts).toEqual(bank.facts);
		const filter = {
			...NO_FILTER,
			topic: 'economy' as const,
			type: 'typed' as const,
			difficulty: 1 as const
		};
		const items = filterItems(bank.items, filter);
		const selection = selectForExport(bank, items, 'economy');
		expect(items.length).toBeGreaterThan(0);
		for (const item of selection.items) {
			expect(item.topics).toContain('economy');
			expect([item.type, item.difficulty]).toEqual(['typed', 1]);
		}
		expect(new Set(selection.facts.map((f) => f.id))).toEqual(new Set(items.map((i) => i.fact)));
	});

	it('writes only the filtered items into every format', async () => {
		const items = filterItems(bank.items, { ...NO_FILTER, paragraph: 12 });
		const selection = selectForExport(bank, items);
		const gift = readGift((await buildExport('gift', selection, false)).text);
		expect(gift.flatMap((q) => ('name' in q ? [q.name] : []))).toEqual(
			expect.arrayContaining(items.map((i) => i.id))
		);
		expect(gift.filter((q) => q.qtype !== 'category')).toHaveLength(items.length);
		const anki = readAnkiFile((await buildExport('anki', selection, true)).text);
		expect(anki.records).toHaveLength(selection.facts.length + items.length);
	});
});

describe('the export formats', () => {
	it('count what each file will hold', () => {
		const selection = { facts: bank.facts, items: bank.items };
		expect(exportCounts('anki', selection, false)).toEqual({ facts: bank.facts.length, items: 0 });
		expect(exportCounts('anki', selection, true)).toEqual({
			facts: bank.facts.length,
			items: bank.items.length
		});
		expect(exportCounts('quizlet', selection, true)).toEqual({
			facts: bank.facts.length,
			items: 0
		});
		expect(exportCounts('gift', selection, true)).toEqual({ facts: 0, items: bank.items.length });
		expect(exportCounts('csv', selection, false)).toEqual({ facts: 0, items: bank.items.length });
		expect(exportCounts('json', selection, false)).toEqual({
			facts: bank.facts.length,
			items: bank.items.length
		});
	});

	it('name their files with the bank and export versions', () => {
		expect(exportFileName('anki', 2, false)).toBe('hedged-bets-anki-b2e1.txt');
		expect(exportFileName('gift', 2, true)).toBe('hedged-bets-moodle-gift-filtered-b2e1.txt');
		expect(exportFileName('csv', 2, false)).toBe('hedged-bets-questions-b2e1.csv');
		expect(exportFileName('json', 3, false)).toBe('hedged-bets-bank-b3e1.json');
	});

	it('build each file on demand; Quizlet names its separators when they are custom', async () => {
		const tricky = trickyBank();
		const selection = selectForExport(tricky, tricky.items);
		for (const format of EXPORT_FORMATS) {
			const file = await buildExport(format, selection, true);
			expect(file.text.length).toBeGreaterThan(100);
		}
		expect((await buildExport('quizlet', selection, false)).separators).toEqual({
			term: '|||',
			row: '@@@'
		});
		const plain = await buildExport('quizlet', selectForExport(bank, bank.items), false);
		expect(plain.separators).toBeUndefined();
	});
});
