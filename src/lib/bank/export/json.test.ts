import { describe, expect, it } from 'vitest';
import { filterItems, NO_FILTER } from '../filter';
import { parseBank } from '../parse';
import { selectForExport } from './fields';
import { bank } from '../fixtures/real-bank';
import { trickyBank } from './fixtures/tricky-bank';
import { jsonExport } from './json';

describe('the JSON export', () => {
	it('is the bank as served: parseBank reads it back unchanged', () => {
		const parsed = parseBank(JSON.parse(jsonExport(selectForExport(bank, bank.items))));
		expect(parsed).toEqual({ ok: true, bank });
	});

	it('a filtered export is a valid bank of the items chosen and their facts', () => {
		const items = filterItems(bank.items, { ...NO_FILTER, paragraph: 12, difficulty: 1 });
		const parsed = parseBank(JSON.parse(jsonExport(selectForExport(bank, items))));
		if (!parsed.ok) throw new Error('invalid');
		expect(parsed.bank.items).toEqual(items);
		expect(parsed.bank.facts.map((f) => f.id)).toEqual([...new Set(items.map((i) => i.fact))]);
	});

	it('keeps tricky characters as they are', () => {
		const tricky = trickyBank();
		expect(JSON.parse(jsonExport(selectForExport(tricky, tricky.items)))).toEqual(tricky);
	});
});
