import { describe, expect, it } from 'vitest';
import { canonicalForm, readNumberWords, withoutUnits } from './typed-answer-rules';
import { normaliseAnswer } from './typed-answer';

const canonical = (text: string) => canonicalForm(normaliseAnswer(text));

describe('readNumberWords', () => {
	it.each([
		['seventy two', '72'],
		['one thousand three hundred seventy four', '1374'],
		['one thousand three hundred and seventy four', '1374'],
		['thirteen hundred seventy four', '1374'],
		['thirteen hundred and seventy four', '1374'],
		['nineteen hundred', '1900'],
		['thousand', '1000'],
		['twenty twenty one', '2021'],
		['two thousand twenty one', '2021'],
		['nineteen nineties', '1990 s'],
		['nineties', '90 s'],
		['twelve', '12']
	])('%s → %s', (words, number) => {
		expect(readNumberWords(words.split(' '))).toBe(number);
	});

	it.each([
		'two two',
		'seventy twenty',
		'hundred hundred',
		'and two',
		'thousand thousand',
		'ten hundred',
		'twenty hundred',
		'one thousand thirteen hundred'
	])('leaves %j as words', (words) => {
		expect(readNumberWords(words.split(' '))).toBeUndefined();
	});
});

describe('canonicalForm', () => {
	it.each([
		['1,374 kilometres long', '1374 km'],
		['1,374-kilometer-long', '1374 km'],
		['seventy-two years old', '72 years'],
		['in 2021', '2021'],
		['in the 1990s', '1990 s'],
		['since the 1990s', '1990 s'],
		['aged 72', '72 years'],
		['age seventy-two', '72 years'],
		['Sept.', 'september'],
		['neighbours', 'neighbors'],
		['the centre', 'center'],
		['recognised', 'recognized'],
		['defence', 'defense'],
		['travelled', 'traveled'],
		['electrical power', 'electric power'],
		['Kabul, Afghanistan', 'kabul'],
		['Amsterdam, the Netherlands', 'amsterdam'],
		// Not its country, or not after its city: kept, so the answer does not match.
		['Kabul, Tajikistan', 'kabul tajikistan'],
		['Afghanistan', 'afghanistan'],
		// Short words are never respelled, a unit needs a number, a trailing "and" is a word.
		['four hours', '4 hours'],
		['your', 'your'],
		['long years', 'long years'],
		['one and', '1 and'],
		['not 2021', 'not 2021']
	])('%j → %j', (text, form) => {
		expect(canonical(text)).toBe(form);
	});

	it('writes every British ending of the spelling rules the American way, and leaves short words be', () => {
		const pairs: [string, string][] = [
			['metres', 'meters'],
			['centre', 'center'],
			['neighbours', 'neighbors'],
			['favoured', 'favored'],
			['labouring', 'laboring'],
			['recognise', 'recognize'],
			['organisations', 'organizations'],
			['recognising', 'recognizing'],
			['analyse', 'analyze'],
			['paralysed', 'paralyzed'],
			['travelled', 'traveled'],
			['traveller', 'traveler'],
			['dialogue', 'dialog'],
			['catalogues', 'catalogs'],
			['defence', 'defense']
		];
		for (const [british, american] of pairs) expect(canonical(british), british).toBe(american);
		for (const word of ['pour', 'your', 'hour', 'rise', 'wise', 'tour', 'since', 'fence', 'ill'])
			expect(canonical(word), word).toBe(word);
	});

	it('drops units only after a number', () => {
		expect(withoutUnits('1374 km')).toBe('1374');
		expect(withoutUnits('72 years')).toBe('72');
		expect(withoutUnits('years km')).toBe('years km');
	});
});
