import { describe, expect, it } from 'vitest';
import { filterItems, NO_FILTER, type ItemFilter } from '$lib/bank/filter';
import { indexBank } from '$lib/bank/lookup';
import { bank as shippedBank } from '$lib/bank/fixtures/real-bank';
import { trickyBank } from '$lib/bank/export/fixtures/tricky-bank';
import { readAnkiFile } from '$lib/bank/export/readers/anki-reader';
import { readQuizlet } from '$lib/bank/export/readers/quizlet-reader';
import type { Bank } from '$lib/bank/schema';
import { BankExport, type ExportEdges } from './bank-export.svelte';

function setup(bank: Bank = shippedBank, edges: Partial<ExportEdges> = {}) {
	const saved: { name: string; text: string; type: string }[] = [];
	const copied: string[] = [];
	const page = $state({
		index: indexBank(bank),
		filter: { ...NO_FILTER } as ItemFilter,
		get results() {
			return filterItems(bank.items, this.filter);
		}
	});
	const exporter = new BankExport(page, {
		save: (name, text, type) => saved.push({ name, text, type }),
		copy: async (text) => void copied.push(text),
		...edges
	});
	return { page, exporter, saved, copied, bank };
}

describe('the /bank export state', () => {
	it('says what the file will hold, for each format and option', () => {
		const { exporter, bank } = setup();
		expect(exporter.summary).toBe(`The file will hold ${bank.facts.length} flashcards.`);
		exporter.withQuestions = true;
		expect(exporter.summary).toBe(
			`The file will hold ${bank.facts.length} flashcards and ${bank.items.length} questions.`
		);
		exporter.format = 'gift';
		expect(exporter.summary).toBe(`The file will hold ${bank.items.length} questions.`);
		exporter.format = 'json';
		expect(exporter.summary).toBe(
			`The file will hold ${bank.facts.length} flashcards and ${bank.items.length} questions.`
		);
	});

	it('limits the file to the filter, unless asked for the whole bank', () => {
		const { page, exporter, bank } = setup();
		expect(exporter.filterActive).toBe(false);
		page.filter = { ...NO_FILTER, topic: 'economy', difficulty: 1 };
		const items = filterItems(bank.items, page.filter);
		expect(exporter.filterActive).toBe(true);
		exporter.format = 'csv';
		expect(exporter.counts).toEqual({ facts: 0, items: items.length });
		exporter.onlyFiltered = false;
		expect(exporter.counts).toEqual({ facts: 0, items: bank.items.length });
		exporter.onlyFiltered = true;
		page.filter = { ...NO_FILTER, query: 'zebra crossing' };
		expect(exporter.summary).toBe('Nothing to export: no question matches the filter.');
		expect(exporter.ready).toBe(false);
	});

	it('a search with only spaces is no filter', () => {
		const { page, exporter } = setup();
		page.filter = { ...NO_FILTER, query: '   ' };
		expect(exporter.filterActive).toBe(false);
	});

	it('downloads the file the panel describes, and says so', async () => {
		const { page, exporter, saved } = setup();
		page.filter = { ...NO_FILTER, paragraph: 12 };
		exporter.withQuestions = true;
		await exporter.download();
		expect(saved).toHaveLength(1);
		// The bank's version is in the name, so a file says which bank it came from.
		const name = `hedged-bets-anki-filtered-b${shippedBank.version}e1.txt`;
		expect(saved[0]!.name).toBe(name);
		expect(saved[0]!.type).toBe('text/plain;charset=utf-8');
		const file = readAnkiFile(saved[0]!.text);
		expect(file.records).toHaveLength(exporter.counts!.facts + exporter.counts!.items);
		expect(exporter.status).toBe(`Downloaded ${name}.`);
		expect(exporter.busy).toBe(false);
	});

	it('tells the teacher which separators to type into Quizlet', async () => {
		const plain = setup();
		plain.exporter.format = 'quizlet';
		await plain.exporter.download();
		expect(plain.exporter.status).toContain('Tab and New line are its default separators');
		const tricky = setup(trickyBank());
		tricky.exporter.format = 'quizlet';
		await tricky.exporter.download();
		expect(tricky.exporter.status).toContain(
			'choose Custom separators: type ||| between term and definition, and @@@ between cards.'
		);
		expect(readQuizlet(tricky.saved[0]!.text, '|||', '@@@')).toHaveLength(2);
		tricky.exporter.format = 'gift';
		expect(tricky.exporter.status).toBe('');
	});

	it('copies the Quizlet text for the paste box, and explains when the browser refuses', async () => {
		const ok = setup();
		ok.exporter.format = 'quizlet';
		await ok.exporter.copyQuizlet();
		const facts = ok.bank.facts.length;
		expect(ok.copied[0]!.split('\n').filter(Boolean)).toHaveLength(facts);
		expect(ok.exporter.status).toMatch(
			new RegExp(`^Copied ${facts} cards\\. Paste it into Quizlet`)
		);
		const refused = setup(shippedBank, { copy: () => Promise.reject(new Error('denied')) });
		refused.exporter.format = 'quizlet';
		await refused.exporter.copyQuizlet();
		expect(refused.exporter.error).toMatch(/did not allow copying/);
	});

	it('turns a failure to save into a message, not a lost click', async () => {
		const { exporter } = setup(shippedBank, {
			save: () => {
				throw new Error('Blocked by the browser');
			}
		});
		await exporter.download();
		expect(exporter.error).toBe('The file could not be made: Blocked by the browser');
		expect(exporter.status).toBe('');
		expect(exporter.busy).toBe(false);
	});
});
