import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterItems, NO_FILTER } from '../filter';
import type { Fact } from '../schema';
import {
	ANKI_COLUMNS,
	ANKI_DECK,
	ANKI_QUESTION_DECK,
	ankiExport,
	ankiField,
	ankiGuid,
	questionSides
} from './anki';
import { citations, selectForExport } from './fields';
import { arbitraryText } from './fixtures/arbitrary-text';
import { bank } from '../fixtures/real-bank';
import { trickyBank } from './fixtures/tricky-bank';
import { ankiNotesOf, readAnkiFile } from './readers/anki-reader';

const tricky = trickyBank();
const read = (text: string) => ankiNotesOf(readAnkiFile(text));

describe('the Anki export', () => {
	it('starts with the headers Anki reads, in an order that lets it read them', () => {
		const text = ankiExport(selectForExport(tricky, tricky.items), false);
		const headers = text.split('\n').filter((line) => line.startsWith('#'));
		expect(headers.slice(1)).toEqual([
			'#separator:tab',
			'#html:false',
			'#columns:GUID\tDeck\tFront\tBack\tSource\tTags',
			'#notetype:Basic',
			'#deck:Hedged Bets',
			'#deck column:2',
			'#tags column:6',
			'#guid column:1'
		]);
		expect(headers[0]).toMatch(/export version 1, bank version 2$/);
		const file = readAnkiFile(text);
		expect(file).toMatchObject({
			separator: '\t',
			html: false,
			notetype: 'Basic',
			deck: 'Hedged Bets',
			deckColumn: 2,
			tagsColumn: 6,
			guidColumn: 1
		});
		expect(file.columns).toEqual([...ANKI_COLUMNS]);
	});

	it('reads back one note per fact, tricky characters, tabs and line breaks intact', () => {
		const notes = read(ankiExport(selectForExport(tricky, tricky.items), false));
		expect(notes).toHaveLength(tricky.facts.length);
		notes.forEach((note, i) => {
			const fact = tricky.facts[i]!;
			expect(note.fields).toEqual({
				GUID: `hedged-bets:fact:${fact.id}`,
				Deck: ANKI_DECK,
				Front: fact.card.front,
				Back: fact.card.back,
				Source: citations(fact),
				Tags: note.tags.join(' ')
			});
			expect(note.tags).toEqual([
				...fact.topics.map((topic) => `hedged-bets::${topic}`),
				`hedged-bets::paragraph-${String(fact.source.paragraph).padStart(2, '0')}`
			]);
		});
		expect(notes[1]!.fields.Back).toContain('\n“fewer” #statements\n\n— RFE/RL');
	});

	it('puts a line break only inside quotes: every line outside them is a whole note', () => {
		const text = ankiExport(selectForExport(tricky, tricky.items), true);
		let quoted = false;
		let starts = 0;
		for (const line of text.split('\n').filter((l) => !l.startsWith('#') && l !== '')) {
			if (!quoted) starts++;
			quoted = ((line.match(/"/g)?.length ?? 0) % 2 === 1) !== quoted;
		}
		expect(quoted).toBe(false);
		expect(starts).toBe(tricky.facts.length + tricky.items.length);
	});

	it('quotes a field by Anki’s rules, and only when it must', () => {
		expect(ankiField('plain: “curly” ‘quotes’ … [x] a/b')).toBe(
			'plain: “curly” ‘quotes’ … [x] a/b'
		);
		expect(ankiField('say "hi"')).toBe('"say ""hi"""');
		expect(ankiField('a\tb')).toBe('"a\tb"');
		expect(ankiField('a\nb')).toBe('"a\nb"');
		expect(ankiField('#not a comment')).toBe('"#not a comment"');
	});

	it('adds the questions as notes in their own subdeck when asked', () => {
		const notes = read(ankiExport(selectForExport(tricky, tricky.items), true));
		expect(notes).toHaveLength(tricky.facts.length + tricky.items.length);
		const questions = notes.slice(tricky.facts.length);
		questions.forEach((note, i) => {
			const item = tricky.items[i]!;
			const sides = questionSides(item);
			expect(note.fields.GUID).toBe(`hedged-bets:item:${item.id}`);
			expect(note.fields.Deck).toBe(ANKI_QUESTION_DECK);
			expect(note.fields.Front).toBe(sides.front);
			expect(note.fields.Back).toBe(`${sides.back}\n\n${item.explanation}`);
			expect(note.tags).toContain(`hedged-bets::question::${item.type}`);
		});
	});

	it('writes every question type with its choices on the front and its answer on the back', () => {
		const byType = Object.fromEntries(tricky.items.map((item) => [item.type, questionSides(item)]));
		expect(byType['single']!.front).toContain('\nE. %12% of trade');
		expect(byType['multiple']!.back.split('\n').map((l) => l.slice(0, 2))).toEqual([
			'A.',
			'C.',
			'D.'
		]);
		expect(byType['true-false']!.back).toBe('False');
		expect(byType['typed']!.back).toBe('usual / as usual / us*al -> x / =100% sure');
		expect(byType['matching']!.front).toContain(
			'Choices:\nA. …paradoxical\nB. ~ = \\\nC. c -> d {e}'
		);
		expect(byType['ordering']!.front).toContain('A. 2021 = return\nB. 2023 {thaw}\nC. The 1990s');
		expect(byType['ordering']!.back).toBe(
			'1. The 1990s: civil war\n2. 2021 = return\n3. 2023 {thaw}'
		);
		expect(byType['who-said']!.back).toBe('A. Mélanie Sadozaï');
	});

	it('gives each fact and item a GUID from its id, the same in any export it appears in', () => {
		const whole = read(ankiExport(selectForExport(bank, bank.items), true));
		const economy = filterItems(bank.items, { ...NO_FILTER, topic: 'economy' });
		const part = read(ankiExport(selectForExport(bank, economy, 'economy'), true));
		const guidOf = new Map(whole.map((note) => [note.fields.Front, note.fields.GUID]));
		expect(part.length).toBeGreaterThan(0);
		for (const note of part) expect(note.fields.GUID).toBe(guidOf.get(note.fields.Front!));
		const guids = whole.map((note) => note.fields.GUID);
		expect(new Set(guids).size).toBe(bank.facts.length + bank.items.length);
		for (const guid of guids) expect(guid).toMatch(/^hedged-bets:(fact|item):\S+$/);
		expect(ankiGuid('fact', 'border-length')).toBe('hedged-bets:fact:border-length');
	});

	it('reads back the whole shipped bank: every fact once, no tag with a space', () => {
		const notes = read(ankiExport(selectForExport(bank, bank.items), false));
		expect(notes.map((n) => [n.fields.Front, n.fields.Back])).toEqual(
			bank.facts.map((f) => [f.card.front, f.card.back])
		);
		for (const note of notes) for (const tag of note.tags) expect(tag).not.toMatch(/\s/);
	});

	it('round-trips any text through Anki’s reading (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(arbitraryText(), arbitraryText()), { minLength: 1, maxLength: 5 }),
				(cards) => {
					const facts: Fact[] = cards.map(([front, back], i) => ({
						...tricky.facts[0]!,
						id: `fact-${i}`,
						card: { front, back }
					}));
					const notes = read(ankiExport({ bankVersion: 2, facts, items: [], topic: '' }, false));
					expect(notes.map((n) => [n.fields.Front, n.fields.Back])).toEqual(cards);
				}
			)
		);
	});
});
