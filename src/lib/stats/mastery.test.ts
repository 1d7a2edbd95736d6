import { describe, expect, it } from 'vitest';
import { article } from '../article/source';
import { indexBank } from '../bank/lookup';
import { finishedAttempt } from './fixtures/attempts';
import { BERLIN, cardOf } from './fixtures/reviews';
import { masteryMap, RECENT_ANSWERS } from './mastery';
import { forgettingCurve } from './retrievability';
import { bank } from '../bank/fixtures/real-bank';

const index = indexBank(bank);
const factsOf = (paragraph: number) =>
	index.bank.facts.filter((fact) => fact.source.paragraph === paragraph);
const itemOf = (factId: string) => index.bank.items.find((item) => item.fact === factId)!;
const DAY = 86_400_000;
// A card reviewed `ago` days before BERLIN's now with a stability of `stability` days.
const studied = (id: string, stability: number, ago: number) =>
	cardOf({ id, stability, last_review: new Date(BERLIN.now.getTime() - ago * DAY) });

describe('masteryMap', () => {
	it('lists all 24 paragraphs, with their facts and first words, unshaded before any study', () => {
		const map = masteryMap(index, article, [], [], BERLIN);
		expect(map).toHaveLength(24);
		expect(map.map((p) => p.paragraph)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
		expect(map.reduce((s, p) => s + p.facts, 0)).toBe(index.bank.facts.length);
		expect(map.every((p) => p.mastery === null && p.cardsSeen === 0 && p.quizAnswers === 0)).toBe(
			true
		);
		// A short paragraph is given whole; a long one its first eight words and an ellipsis.
		expect(map[0]!.excerpt).toBe('Talk about mixed signals.');
		const second = article.paragraphs[1]!.text.split(/\s+/).slice(0, 8).join(' ');
		expect(map[1]!.excerpt).toBe(`${second} …`);
	});

	it('averages the current retrievability over the paragraph’s facts, unstudied ones as 0', () => {
		// Two of paragraph 2's facts are studied, each 90 % (elapsed = stability); the rest count 0.
		const facts = factsOf(2);
		expect(facts.length).toBeGreaterThan(2);
		const cards = [studied(facts[0]!.id, 5, 5), studied(facts[1]!.id, 10, 10)];
		const p2 = masteryMap(index, article, cards, [], BERLIN)[1]!;
		expect(p2).toMatchObject({ paragraph: 2, facts: facts.length, cardsSeen: 2, quizAnswers: 0 });
		expect(p2.mastery).toBeCloseTo((0.9 + 0.9) / facts.length, 9);
	});

	it('uses a fact’s latest three quiz answers, and halves it with the card when both exist', () => {
		const [fact] = factsOf(1); // paragraph 1 has a single fact
		const item = itemOf(fact!.id).id;
		const attempts = [
			finishedAttempt('old', 1_000_000, { [item]: 0 }), // the fourth latest: stale
			finishedAttempt('a', 2_000_000, { [item]: 1 }),
			finishedAttempt('b', 3_000_000, { [item]: 0.5 }),
			finishedAttempt('c', 4_000_000, { [item]: 1 }, false) // unfinished answers count too
		];
		expect(RECENT_ANSWERS).toBe(3);
		const quizOnly = masteryMap(index, article, [], attempts, BERLIN)[0]!;
		expect(quizOnly).toMatchObject({ cardsSeen: 0, quizAnswers: 4 });
		expect(quizOnly.mastery).toBeCloseTo(2.5 / 3, 9);
		const both = masteryMap(index, article, [studied(fact!.id, 2, 20)], attempts, BERLIN)[0]!;
		expect(both.mastery).toBeCloseTo((forgettingCurve(20, 2) + 2.5 / 3) / 2, 9);
	});

	it('stays between 0 and 1 and leaves untouched paragraphs null', () => {
		const cards = index.bank.facts
			.filter((fact) => fact.source.paragraph <= 12)
			.map((fact, i) => studied(fact.id, 1 + i, i % 30));
		const map = masteryMap(index, article, cards, [], BERLIN);
		for (const p of map) {
			if (p.paragraph <= 12) expect(p.mastery).toBeGreaterThan(0);
			else expect(p.mastery).toBeNull();
			if (p.mastery !== null) expect(p.mastery).toBeLessThanOrEqual(1);
		}
	});

	it('ignores cards and answers of facts no longer in the bank', () => {
		const map = masteryMap(
			index,
			article,
			[studied('retired-fact', 5, 1)],
			[finishedAttempt('x', 1, { 'retired-fact/single': 1 })],
			BERLIN
		);
		expect(map.every((p) => p.mastery === null)).toBe(true);
	});
});
