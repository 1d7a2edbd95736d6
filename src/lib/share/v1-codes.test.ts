import { describe, expect, it } from 'vitest';
import type { Bank } from '$lib/bank/schema';
import { generateQuiz } from '$lib/quiz/generate';
import { decodeClassCode, encodeClassCode } from './class-code';
import { bank } from '../bank/fixtures/real-bank';
import { V1_CLASS_CODES, V1_QUIZ_CODES } from './fixtures/v1-codes';
import { decodeQuizCode } from './quiz-code';

const OLD_TYPES = ['single', 'multiple', 'true-false', 'typed', 'matching', 'ordering', 'who-said'];
/** The bank as a layout-1 code knew it: no new type, no "Understanding" item. */
const oldBank: Bank = {
	...bank,
	items: bank.items.filter((item) => OLD_TYPES.includes(item.type) && item.difficulty <= 3)
};
const explicit = (mask: number, all: number) => mask || all;

describe('codes of the first layouts', () => {
	it.each(V1_QUIZ_CODES)(
		'quiz code $code still reads as the recipe it was made from',
		(fixture) => {
			const decoded = decodeQuizCode(fixture.code);
			expect(decoded).toEqual({
				ok: true,
				recipe: {
					...fixture.made,
					types: explicit(fixture.made.types, 0b1111111),
					difficulty: explicit(fixture.made.difficulty, 0b111)
				}
			});
		}
	);

	it.each(V1_QUIZ_CODES)(
		'quiz code $code builds the same quiz as before the new items',
		(fixture) => {
			const decoded = decodeQuizCode(fixture.code);
			if (!decoded.ok) throw new Error(decoded.message);
			const now = generateQuiz(bank, decoded.recipe);
			const before = generateQuiz(oldBank, fixture.made);
			expect(now.ok && before.ok).toBe(true);
			if (now.ok && before.ok) {
				expect(now.quiz.questions).toEqual(before.quiz.questions);
				expect(now.quiz.questions).toHaveLength(fixture.made.count);
			}
		}
	);

	it.each(V1_CLASS_CODES)(
		'class code $code builds the same quiz and reads back as it was',
		(fixture) => {
			const decoded = decodeClassCode(fixture.code, fixture.made.bankVersion);
			if (!decoded.ok) throw new Error(decoded.message);
			expect(decoded.session.layout).toBe(1);
			expect(decoded.session.secondsPerQuestion).toBe(fixture.secondsPerQuestion);
			const now = generateQuiz(bank, decoded.session.recipe);
			const before = generateQuiz(oldBank, fixture.made);
			expect(now.ok && before.ok).toBe(true);
			if (now.ok && before.ok) expect(now.quiz.questions).toEqual(before.quiz.questions);
			// A student's result code repeats the session's payload: it must be the teacher's, unchanged.
			expect(encodeClassCode(decoded.session)).toBe(fixture.code);
		}
	);
});
