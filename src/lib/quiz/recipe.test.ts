import { describe, expect, it } from 'vitest';
import { generateQuiz } from './generate';
import { DIFFICULTIES, DIFFICULTY_LABELS } from '$lib/bank/difficulty';
import { QUESTION_TYPES } from '$lib/bank/question-types';
import {
	QUICK_COUNT,
	allowsShortAnswers,
	availableCount,
	eligibleItems,
	fromMask,
	paragraphRecipe,
	quickTen,
	toMask,
	typesMask
} from './recipe';
import { bank } from '$lib/bank/fixtures/real-bank';

describe('standard recipes', () => {
	it('Quick 10 asks ten questions from the whole bank with feedback after each', () => {
		const recipe = quickTen(bank.version, 42);
		// Every filter 0, which means "any": the whole bank.
		expect(recipe).toEqual({
			bankVersion: bank.version,
			count: QUICK_COUNT,
			types: 0,
			topics: 0,
			difficulty: 0,
			paragraphs: 0,
			seed: 42,
			feedback: 'each'
		});
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

describe('short answers in a recipe', () => {
	const others = QUESTION_TYPES.filter((type) => type !== 'short-answer');

	it('are in "any" unless left out, and a left-out mask names every other type', () => {
		expect(typesMask([], true)).toBe(0);
		expect(fromMask(QUESTION_TYPES, typesMask([], false))).toEqual(others);
		expect(fromMask(QUESTION_TYPES, typesMask(['typed', 'short-answer'], false))).toEqual([
			'typed'
		]);
		expect(fromMask(QUESTION_TYPES, typesMask(['short-answer'], false))).toEqual(others);
		expect(allowsShortAnswers({ types: 0 })).toBe(true);
		expect(allowsShortAnswers({ types: typesMask([], false) })).toBe(false);
	});

	it('left out, no short-answer item is eligible but every other kind is', () => {
		const recipe = { ...quickTen(bank.version, 1), types: typesMask([], false) };
		const types = new Set(eligibleItems(bank, recipe).map((item) => item.type));
		expect(types.has('short-answer')).toBe(false);
		expect(types).toEqual(new Set(others));
	});
});

describe('the Understanding level', () => {
	it('can be chosen alone: only difficulty-4 items, one question per new fact', () => {
		const recipe = { ...quickTen(bank.version, 1), difficulty: toMask(DIFFICULTIES, [4]) };
		const items = eligibleItems(bank, recipe);
		expect(items.length).toBeGreaterThanOrEqual(40);
		expect(items.every((item) => item.difficulty === 4)).toBe(true);
		expect(DIFFICULTY_LABELS[4]).toBe('Understanding');
		const quiz = generateQuiz(bank, recipe);
		expect(quiz.ok && quiz.quiz.questions).toHaveLength(QUICK_COUNT);
	});
});
