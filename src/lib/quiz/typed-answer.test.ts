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
		// [response, accepted, counts?]
		['Regensburg', ['Regensburg'], true],
		['  regensburg  ', ['Regensburg'], true],
		['REGENSBURG!', ['Regensburg'], true],
		['Sadozai', ['Sadozaï'], true],
		['sadozaï', ['Sadozai'], true],
		['“mafia”', ['mafia'], true],
		["'dictator'", ['dictator'], true],
		['1374', ['1,374'], true],
		['1 374', ['1,374'], true],
		['1,374', ['1374'], true],
		['1.374', ['1,374'], true],
		['the Islamic Renaissance Party', ['Islamic Renaissance Party'], true],
		['government in exile', ['government-in-exile'], true],
		['Gadoyev', ['Gadoev'], true],
		['Regensberg', ['Regensburg'], true],
		['Regensbrug', ['Regensburg'], true], // a swap of neighbours is one typo
		['Regnesbrug', ['Regensburg'], false], // two swaps are two
		['Jamaat Ansarulah', ['Jamaat Ansarullah'], true],
		['Jamat Ansarulah', ['Jamaat Ansarullah'], false], // two typos
		['wst', ['West'], false], // word of four letters: no typo credit
		['mafa', ['mafia'], true],
		['1980s', ['1990s'], false],
		['2023', ['2021'], false],
		['1375', ['1,374'], false],
		['Kabir', ['Kabul'], false],
		['Kabil', ['Kabul'], false], // as close to Kabir as to Kabul
		['Dushanbe', ['Kabul'], false],
		['', ['Kabul'], false],
		['   ', ['Kabul'], false],
		['trade', ['trade'], true],
		['a civil war', ['civil war'], true],
		['past year', ['the past year', 'past year'], true],
		["1990's", ['1990s'], true],
		['the 90’s', ['90s'], true],
		['1374km', ['1,374 km'], true],
		["1980's", ['1990s'], false]
	])('%j against %j → %s', (response, accepted, expected) => {
		expect(matchesTyped(response, accepted, ARTICLE_NAMES)).toBe(expected);
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
		['kabul', 'kabir', 2],
		['kabul', 'kbaul', 1],
		['abcd', 'badc', 2],
		['gadoev', 'gadoyev', 1],
		['', 'abc', 3],
		['same', 'same', 0]
	])('%s → %s is %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
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
