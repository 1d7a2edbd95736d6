import { describe, expect, it } from 'vitest';
import { article } from '$lib/article/source';
import {
	answerBalanceProblems,
	coverageProblems,
	nearDuplicatePrompts,
	numberProblems,
	quoteProblems,
	roleProblems
} from './audit';
import { rawBank } from './data';
import { FACT_COUNT } from './deck-size';
import { describeProblems, parseBank } from './parse';
import releasedJson from './data/released.json';

const released = releasedJson as {
	facts: string[];
	items: Record<string, string>;
	retired: Record<string, string>;
};

const result = parseBank(rawBank);
const bank = result.ok ? result.bank : undefined;

describe('the bank in the repository', () => {
	it('passes its schema and consistency checks', () => {
		expect(result.ok ? '' : describeProblems(result.problems, 50)).toBe('');
	});

	it.runIf(bank)('quotes the article verbatim', () => {
		expect(quoteProblems(bank!, article)).toEqual([]);
	});

	it.runIf(bank)('lets no single answer win a guesser more than 40% of a type', () => {
		expect(answerBalanceProblems(bank!)).toEqual([]);
	});

	it.runIf(bank)('states only numbers and years the article gives', () => {
		expect(numberProblems(bank!, article)).toEqual([]);
	});

	it.runIf(bank)('words time-bound roles as the article does', () => {
		expect(roleProblems(bank!)).toEqual([]);
	});

	it.runIf(bank)('covers every fact and paragraph within the limits', () => {
		expect(coverageProblems(bank!, article)).toEqual([]);
	});

	it.runIf(bank)('has no near-duplicate prompts', () => {
		expect(nearDuplicatePrompts(bank!)).toEqual([]);
	});

	it.runIf(bank)('gives every fact a flashcard', () => {
		expect(bank!.facts.filter((f) => !f.card.front || !f.card.back)).toEqual([]);
		expect(bank!.facts.length).toBeGreaterThanOrEqual(60);
	});
});

describe('released ids (review history is keyed by them)', () => {
	const factIds = new Set(bank?.facts.map((f) => f.id));
	const itemFacts = new Map(bank?.items.map((i) => [i.id, i.fact]));

	it('keeps every released fact', () => {
		expect(released.facts.filter((id) => !factIds.has(id))).toEqual([]);
	});

	it('keeps every released item, testing the same fact, unless retired with a reason', () => {
		const broken = Object.entries(released.items)
			.filter(([id, fact]) => itemFacts.get(id) !== fact && !released.retired[id])
			.map(([id]) => id);
		expect(broken).toEqual([]);
	});

	it('never brings a retired item id back', () => {
		expect(Object.keys(released.retired).filter((id) => itemFacts.has(id))).toEqual([]);
		expect(Object.values(released.retired).every((reason) => reason.length > 10)).toBe(true);
	});

	it('has released every id in the bank (run npm run bank:release after adding items)', () => {
		expect([...factIds].filter((id) => !released.facts.includes(id))).toEqual([]);
		expect([...itemFacts.keys()].filter((id) => !(id in released.items))).toEqual([]);
	});
});

it('FACT_COUNT, which the home page counts new cards with, is the number of facts', () => {
	expect(FACT_COUNT).toBe(rawBank.facts.length);
});
