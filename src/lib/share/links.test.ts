import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRecipe } from '$lib/quiz/fixtures/arbitrary-recipe';
import {
	againHref,
	attemptHref,
	classJoinHref,
	PAPERS,
	PRINT_SHEETS,
	parseClassJoinLink,
	parsePresentLink,
	parsePrintLink,
	presentHref,
	parseQuizLink,
	printHref,
	quizCodeHref,
	quizHref,
	retryHref,
	parseStudyLink,
	studyParagraphHref,
	shareableUrl
} from './links';
import { decodeQuizCode, encodeQuizCode } from './quiz-code';
import { CLASS_SEED_BITS, decodeClassCode, encodeClassCode } from './class-code';

const fragment = (href: string) => new URL(href, 'https://example.test').hash;
const pathname = (href: string) => new URL(href, 'https://example.test').pathname;
/** Any recipe a quiz code carries: every bank version a code names, up to 50 questions. */
const anyRecipe = arbitraryRecipe({
	bankVersion: fc.integer({ min: 1, max: 255 }),
	count: fc.integer({ min: 1, max: 50 })
});

describe('links', () => {
	it('read back every quiz link they build', () => {
		fc.assert(
			fc.property(anyRecipe, (recipe) => {
				const link = parseQuizLink(fragment(quizHref(recipe)));
				expect(link).toEqual({ kind: 'quiz', code: encodeQuizCode(recipe), again: false });
				if (link.kind === 'quiz') expect(decodeQuizCode(link.code)).toEqual({ ok: true, recipe });
			})
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
					expect(pathname(href)).toBe('/class/join');
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

	it('read back every print link they build, for a quiz code or a class session', () => {
		fc.assert(
			fc.property(
				anyRecipe,
				fc.stringMatching(/^[a-z0-9-]{4,64}$/),
				fc.constantFrom(...PRINT_SHEETS),
				fc.constantFrom(undefined, ...PAPERS),
				(recipe, id, sheet, paper) => {
					const code = encodeQuizCode(recipe);
					const href = printHref({ kind: 'quiz', code }, sheet, paper);
					expect(pathname(href)).toBe('/print');
					expect(parsePrintLink(fragment(href))).toEqual({
						kind: 'print',
						source: { kind: 'quiz', code },
						sheet,
						paper
					});
					expect(
						parsePrintLink(fragment(printHref({ kind: 'session', id }, sheet, paper)))
					).toEqual({ kind: 'print', source: { kind: 'session', id }, sheet, paper });
				}
			)
		);
	});

	it('print the student sheet for an unknown sheet, leave an unknown paper unchosen, and refuse a bad session id', () => {
		expect(parsePrintLink('#q=abc&sheet=answers&paper=a3')).toEqual({
			kind: 'print',
			source: { kind: 'quiz', code: 'abc' },
			sheet: 'student',
			paper: undefined
		});
		expect(printHref({ kind: 'session', id: 'k3x9-ab' })).toBe('/print#s=k3x9-ab&sheet=student');
		for (const id of ['', 'ab', 'UPPER', 'x'.repeat(65)])
			expect(parsePrintLink(`#s=${encodeURIComponent(id)}`)).toEqual({ kind: 'bad-session' });
		expect(parsePrintLink('')).toEqual({ kind: 'none' });
		expect(parsePrintLink('#sheet=key')).toEqual({ kind: 'none' });
	});
});

describe('projector links', () => {
	it('read back every projector link they build, in both windows', () => {
		fc.assert(
			fc.property(
				anyRecipe,
				fc.constantFrom('audience' as const, 'presenter' as const),
				(recipe, view) => {
					const source = { kind: 'quiz' as const, code: encodeQuizCode(recipe) };
					const href = presentHref(source, view);
					expect(pathname(href)).toBe('/present');
					expect(parsePresentLink(fragment(href))).toEqual({ kind: 'present', source, view });
				}
			)
		);
		const session = { kind: 'session' as const, id: '0a1b2c3d4e5f6789' };
		expect(presentHref(session)).toBe('/present#s=0a1b2c3d4e5f6789');
		expect(parsePresentLink(fragment(presentHref(session, 'presenter')))).toEqual({
			kind: 'present',
			source: session,
			view: 'presenter'
		});
	});

	it('refuse session ids of the wrong form, and name nothing in an empty fragment', () => {
		for (const id of ['', 'ab', 'UPPER', '../x', 'x'.repeat(65)])
			expect(parsePresentLink(`#s=${encodeURIComponent(id)}`)).toEqual({ kind: 'bad-session' });
		expect(parsePresentLink('')).toEqual({ kind: 'none' });
		expect(parsePresentLink('#view=presenter')).toEqual({ kind: 'none' });
	});
});

describe('study links', () => {
	it('limits study to a paragraph and reads it back', () => {
		expect(studyParagraphHref(7)).toBe('/study#p=7');
		expect(parseStudyLink('#p=7', 24)).toBe(7);
		expect(parseStudyLink('', 24)).toBeUndefined();
	});

	it('studies the whole deck when the paragraph is not one of the article’s', () => {
		for (const hash of ['#p=0', '#p=25', '#p=-1', '#p=1.5', '#p=', '#p=abc', '#p=0007x'])
			expect(parseStudyLink(hash, 24)).toBeUndefined();
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 24 }), (n) => {
				expect(parseStudyLink(new URL(studyParagraphHref(n), 'https://x').hash, 24)).toBe(n);
			})
		);
	});
});
