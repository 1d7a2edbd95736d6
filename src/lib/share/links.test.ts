import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRecipe } from '$lib/quiz/fixtures/arbitrary-recipe';
import {
	againHref,
	attemptHref,
	classJoinHref,
	parseClassJoinLink,
	parseQuizLink,
	quizCodeHref,
	quizHref,
	retryHref,
	shareableUrl
} from './links';
import { decodeQuizCode, encodeQuizCode } from './quiz-code';
import { CLASS_SEED_BITS, decodeClassCode, encodeClassCode } from './class-code';

const fragment = (href: string) => new URL(href, 'https://example.test').hash;

describe('links', () => {
	it('read back every quiz link they build', () => {
		fc.assert(
			fc.property(
				arbitraryRecipe({
					bankVersion: fc.integer({ min: 1, max: 255 }),
					count: fc.integer({ min: 1, max: 50 })
				}),
				(recipe) => {
					const link = parseQuizLink(fragment(quizHref(recipe)));
					expect(link).toEqual({ kind: 'quiz', code: encodeQuizCode(recipe), again: false });
					if (link.kind === 'quiz') expect(decodeQuizCode(link.code)).toEqual({ ok: true, recipe });
				}
			)
		);
	});

	it('read back "again", attempt and retry links', () => {
		expect(parseQuizLink(fragment(againHref('abc')))).toEqual({
			kind: 'quiz',
			code: 'abc',
			again: true
		});
		expect(parseQuizLink(fragment(attemptHref('k3x9-ab')))).toEqual({
			kind: 'attempt',
			id: 'k3x9-ab'
		});
		expect(parseQuizLink(fragment(retryHref('k3x9-ab')))).toEqual({ kind: 'retry', id: 'k3x9-ab' });
	});

	it('refuse attempt ids of the wrong form before any lookup', () => {
		for (const id of ['', 'ab', 'UPPER', 'a/b/c/d', 'x'.repeat(65)])
			expect(parseQuizLink(`#a=${encodeURIComponent(id)}`)).toEqual({ kind: 'bad-attempt' });
	});

	it('name no quiz in an empty or foreign fragment', () => {
		expect(parseQuizLink('')).toEqual({ kind: 'none' });
		expect(parseQuizLink('#p12s2')).toEqual({ kind: 'none' });
	});

	it('make links absolute on the origin they are sent from', () => {
		expect(shareableUrl('http://192.0.2.7:4173', quizCodeHref('AQIDBA'))).toBe(
			'http://192.0.2.7:4173/quiz/play#q=AQIDBA'
		);
	});

	it('read back every class join link they build, as a code that decodes to its session', () => {
		fc.assert(
			fc.property(
				arbitraryRecipe({
					bankVersion: fc.integer({ min: 1, max: 255 }),
					count: fc.integer({ min: 5, max: 50 })
				}).map((recipe) => ({
					...recipe,
					paragraphs: 0,
					types: recipe.types % 2 ** 9,
					seed: recipe.seed % 2 ** CLASS_SEED_BITS
				})),
				fc.constantFrom(null, 15, 120),
				(recipe, secondsPerQuestion) => {
					const session = { recipe, secondsPerQuestion };
					const href = classJoinHref(encodeClassCode(session));
					expect(new URL(href, 'https://example.test').pathname).toBe('/class/join');
					const code = parseClassJoinLink(fragment(href));
					expect(code).toBe(encodeClassCode(session).replace(/-/g, ''));
					expect(decodeClassCode(code!, recipe.bankVersion)).toEqual({ ok: true, session });
				}
			)
		);
	});

	it('carry a class code in the fragment as it is, and escape anything else typed', () => {
		expect(classJoinHref('4JG0-008C-Y9J$')).toBe('/class/join#c=4JG0008CY9J$');
		expect(parseClassJoinLink(fragment(classJoinHref('4JG0-008C-Y9J=')))).toBe('4JG0008CY9J=');
		expect(classJoinHref('4jg0 008c&x')).toBe('/class/join#c=4jg0%20008c%26x');
		expect(parseClassJoinLink(fragment(classJoinHref('4jg0 008c&x')))).toBe('4jg0 008c&x');
	});

	it('read a class code as typed into a link (lower case, spaces) and nothing from a link without one', () => {
		expect(parseClassJoinLink('#c=4jg0 008c y9je')).toBe('4jg0 008c y9je');
		expect(parseClassJoinLink('c=4JG0-008C-Y9JE')).toBe('4JG0-008C-Y9JE');
		expect(parseClassJoinLink('')).toBeUndefined();
		expect(parseClassJoinLink('#c=')).toBeUndefined();
		expect(parseClassJoinLink('#q=abc')).toBeUndefined();
	});
});
