import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_NAMES } from './fixtures/article-names';
import { editDistance, matchesTyped, normaliseAnswer, withinOneEdit } from './typed-answer';

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
		['Regensbrug', ['Regensburg'], false], // a transposition is two edits
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

	it('never throws, and an answer always matches itself', () => {
		fc.assert(
			fc.property(fc.string(), fc.array(fc.string()), (response, accepted) => {
				expect(typeof matchesTyped(response, accepted, ARTICLE_NAMES)).toBe('boolean');
				if (normaliseAnswer(response))
					expect(matchesTyped(response, [response], ARTICLE_NAMES)).toBe(true);
			})
		);
	});
});

describe('editDistance', () => {
	it.each([
		['kabul', 'kabir', 2],
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
