import { describe, expect, it } from 'vitest';
import type { Item, ItemOf } from '$lib/bank/schema';
import { bank } from '$lib/bank/fixtures/real-bank';
import { classQuiz, classSession } from '$lib/share/fixtures/class-quiz';
import {
	letterOf,
	slideAnswer,
	slideAnswerInWords,
	slideBody,
	slideSources
} from './present-slide';

const first = <T extends Item['type']>(type: T): ItemOf<T> =>
	bank.items.find((item) => item.type === type) as ItemOf<T>;

describe('slideBody', () => {
	it('letters a choice question’s options in the quiz’s display order and marks the right one', () => {
		const item = first('single');
		const order = item.options.map((_, i) => i).reverse();
		const body = slideBody(item, order);
		expect(body.kind).toBe('choices');
		if (body.kind !== 'choices') return;
		expect(body.choices.map((c) => c.text)).toEqual([...item.options].reverse());
		expect(body.choices.map((c) => c.letter)).toEqual(item.options.map((_, i) => letterOf(i)));
		const right = body.choices.filter((c) => c.correct);
		expect(right).toHaveLength(1);
		expect(right[0]!.index).toBe(item.correct);
		expect(slideAnswer(body, item)).toBe(`${right[0]!.letter}: ${item.options[item.correct]}`);
	});

	it('shows every question of a generated quiz with every line once, as the phones order them', () => {
		const { quiz, items } = classQuiz(classSession({ count: 30 }));
		quiz.questions.forEach((question, q) => {
			const item = items[q]!;
			const body = slideBody(item, question.order);
			const lines =
				body.kind === 'choices'
					? body.choices
					: body.kind === 'matching'
						? body.rights
						: body.kind === 'ordering'
							? body.steps
							: body.kind === 'classify'
								? body.statements
								: [];
			if (question.order.length) expect(lines.map((l) => l.index)).toEqual(question.order);
			expect(new Set(lines.map((l) => l.letter)).size).toBe(lines.length);
		});
	});

	it('gives true-or-false two lettered options, True first', () => {
		const item = first('true-false');
		const body = slideBody(item, []);
		expect(body).toMatchObject({
			kind: 'choices',
			choices: [
				{ letter: 'A', text: 'True', correct: item.correct },
				{ letter: 'B', text: 'False', correct: !item.correct }
			]
		});
	});

	it('keys a matching by the letters its right-hand sides are shown under', () => {
		const item = first('matching');
		const n = item.pairs.length;
		const order = Array.from({ length: n }, (_, i) => (i + 1) % n);
		const body = slideBody(item, order);
		if (body.kind !== 'matching') throw new Error(body.kind);
		expect(body.lefts).toEqual(item.pairs.map((p) => p.left));
		body.key.forEach((letter, left) => {
			const right = body.rights.find((r) => r.letter === letter)!;
			expect(right.text).toBe(item.pairs[left]!.right);
		});
		expect(slideAnswer(body, item)).toMatch(/^1 [A-E] · 2 [A-E]/);
	});

	it('keys an ordering as its shuffled letters in the right order', () => {
		const item = first('ordering');
		const n = item.sequence.length;
		const order = Array.from({ length: n }, (_, i) => n - 1 - i);
		const body = slideBody(item, order);
		if (body.kind !== 'ordering') throw new Error(body.kind);
		expect(body.steps.map((s) => s.text)).toEqual([...item.sequence].reverse());
		expect(body.key).toEqual(Array.from({ length: n }, (_, i) => letterOf(n - 1 - i)));
		expect(slideAnswer(body, item)).toBe(body.key.join(' → '));
	});

	it('falls back to the item’s own order when the stored order does not fit the item', () => {
		const item = first('single');
		const body = slideBody(item, [0, 0, 9]);
		if (body.kind !== 'choices') throw new Error(body.kind);
		expect(body.choices.map((c) => c.index)).toEqual(item.options.map((_, i) => i));
	});

	it('gives a typed question its accepted answers, and every question all its passages', () => {
		const item = first('typed');
		expect(slideBody(item, [])).toEqual({ kind: 'typed', accepted: item.accepted });
		expect(slideAnswer(slideBody(item, []), item)).toBe(item.answer);
		expect(slideSources(item)).toEqual([item.source]);
		const cited = bank.items.find((i) => i.also?.length)!;
		expect(slideSources(cited)).toEqual([cited.source, ...cited.also!]);
	});

	it('letters a sorting’s statements in the phones’ order and keys each to its group', () => {
		const item = first('classify');
		const order = item.statements.map((_, i) => i).reverse();
		const body = slideBody(item, order);
		if (body.kind !== 'classify') throw new Error(body.kind);
		expect(body.groups).toEqual(item.groups);
		expect(body.statements.map((s) => s.index)).toEqual(order);
		expect(body.key).toEqual(order.map((i) => item.statements[i]!.group));
		const answer = slideAnswer(body, item);
		expect(answer.startsWith(`${item.groups[0]}: `)).toBe(true);
		expect(answer).toContain(` · ${item.groups[1]}: `);
	});

	it('gives a short written answer its model answer and key points, never a line to fill', () => {
		const item = first('short-answer');
		const body = slideBody(item, []);
		expect(body).toEqual({
			kind: 'written',
			model: item.model,
			points: item.points.map((p) => p.text)
		});
		expect(slideAnswer(body, item)).toBe(item.model);
	});
});

describe('slideAnswerInWords', () => {
	it('says the right options in words, and no key of letters whose lines are gone', () => {
		const multiple = first('multiple');
		const body = slideBody(multiple, []);
		if (body.kind !== 'choices') throw new Error('a multiple choice has choices');
		const right = body.choices.filter((c) => c.correct);
		expect(slideAnswerInWords(body, multiple)).toBe(
			right.map((c) => `${c.letter}: ${c.text}`).join(' · ')
		);
		const single = first('single');
		const singleBody = slideBody(single, []);
		expect(slideAnswerInWords(singleBody, single)).toBe(slideAnswer(singleBody, single));
		const typed = first('typed');
		expect(slideAnswerInWords(slideBody(typed, []), typed)).toBe(typed.answer);
		const written = first('short-answer');
		expect(slideAnswerInWords(slideBody(written, []), written)).toBe(written.model);
		for (const type of ['matching', 'ordering', 'classify'] as const) {
			const item = first(type);
			expect(slideAnswerInWords(slideBody(item, []), item), type).toBeUndefined();
		}
	});
});
