import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/article/parse';
import { article } from '$lib/article/source';
import type { Item } from '$lib/bank/schema';
import { sourcesOf } from '$lib/bank/sources';
import { bank } from '$lib/bank/fixtures/real-bank';
import { classQuiz, classSession } from '$lib/share/fixtures/class-quiz';
import {
	defaultPaper,
	keyEntry,
	keyMarks,
	keySource,
	letterOf,
	optionColumns,
	penHint,
	sheetQuestion,
	writingLines
} from './sheet';

/** How many things an item's display order arranges. */
const arranged = (item: Item): number =>
	item.type === 'matching'
		? item.pairs.length
		: item.type === 'ordering'
			? item.sequence.length
			: item.type === 'classify'
				? item.statements.length
				: 'options' in item
					? item.options.length
					: 0;

/** An item of the bank with a display order of its things, as generateQuiz could give. */
const shownItem = fc.constantFrom(...bank.items).chain((item) => {
	const n = arranged(item);
	const indexes = Array.from({ length: n }, (_, i) => i);
	return fc
		.shuffledSubarray(indexes, { minLength: n, maxLength: n })
		.map((order) => ({ item, question: { itemId: item.id, order } }));
});

const byLetter = (list: { letter: string; text: string }[], letter: string) =>
	list.find((entry) => entry.letter === letter)?.text;

describe('the student sheet', () => {
	it('prints options, matches and steps in the display order, lettered A, B, C…', () => {
		fc.assert(
			fc.property(shownItem, ({ item, question }) => {
				const sheet = sheetQuestion(item, question, 3);
				expect(sheet.number).toBe(3);
				expect(sheet.prompt).toBe(item.prompt);
				if (sheet.kind === 'choices' && 'options' in item)
					expect(sheet.options).toEqual(
						question.order.map((i, position) => ({
							letter: letterOf(position),
							text: item.options[i]
						}))
					);
				if (sheet.kind === 'matching' && item.type === 'matching') {
					expect(sheet.lefts).toEqual(item.pairs.map((p) => p.left));
					expect(sheet.rights.map((r) => r.text)).toEqual(
						question.order.map((i) => item.pairs[i]!.right)
					);
				}
				if (sheet.kind === 'ordering' && item.type === 'ordering')
					expect(sheet.steps.map((s) => s.text)).toEqual(
						question.order.map((i) => item.sequence[i])
					);
			})
		);
	});

	it('never carries the answer, the explanation or the source', () => {
		for (const item of bank.items) {
			const order = Array.from({ length: arranged(item) }, (_, i) => i);
			const printed = JSON.stringify(sheetQuestion(item, { itemId: item.id, order }, 1));
			expect(printed).not.toContain(item.explanation);
			expect(printed).not.toContain(JSON.stringify(item.source.quote));
			expect(printed).not.toMatch(/"(correct|accepted|answer)"/);
		}
	});

	it('says how to answer on paper where “tick one” is not the rule, and not twice', () => {
		const of = (type: Item['type']) => bank.items.find((item) => item.type === type)!;
		const multiple = of('multiple');
		expect(penHint({ ...multiple, prompt: 'Which of these are true?' })).toBe(
			'Tick every right answer.'
		);
		expect(penHint({ ...multiple, prompt: 'Which are true? Choose all that apply.' })).toBe(
			undefined
		);
		expect(penHint(of('matching'))).toMatch(/letter of its match/);
		const ordering = of('ordering');
		if (ordering.type === 'ordering')
			expect(penHint(ordering)).toBe(`Number them 1 to ${ordering.sequence.length}, 1 first.`);
		for (const type of ['single', 'who-said', 'true-false', 'typed'] as const)
			expect(penHint(of(type))).toBeUndefined();
	});

	it('sets four or more short options in two columns, and any long one in one', () => {
		expect(optionColumns(['Dushanbe', 'Kabul', 'Tashkent', 'Astana'])).toBe(2);
		expect(optionColumns(['Dushanbe', 'Kabul', 'Tashkent'])).toBe(1);
		expect(optionColumns(['Dushanbe', 'Kabul', 'Tashkent', 'x'.repeat(35)])).toBe(1);
		expect(optionColumns(['x'.repeat(34), 'b', 'c', 'd'])).toBe(2);
	});

	it('gives a typed answer one ruled line for a word, more for a longer answer', () => {
		expect(writingLines(['mixed'])).toBe(1);
		expect(writingLines(['x'.repeat(24)])).toBe(1);
		expect(writingLines(['short', 'x'.repeat(40)])).toBe(2);
		expect(writingLines(['x'.repeat(61)])).toBe(3);
	});

	it('is the quiz a phone builds from the same code: same items, same order', () => {
		const print = () => {
			const { quiz, items } = classQuiz(classSession({ seed: 99 }));
			return quiz.questions.map((q, i) => sheetQuestion(items[i]!, q, i + 1));
		};
		expect(print()).toEqual(print());
	});
});

