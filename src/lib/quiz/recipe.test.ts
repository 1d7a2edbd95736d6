import { describe, expect, it } from 'vitest';
import { rawBank } from '$lib/bank/data';
import { parseBank } from '$lib/bank/parse';
import { generateQuiz } from './generate';
import { QUICK_COUNT, availableCount, paragraphRecipe, quickTen } from './recipe';

const parsed = parseBank(rawBank);
if (!parsed.ok) throw new Error('bank invalid');
const bank = parsed.bank;

describe('standard recipes', () => {
	it('Quick 10 asks ten questions from the whole bank with feedback after each', () => {
		const recipe = quickTen(bank.version, 42);
		expect(recipe).toMatchObject({ count: QUICK_COUNT, paragraphs: 0, types: 0, seed: 42 });
		expect(recipe.feedback).toBe('each');
		const quiz = generateQuiz(bank, recipe);
		expect(quiz.ok && quiz.quiz.questions).toHaveLength(QUICK_COUNT);
	});

	it('a paragraph quiz asks one question per fact of that paragraph, at most ten', () => {
		for (let paragraph = 1; paragraph <= 24; paragraph++) {
			const recipe = paragraphRecipe(bank, paragraph, 7);
			const facts = new Set(
				bank.items.filter((i) => i.source.paragraph === paragraph).map((i) => i.fact)
			).size;
			if (facts === 0) {
				expect(recipe).toBeUndefined();
				continue;
			}
			expect(recipe!.count).toBe(Math.min(QUICK_COUNT, facts));
			expect(availableCount(bank, recipe!)).toBe(facts);
			const quiz = generateQuiz(bank, recipe!);
			if (!quiz.ok) throw new Error(quiz.message);
			const cited = quiz.quiz.questions.map(
				(q) => bank.items.find((i) => i.id === q.itemId)!.source.paragraph
			);
			expect(new Set(cited)).toEqual(new Set([paragraph]));
		}
	});

	it('a paragraph no question cites gets no recipe', () => {
		expect(paragraphRecipe(bank, 99, 1)).toBeUndefined();
	});
});
