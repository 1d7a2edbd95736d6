import { describe, expect, it } from 'vitest';
import type { Item, ItemOf } from '$lib/bank/schema';
import type { QuizResponse } from '$lib/quiz/check';
import { BitReader } from './bits';
import { newTypeItems } from '$lib/bank/fixtures/new-type-items';
import { bank } from '../bank/fixtures/real-bank';
import { answerBits, readAnswer, TYPED_MAX_BYTES, utf8Within } from './result-answers';

const first = <T extends Item['type']>(type: T): ItemOf<T> =>
	bank.items.find((item) => item.type === type) as ItemOf<T>;

describe('answers in a result code', () => {
	it('take only the bits their item needs', () => {
		const ordering = first('ordering');
		expect(
			answerBits(ordering, { type: 'order', sequence: ordering.sequence.map((_, i) => i) })
		).toHaveLength(
			1 +
				[...Array(ordering.sequence.length).keys()].reduce(
					(sum, k) => sum + Math.ceil(Math.log2(ordering.sequence.length - k)),
					0
				)
		);
		expect(answerBits(first('true-false'), { type: 'boolean', value: false })).toBe('01');
		expect(answerBits(first('typed'), null)).toBe('0');
	});

	it('send a response that does not fit its item as unanswered', () => {
		const single = first('single');
		const ordering = first('ordering');
		const matching = first('matching');
		for (const [item, response] of [
			[single, { type: 'choice', index: single.options.length }],
			[single, { type: 'boolean', value: true }],
			[ordering, { type: 'order', sequence: ordering.sequence.map(() => 0) }],
			[matching, { type: 'pairs', rights: [0] }]
		] as const) {
			const reader = new BitReader(answerBits(item, response as never));
			expect(readAnswer(reader, item)).toBeNull();
			expect(reader.left).toBe(0);
		}
	});

	it('cut a long typed answer at a character boundary', () => {
		const long = 'é'.repeat(40); // 80 bytes
		const cut = utf8Within(long, TYPED_MAX_BYTES);
		expect(cut.length).toBe(62);
		const typed = first('typed');
		const reader = new BitReader(answerBits(typed, { type: 'text', value: long }));
		expect(readAnswer(reader, typed)).toEqual({ type: 'text', value: 'é'.repeat(31) });
	});

	it('carry a short answer as its ticks, never its text', () => {
		const { shortAnswer } = newTypeItems();
		const written: QuizResponse = {
			type: 'self',
			ticks: [0, 1],
			text: 'A long answer about the border'
		};
		const bits = answerBits(shortAnswer, written);
		expect(bits).toBe('111');
		expect(readAnswer(new BitReader(bits), shortAnswer)).toEqual({ type: 'self', ticks: [0, 1] });
		expect(
			readAnswer(new BitReader(answerBits(shortAnswer, { type: 'self', ticks: [] })), shortAnswer)
		).toEqual({ type: 'self', ticks: [] });
		expect(answerBits(shortAnswer, { type: 'self', ticks: [4] })).toBe('0');
	});

	it('carry a sorting as two bits a statement, unsorted ones too', () => {
		const { classify } = newTypeItems();
		const response: QuizResponse = { type: 'groups', groups: [0, -1, 1, 0] };
		const bits = answerBits(classify, response);
		expect(bits).toBe('1' + '01' + '00' + '10' + '01');
		expect(readAnswer(new BitReader(bits), classify)).toEqual(response);
		expect(answerBits(classify, { type: 'groups', groups: [0, 2, 1, 0] })).toBe('0');
		expect(readAnswer(new BitReader('1' + '11' + '000000'), classify)).toBeUndefined();
	});

	it('refuse bits that cannot be an answer', () => {
		expect(readAnswer(new BitReader('11'), first('true-false'))).toBeUndefined();
		expect(readAnswer(new BitReader('1'), first('multiple'))).toBeUndefined();
		expect(readAnswer(new BitReader('1' + '000011' + '11111111'), first('typed'))).toBeUndefined();
	});
});
