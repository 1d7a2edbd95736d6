import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_NAMES } from './fixtures/article-names';
import {
	TYPED_MAX_CHARS,
	editDistance,
	matchesTyped,
	normaliseAnswer,
	withinOneEdit
} from './typed-answer';

describe('matchesTyped', () => {
	it.each([
		['Regensburg', ['Regensburg']],
		['  regensburg  ', ['Regensburg']],
		['REGENSBURG!', ['Regensburg']],
		['Sadozai', ['Sadozaï']],
		['sadozaï', ['Sadozai']],
		['“mafia”', ['mafia']],
		["'dictator'", ['dictator']],
		['1374', ['1,374']],
		['1 374', ['1,374']],
		['1,374', ['1374']],
		['1.374', ['1,374']],
		['the Islamic Renaissance Party', ['Islamic Renaissance Party']],
		['government in exile', ['government-in-exile']],
		['trade', ['trade']],
		['a civil war', ['civil war']],
		['past year', ['the past year', 'past year']],
		["1990's", ['1990s']],
		['the 90’s', ['90s']],
		['1374km', ['1,374 km']]
	])('accepts %j for %j: the same answer written another way', (response, accepted) => {
		expect(matchesTyped(response, accepted, ARTICLE_NAMES)).toBe(true);
	});

	it.each([
		{ typed: 'Gadoyev', answer: 'Gadoev', typo: 'a letter added' },
		{ typed: 'Regensberg', answer: 'Regensburg', typo: 'a letter changed' },
		{ typed: 'Regensbrug', answer: 'Regensburg', typo: 'two neighbours swapped' },
		{ typed: 'Jamaat Ansarulah', answer: 'Jamaat Ansarullah', typo: 'a letter lost' },
		{ typed: 'mafa', answer: 'mafia', typo: 'a letter lost in a word of five' }
	])('accepts "$typed" for "$answer": one typo, $typo', ({ typed, answer }) => {
		expect(matchesTyped(typed, [answer], ARTICLE_NAMES)).toBe(true);
	});

	it.each([
		['Regnesbrug', ['Regensburg'], 'two swaps are two typos'],
		['Jamat Ansarulah', ['Jamaat Ansarullah'], 'two typos'],
		['wst', ['West'], 'a word of four letters gets no typo credit'],
		['1980s', ['1990s'], 'another decade'],
		["1980's", ['1990s'], 'another decade, written with an apostrophe'],
		['2023', ['2021'], 'another year'],
		['1375', ['1,374'], 'another number'],
		['Kabir', ['Kabul'], 'another name of the article'],
		['Kabil', ['Kabul'], 'as close to Kabir as to Kabul'],
		['Dushanbe', ['Kabul'], 'another city'],
		['', ['Kabul'], 'nothing typed'],
		['   ', ['Kabul'], 'only spaces']
	])('refuses %j for %j: %s', (response, accepted) => {
		expect(matchesTyped(response, accepted, ARTICLE_NAMES)).toBe(false);
	});

	it('gives typo credit when no rival is as close', () => {
		expect(matchesTyped('Yatimow', ['Yatimov'], ARTICLE_NAMES)).toBe(true);
		expect(matchesTyped('Rahmin', ['Rahmon'], ARTICLE_NAMES)).toBe(true);
	});

	it('counts two neighbouring letters swapped as one typo', () => {
		expect(matchesTyped('Kbaul', ['Kabul'], ARTICLE_NAMES)).toBe(true);
		expect(matchesTyped('Amsetrdam', ['Amsterdam'], ARTICLE_NAMES)).toBe(true);
		expect(matchesTyped('Setpember', ['September'], ARTICLE_NAMES)).toBe(true);
		expect(matchesTyped('extermist', ['extremist'], ARTICLE_NAMES)).toBe(true);
		// Two slips are not one.
		expect(matchesTyped('Kbalu', ['Kabul'], ARTICLE_NAMES)).toBe(false);
	});

	it.each([
		'≠2021',
		'¬2021',
		'<2021',
		'!2021',
		'2\u03382021',
		'>72',
		'72+',
		'-72',
		'~1,374',
		'≈1374'
	])(
		'regression: a sign that claims something of the answer (%s) is not dropped as punctuation',
		(response) => {
			const accepted = /72/.test(response)
				? ['72']
				: /1.?374/.test(response)
					? ['1,374']
					: ['2021'];
			expect(matchesTyped(response, accepted, ARTICLE_NAMES)).toBe(false);
		}
	);

	it('regression: a pasted page of text is refused at once instead of freezing the tab', () => {
		expect(matchesTyped('two '.repeat(16_000), ['2'], ARTICLE_NAMES)).toBe(false);
		expect(matchesTyped(`${'x '.repeat(100)}Kabul`, ['Kabul'], ARTICLE_NAMES)).toBe(false);
		expect(matchesTyped('Kabul'.padEnd(TYPED_MAX_CHARS), ['Kabul'], ARTICLE_NAMES)).toBe(true);
	});

	it('never throws, and an answer always matches itself', () => {
		// Signs that claim something, and text past the checked length, are refused even as answers.
		const plain = fc
			.string({ maxLength: TYPED_MAX_CHARS })
			.filter((s) => !/(?:[≠¬<>~≈±≤≥!+\-−–]|\u0338|\u20d2)/u.test(s));
		fc.assert(
			fc.property(fc.string(), fc.array(fc.string()), (response, accepted) => {
				expect(typeof matchesTyped(response, accepted, ARTICLE_NAMES)).toBe('boolean');
			})
		);
		fc.assert(
			fc.property(plain, (response) => {
				if (normaliseAnswer(response))
					expect(matchesTyped(response, [response], ARTICLE_NAMES)).toBe(true);
			})
		);
	});
});

describe('editDistance', () => {
	it.each([
		{ a: 'kabul', b: 'kabir', distance: 2, why: 'two letters changed' },
		{ a: 'kabul', b: 'kbaul', distance: 1, why: 'two neighbours swapped are one edit' },
		{ a: 'abcd', b: 'badc', distance: 2, why: 'two swaps are two edits' },
		{ a: 'gadoev', b: 'gadoyev', distance: 1, why: 'one letter added' },
		{ a: '', b: 'abc', distance: 3, why: 'every letter added to nothing' },
		{ a: 'same', b: 'same', distance: 0, why: 'nothing changed' }
	])('$a → $b is $distance: $why', ({ a, b, distance }) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});

	it('stops early past the limit', () => {
		expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
	});
});

describe('withinOneEdit', () => {
	it('agrees with the edit distance on any two words', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
				expect(withinOneEdit(a, b)).toBe(editDistance(a, b) <= 1);
			}),
			{ numRuns: 2000 }
		);
	});

	it('agrees on near misses', () => {
		for (const [a, b] of [
			['gadoev', 'gadoyev'],
			['kabul', 'kabil'],
			['kabul', 'kabir'],
			['abc', 'acb']
		])
			expect(withinOneEdit(a!, b!)).toBe(editDistance(a!, b!) <= 1);
	});
});
