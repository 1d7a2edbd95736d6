import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRecipe } from './fixtures/arbitrary-recipe';
import { generateQuiz } from './generate';
import { availableCount, eligibleItems, paragraphMask, toMask, type QuizRecipe } from './recipe';
import { QUESTION_TYPES } from '$lib/bank/question-types';
import { TOPICS } from '$lib/bank/topics';
import { bank } from '$lib/bank/fixtures/real-bank';

const itemById = new Map(bank.items.map((item) => [item.id, item]));

const base: QuizRecipe = {
	bankVersion: bank.version,
	count: 10,
	types: 0,
	topics: 0,
	difficulty: 0,
	paragraphs: 0,
	seed: 12345,
	feedback: 'each'
};

function quizOf(recipe: QuizRecipe) {
	const result = generateQuiz(bank, recipe);
	if (!result.ok) throw new Error(result.message);
	return result.quiz;
}

describe('generateQuiz', () => {
	it('gives the same quiz for the same recipe, down to option order', () => {
		expect(quizOf(base)).toEqual(quizOf({ ...base }));
	});

	it('pins the quiz of one recipe, so a shared code keeps its meaning across releases', () => {
		// "Any" of the seven types and three difficulties a layout-1 code meant (share/quiz-code.ts).
		const v1Any = { ...base, types: 0b1111111, difficulty: 0b111 };
		expect(
			quizOf(v1Any)
				.questions.map((q) => q.itemId)
				.slice(0, 3)
		).toMatchSnapshot();
	});

	it('gives another quiz for another seed', () => {
		expect(quizOf({ ...base, seed: 1 }).questions).not.toEqual(quizOf(base).questions);
	});

	it('never puts two items on one fact', () => {
		const facts = quizOf({ ...base, count: 50 }).questions.map((q) => itemById.get(q.itemId)!.fact);
		expect(new Set(facts).size).toBe(50);
	});

	it('keeps to the filters', () => {
		const recipe = {
			...base,
			count: 8,
			types: toMask(QUESTION_TYPES, ['typed', 'true-false']),
			topics: toMask(TOPICS, ['history', 'borders-security'])
		};
		for (const q of quizOf(recipe).questions) {
			const item = itemById.get(q.itemId)!;
			expect(['typed', 'true-false']).toContain(item.type);
			expect(item.topics.some((t) => t === 'history' || t === 'borders-security')).toBe(true);
		}
	});

	it('balances paragraphs and types when the filters allow', () => {
		for (let seed = 0; seed < 50; seed++) {
			const quiz = quizOf({ ...base, count: 20, seed });
			const items = quiz.questions.map((q) => itemById.get(q.itemId)!);
			const perParagraph = new Map<number, number>();
			const perType = new Map<string, number>();
			for (const item of items) {
				perParagraph.set(item.source.paragraph, (perParagraph.get(item.source.paragraph) ?? 0) + 1);
				perType.set(item.type, (perType.get(item.type) ?? 0) + 1);
			}
			expect(Math.max(...perParagraph.values())).toBeLessThanOrEqual(Math.ceil(20 / 24) + 1);
			expect(Math.max(...perType.values())).toBeLessThanOrEqual(10);
		}
	});

	it('shuffles options by the seed and never shows an ordering already solved', () => {
		const quiz = quizOf({ ...base, count: 50 });
		for (const q of quiz.questions) {
			const item = itemById.get(q.itemId)!;
			if ('options' in item) expect([...q.order].sort()).toEqual(item.options.map((_, i) => i));
			if (item.type === 'ordering') expect(q.order).not.toEqual(item.sequence.map((_, i) => i));
		}
	});

	it('says how many questions it can make when the filters allow fewer', () => {
		const recipe = { ...base, count: 20, paragraphs: paragraphMask(1) };
		const result = generateQuiz(bank, recipe);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.available).toBe(availableCount(bank, recipe));
		expect(result.message).toContain(`allow ${result.available} questions`);
	});

	it('makes a paragraph quiz from one paragraph only', () => {
		const recipe = { ...base, count: 5, paragraphs: paragraphMask(12) };
		for (const q of quizOf(recipe).questions)
			expect(itemById.get(q.itemId)!.source.paragraph).toBe(12);
	});

	it('yields a valid quiz or a clear error for any recipe', () => {
		const recipe = arbitraryRecipe({
			bankVersion: fc.constant(bank.version),
			count: fc.integer({ min: -5, max: 80 })
		});
		fc.assert(
			fc.property(recipe, (r) => {
				const result = generateQuiz(bank, r);
				if (!result.ok) {
					expect(result.message.length).toBeGreaterThan(10);
					return;
				}
				const ids = result.quiz.questions.map((q) => q.itemId);
				expect(ids).toHaveLength(r.count);
				const eligible = new Set(eligibleItems(bank, r).map((i) => i.id));
				expect(ids.every((id) => eligible.has(id))).toBe(true);
				expect(new Set(ids.map((id) => itemById.get(id)!.fact)).size).toBe(r.count);
			}),
			{ numRuns: 300 }
		);
	});
});
