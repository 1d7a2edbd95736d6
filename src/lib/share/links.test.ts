import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRecipe } from '$lib/quiz/fixtures/arbitrary-recipe';
import {
	againHref,
	attemptHref,
	parseQuizLink,
	quizCodeHref,
	quizHref,
	retryHref,
	shareableUrl
} from './links';
import { decodeQuizCode, encodeQuizCode } from './quiz-code';

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
});
