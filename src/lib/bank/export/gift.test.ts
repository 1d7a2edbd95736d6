import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item, ItemOf } from '../schema';
import { citations, selectForExport } from './fields';
import { arbitraryText } from './fixtures/arbitrary-text';
import { bank } from '../fixtures/real-bank';
import { trickyBank } from './fixtures/tricky-bank';
import { giftExport, giftQuestion, giftText } from './gift';
import { readGift, type GiftQuestion } from './readers/gift-reader';

const tricky = trickyBank();
const byType = <T extends Item['type']>(type: T) =>
	tricky.items.find((item): item is ItemOf<T> => item.type === type)!;

/** What Moodle keeps of a text: `->` is written `→` because GIFT cannot escape it. */
const kept = (text: string) => text.replaceAll('->', '→');

function readOne(item: Item): GiftQuestion {
	const [question, ...rest] = readGift(giftQuestion(item));
	expect(rest).toEqual([]);
	return question!;
}

describe('the GIFT export, read back by a port of Moodle’s importer', () => {
	it('writes a $CATEGORY per topic before its questions, and names each question by its id', () => {
		const questions = readGift(giftExport(selectForExport(bank, bank.items)));
		const categories = questions.filter((q) => q.qtype === 'category');
		expect(categories.map((c) => c.category)).toEqual([
			'$course$/Hedged Bets/People',
			'$course$/Hedged Bets/Borders & security',
			'$course$/Hedged Bets/History',
			'$course$/Hedged Bets/Economy',
			'$course$/Hedged Bets/Diplomacy',
			'$course$/Hedged Bets/Opposition',
			'$course$/Hedged Bets/Media & sources',
			'$course$/Hedged Bets/Outlook'
		]);
		const named = questions.flatMap((q) => ('name' in q ? [q.name] : []));
		expect(named.toSorted()).toEqual(bank.items.map((item) => item.id).toSorted());
	});

	it('files an item under the topic filtered on', () => {
		const items = tricky.items.slice(0, 2);
		const text = giftExport({ ...selectForExport(tricky, items), topic: 'media-sources' });
		expect(readGift(text)[0]).toEqual({
			qtype: 'category',
			category: '$course$/Hedged Bets/Media & sources'
		});
	});

	it('single choice: one right answer, tricky text intact, explanation and source as feedback', () => {
		const item = byType('single');
		const question = readOne(item);
		expect(question).toMatchObject({
			qtype: 'multichoice',
			name: item.id,
			text: kept(item.prompt),
			single: true,
			generalFeedback: kept(`${item.explanation}\n\nSource: ${citations(item)}`)
		});
		if (question.qtype !== 'multichoice') throw new Error();
		expect(question.answers.map((a) => [a.text, a.fraction])).toEqual(
			item.options.map((option, i) => [kept(option), i === item.correct ? 1 : 0])
		);
	});

	it('multiple answer: right ones share 100%, wrong ones -100%, so ticking all scores 0', () => {
		const item = byType('multiple');
		const question = readOne(item);
		if (question.qtype !== 'multichoice') throw new Error(question.qtype);
		expect(question.single).toBe(false);
		const fractions = question.answers.map((a) => a.fraction);
		const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
		expect(sum(fractions.filter((f) => f > 0))).toBeCloseTo(1, 6);
		expect(sum(fractions)).toBeCloseTo(0, 6);
		expect(question.answers.map((a) => a.fraction > 0)).toEqual(
			item.options.map((_, i) => item.correct.includes(i))
		);
		expect(question.answers.map((a) => a.text)).toEqual(item.options.map(kept));
	});

	it('uses only weights on Moodle’s grade list, for every count of right and wrong options', () => {
		const allowed = [100, 50, 33.33333, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10];
		for (const item of bank.items.filter((i) => i.type === 'multiple'))
			for (const [, weight] of giftQuestion(item).matchAll(/~%-?([\d.]+)%/g))
				expect(allowed).toContain(Number(weight));
	});

	it('true/false as {T} or {F}', () => {
		const item = byType('true-false');
		expect(giftQuestion(item)).toContain('\n\tF\n');
		expect(readOne(item)).toMatchObject({ qtype: 'truefalse', correct: false, text: item.prompt });
		expect(readOne({ ...item, correct: true })).toMatchObject({ correct: true });
	});

	it('short answer with every accepted answer, a literal * kept literal for Moodle', () => {
		const item = byType('typed');
		const question = readOne(item);
		if (question.qtype !== 'shortanswer') throw new Error(question.qtype);
		expect(question.answers.map((a) => [a.text, a.fraction])).toEqual(
			item.accepted.map((text) => [kept(text).replaceAll('*', '\\*'), 1])
		);
	});

	it('matching as =left -> right, and ordering as matching each step with its place', () => {
		const matching = byType('matching');
		expect(readOne(matching)).toMatchObject({
			qtype: 'match',
			pairs: matching.pairs.map((p) => ({ question: kept(p.left), answer: kept(p.right) }))
		});
		const ordering = byType('ordering');
		expect(readOne(ordering)).toMatchObject({
			qtype: 'match',
			text: `${ordering.prompt} (Match each step with its place in the order: 1 is first.)`,
			pairs: ordering.sequence.map((step, i) => ({ question: step, answer: String(i + 1) }))
		});
	});

	it('who-said as multiple choice with one right person', () => {
		const item = byType('who-said');
		expect(readOne(item)).toMatchObject({
			qtype: 'multichoice',
			single: true,
			answers: item.options.map((text, i) => ({ text, fraction: i === item.correct ? 1 : 0 }))
		});
	});

	it('escapes ~ = # { } : and the backslash, and writes line breaks as \\n', () => {
		expect(giftText('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
		expect(giftText('[html] <b>')).toBe('[moodle][html] <b>');
		expect(giftText('[Tajik] authorities')).toBe('[Tajik] authorities');
	});

	it('round-trips any text in every place a question holds text (property)', () => {
		fc.assert(
			fc.property(
				arbitraryText(),
				fc.uniqueArray(arbitraryText(), { minLength: 4, maxLength: 4, selector: kept }),
				arbitraryText({ maxLength: 80 }),
				(prompt, options, explanation) => {
					const single = { ...byType('single'), prompt, options, correct: 1, explanation };
					const question = readOne(single);
					expect(question).toMatchObject({
						text: kept(prompt),
						generalFeedback: kept(`${explanation}\n\nSource: ${citations(single)}`)
					});
					if (question.qtype !== 'multichoice') throw new Error(question.qtype);
					expect(question.answers.map((a) => [a.text, a.fraction])).toEqual(
						options.map((o, i) => [kept(o), i === 1 ? 1 : 0])
					);
					const pairs = options.slice(0, 3).map((left, i) => ({ left, right: options[i + 1]! }));
					expect(readOne({ ...byType('matching'), prompt, pairs })).toMatchObject({
						qtype: 'match',
						pairs: pairs.map((p) => ({ question: kept(p.left), answer: kept(p.right) }))
					});
					expect(readOne({ ...byType('typed'), prompt, accepted: options })).toMatchObject({
						qtype: 'shortanswer',
						answers: options.map((o) => ({ text: kept(o).replaceAll('*', '\\*'), fraction: 1 }))
					});
				}
			)
		);
	});
});