describe('the answer key', () => {
	it('names the right options, matches and steps by the letters the sheet prints', () => {
		fc.assert(
			fc.property(shownItem, ({ item, question }) => {
				const sheet = sheetQuestion(item, question, 1);
				const marks = keyMarks(item, question);
				if (sheet.kind === 'choices' && (item.type === 'single' || item.type === 'who-said'))
					expect(byLetter(sheet.options, marks)).toBe(item.options[item.correct]);
				if (sheet.kind === 'choices' && item.type === 'multiple')
					expect(marks.split(', ').map((letter) => byLetter(sheet.options, letter))).toEqual(
						expect.arrayContaining(item.correct.map((i) => item.options[i]))
					);
				if (sheet.kind === 'matching' && item.type === 'matching')
					marks.split(' ').forEach((pair, i) => {
						const [, number, letter] = /^(\d+)([A-Z])$/.exec(pair)!;
						expect(number).toBe(String(i + 1));
						expect(byLetter(sheet.rights, letter!)).toBe(item.pairs[i]!.right);
					});
				if (sheet.kind === 'ordering' && item.type === 'ordering')
					expect(marks.split(', ').map((letter) => byLetter(sheet.steps, letter))).toEqual(
						item.sequence
					);
				if (item.type === 'true-false') expect(marks).toBe(item.correct ? 'True' : 'False');
				if (item.type === 'typed') {
					const entry = keyEntry(article, item, question, 1);
					expect([marks, ...entry.alsoAccepted]).toEqual(item.accepted);
				}
			})
		);
	});

	it('quotes every cited passage in the article’s words, the quote marked inside it', () => {
		for (const item of bank.items) {
			const order = Array.from({ length: arranged(item) }, (_, i) => i);
			const entry = keyEntry(article, item, { itemId: item.id, order }, 7);
			expect(entry.number).toBe(7);
			expect(entry.explanation).toBe(item.explanation);
			const cited = sourcesOf(item);
			expect(entry.sources).toHaveLength(cited.length);
			entry.sources.forEach((source, i) => {
				const passage = cited[i]!;
				expect(source.quote).toBe(passage.quote);
				const sentence =
					article.paragraphs[passage.paragraph - 1]!.sentences[passage.sentence - 1]!;
				expect(`${source.before}${source.quote}${source.after}`).toContain(sentence.text);
			});
		}
	});

	it('prints a sorting for a pen and keys it by group, and gives a short answer lines and its points', () => {
		const sorting = bank.items.find((item) => item.type === 'classify')!;
		const order = sorting.statements.map((_, i) => i).reverse();
		const question = { itemId: sorting.id, order };
		const sheet = sheetQuestion(sorting, question, 1);
		if (sheet.kind !== 'classify') throw new Error(sheet.kind);
		expect(sheet.groups).toEqual(sorting.groups);
		expect(sheet.statements.map((s) => s.text)).toEqual(
			order.map((i) => sorting.statements[i]!.text)
		);
		const marks = keyMarks(sorting, question);
		sorting.groups.forEach((group, g) => {
			const letters = marks.split(' · ')[g]!.replace(`${group}: `, '').split(', ');
			expect(letters.map((l) => byLetter(sheet.statements, l)).sort()).toEqual(
				sorting.statements
					.filter((s) => s.group === g)
					.map((s) => s.text)
					.sort()
			);
		});
		const written = bank.items.find((item) => item.type === 'short-answer')!;
		expect(sheetQuestion(written, { itemId: written.id, order: [] }, 2)).toMatchObject({
			kind: 'written',
			lines: 4,
			hint: 'Write one or two sentences.'
		});
		const key = keyEntry(article, written, { itemId: written.id, order: [] }, 2);
		expect(key.marks).toBe(`${written.points.length} key points`);
		expect(key.points).toEqual(written.points.map((point) => point.text));
		expect(key.answer).toBe(written.answer);
	});

	it('leaves out the answer in words when the marks already say it', () => {
		const tf = bank.items.find((item) => item.type === 'true-false')!;
		expect(keyEntry(article, tf, { itemId: tf.id, order: [] }, 1).answer).toBeUndefined();
		const single = bank.items.find((item) => item.type === 'single')!;
		const entry = keyEntry(article, single, { itemId: single.id, order: [0, 1, 2] }, 1);
		expect(entry.answer).toBe(single.answer);
	});

	it('prints a quote its article no longer holds as the quote alone', () => {
		const other = parseArticle('Title\n\nA different first sentence. And a second one.');
		const source = { paragraph: 1, sentence: 1, quote: 'Talk about mixed signals.' };
		expect(keySource(other, source)).toEqual({
			paragraph: 1,
			sentence: 1,
			sentenceEnd: undefined,
			before: '',
			quote: 'Talk about mixed signals.',
			after: ''
		});
		expect(keySource(other, { ...source, paragraph: 99 }).quote).toBe(source.quote);
	});
});

describe('the paper', () => {
	it('is Letter where Letter is usual, A4 everywhere else', () => {
		for (const locale of ['en-US', 'fr-CA']) expect(defaultPaper(locale), locale).toBe('letter');
		for (const locale of ['en-GB', 'tg-TJ', 'en', 'zh-Hant-TW'])
			expect(defaultPaper(locale), locale).toBe('a4');
	});
});
