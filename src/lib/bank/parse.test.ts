import { describe, expect, it } from 'vitest';
import { tinyBank } from './fixtures/tiny-bank';
import { describeProblems, parseBank } from './parse';

function problemsOf(input: unknown): string {
	const result = parseBank(input);
	if (result.ok) throw new Error('expected the bank to be refused');
	return describeProblems(result.problems);
}

describe('parseBank', () => {
	it('accepts a valid bank with every question type', () => {
		const result = parseBank(tinyBank());
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.bank.items.map((i) => i.type)).toHaveLength(7);
	});

	it.each([
		['not an object', 'hello', /^Bank: /],
		['null', null, /^Bank: /],
		['an empty object', {}, /Bank, field "version"/],
		['a truncated file (no items)', { version: 1, facts: tinyBank().facts }, /field "items"/]
	])('refuses %s', (_, input, message) => {
		expect(problemsOf(input)).toMatch(message);
	});

	it('names the item and field of a schema problem', () => {
		const bank = tinyBank();
		(bank.items[0] as { options: string[] }).options[2] = '';
		expect(problemsOf(bank)).toContain(
			'Item "border-length/single" (items[0]), field "options[2]": must not be empty'
		);
	});

	it('names the fact and field of a schema problem', () => {
		const bank = tinyBank();
		(bank.facts[0] as { topics: string[] }).topics = ['weather'];
		expect(problemsOf(bank)).toMatch(
			/Fact "border-length" \(facts\[0\]\), field "topics\[0\]": must be one of/
		);
	});

	it('refuses an unknown question type and an unknown field', () => {
		const bank = tinyBank();
		(bank.items[2] as { type: string }).type = 'essay';
		(bank.items[3] as Record<string, unknown>).hint = 'sneaky';
		const problems = problemsOf(bank);
		expect(problems).toMatch(/Item "border-length\/true-false" \(items\[2\]\), field "type"/);
		expect(problems).toMatch(/Item "border-length\/typed" \(items\[3\]\), field "hint"/);
	});

	it.each([
		[
			'a correct index out of range',
			(b: Bank) => ((b.items[0] as { correct: number }).correct = 5),
			'field "correct": 5 is not an option index'
		],
		[
			'repeated options',
			(b: Bank) => ((b.items[0] as { options: string[] }).options[2] = ' 72 KM'),
			'field "options": repeats "72 km"'
		],
		[
			'"all of the above"',
			(b: Bank) => ((b.items[0] as { options: string[] }).options[2] = 'All of the above'),
			'no "all/none of the above" options'
		],
		[
			'a multiple select with every option correct',
			(b: Bank) => ((b.items[1] as { correct: number[] }).correct = [0, 1, 2, 3]),
			'needs at least one wrong option'
		],
		[
			'an answer that disagrees with the options',
			(b: Bank) => ((b.items[0] as { answer: string }).answer = '72 km'),
			'field "answer": must read "1,374 km"'
		],
		[
			'an id that is not fact/type',
			(b: Bank) => ((b.items[0] as { id: string }).id = 'border-length/multiple'),
			'must be "border-length/single"'
		],
		[
			'a reference to a missing fact',
			(b: Bank) => ((b.items[6] as { fact: string }).fact = 'ghost'),
			'names no fact of this bank ("ghost")'
		],
		[
			'a repeated fact id',
			(b: Bank) => b.facts.push(structuredClone(b.facts[0]!)),
			'Fact "border-length" (facts[1]), field "id": repeats an earlier fact id'
		],
		[
			'repeated matching rights',
			(b: Bank) => ((b.items[4] as { pairs: { right: string }[] }).pairs[1]!.right = '1,374 km'),
			'field "pairs (right)": repeats'
		]
	])('refuses %s', (_, breakIt, message) => {
		const bank = tinyBank();
		breakIt(bank);
		expect(problemsOf(bank)).toContain(message);
	});

	it('accepts further passages (`also`) on items and facts, and checks their ranges', () => {
		const bank = tinyBank();
		const passage = { paragraph: 4, sentence: 2, quote: 'a rugged 1,374-kilometer-long border' };
		Object.assign(bank.facts[0]!, { also: [passage] });
		Object.assign(bank.items[0]!, { also: [passage, { ...passage, sentence: 2, sentenceEnd: 1 }] });
		expect(problemsOf(bank)).toBe(
			'Item "border-length/single" (items[0]), field "also[1].sentenceEnd": comes before its sentence'
		);
		Object.assign(bank.items[0]!, { also: [passage] });
		expect(parseBank(bank).ok).toBe(true);
	});

	it.each([
		['no passage', []],
		['four passages', Array.from({ length: 4 }, () => ({ paragraph: 4, sentence: 2, quote: 'x' }))],
		['a passage without a quote', [{ paragraph: 4, sentence: 2 }]]
	])('refuses an also with %s', (_, also) => {
		const bank = tinyBank();
		Object.assign(bank.items[1]!, { also });
		expect(problemsOf(bank)).toMatch(/Item "border-length\/multiple" \(items\[1\]\), field "also/);
	});

	it('lists every problem, not just the first', () => {
		const bank = tinyBank();
		(bank.items[0] as { correct: number }).correct = 9;
		(bank.items[6] as { correct: number }).correct = 9;
		const result = parseBank(bank);
		expect(result.ok ? [] : result.problems.map((p) => p.where)).toEqual([
			'Item "border-length/single" (items[0])',
			'Item "border-length/who-said" (items[6])'
		]);
	});

	it('caps a long list of problems', () => {
		const bank = tinyBank();
		for (const item of bank.items) (item as { prompt: string }).prompt = '';
		const result = parseBank(bank);
		const lines = describeProblems(result.ok ? [] : result.problems, 3).split('\n');
		expect(lines).toHaveLength(4);
		expect(lines[3]).toBe('…and 4 more problems.');
	});
});

type Bank = ReturnType<typeof tinyBank>;
