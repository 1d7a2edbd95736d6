import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../schema';
import { selectForExport } from './fields';
import { arbitraryText } from './fixtures/arbitrary-text';
import { bank } from '../fixtures/real-bank';
import { trickyBank } from './fixtures/tricky-bank';
import { quizletExport } from './quizlet';
import { readQuizlet } from './readers/quizlet-reader';

const cardsOf = (facts: Fact[]) => facts.map((fact) => [fact.card.front, fact.card.back]);
const withCards = (cards: [string, string][]) =>
	cards.map(([front, back], i) => ({
		...trickyBank().facts[0]!,
		id: `f-${i}`,
		card: { front, back }
	}));

describe('the Quizlet export', () => {
	it('writes the shipped flashcards as term, tab, definition, one card a line', () => {
		const file = quizletExport(selectForExport(bank, bank.items));
		expect(file).toMatchObject({ term: '\t', row: '\n', custom: false });
		expect(file.text.split('\n').filter(Boolean)).toHaveLength(bank.facts.length);
		expect(readQuizlet(file.text, '\t', '\n')).toEqual(cardsOf(bank.facts));
	});

	it('switches to custom separators that occur in no card when a card holds a tab or line break', () => {
		const tricky = trickyBank();
		const file = quizletExport(selectForExport(tricky, tricky.items));
		expect(file.custom).toBe(true);
		expect(file.term).toBe('|||');
		expect(file.row).toBe('@@@');
		expect(readQuizlet(file.text, file.term, file.row)).toEqual(cardsOf(tricky.facts));
	});

	it('skips a custom separator that a card already holds', () => {
		const file = quizletExport({
			bankVersion: 2,
			facts: withCards([['a | b', 'c\n# d']]),
			items: [],
			topic: ''
		});
		expect([file.term, file.row]).toEqual(['^^^', '@@@']);
		expect(readQuizlet(file.text, file.term, file.row)).toEqual([['a | b', 'c\n# d']]);
	});

	it('a card ending in “#” before the “###” row separator is not cut a character early', () => {
		const cards: [string, string][] = [
			['a', '#'],
			['b', 'two\nlines']
		];
		const file = quizletExport({ bankVersion: 2, facts: withCards(cards), items: [], topic: '' });
		expect(file.row).not.toContain('#');
		expect(readQuizlet(file.text, file.term, file.row)).toEqual(cards);
	});

	it('round-trips any cards (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(arbitraryText(), arbitraryText()), { minLength: 1, maxLength: 6 }),
				(cards) => {
					const file = quizletExport({
						bankVersion: 2,
						facts: withCards(cards),
						items: [],
						topic: ''
					});
					expect(readQuizlet(file.text, file.term, file.row)).toEqual(cards);
				}
			)
		);
	});
});
