import { describe, expect, it } from 'vitest';
import { parsedTinyBank } from '$lib/bank/fixtures/parsed-tiny-bank';
import {
	advance,
	answerCurrent,
	attemptFitsBank,
	elapsedSeconds,
	missedQuestions,
	retryTitle,
	startAttempt
} from './attempt';

const bank = parsedTinyBank();
const [single, , trueFalse] = bank.items;

const start = (feedback: 'each' | 'end') =>
	startAttempt({
		id: 'test-1',
		title: 'Test',
		code: null,
		feedback,
		questions: [
			{ itemId: single!.id, order: [0, 1, 2] },
			{ itemId: trueFalse!.id, order: [] }
		],
		now: 1_000
	});

describe('taking a quiz', () => {
	it('shows feedback after each answer in "each" mode, then moves on', () => {
		let attempt = answerCurrent(start('each'), single!, { type: 'choice', index: 1 }, [], 2_000);
		expect(attempt).toMatchObject({ current: 0, revealed: true });
		expect(attempt.answers[0]).toEqual({
			response: { type: 'choice', index: 1 },
			score: 1,
			answeredAt: 2_000
		});
		attempt = advance(attempt, 3_000);
		expect(attempt).toMatchObject({ current: 1, revealed: false, finishedAt: null });
		attempt = answerCurrent(attempt, trueFalse!, { type: 'boolean', value: false }, [], 4_000);
		attempt = advance(attempt, 5_000);
		expect(attempt).toMatchObject({ current: 2, finishedAt: 5_000 });
		expect(elapsedSeconds(attempt, 99_000)).toBe(4);
		expect(missedQuestions(attempt).map((q) => q.itemId)).toEqual([trueFalse!.id]);
	});

	it('moves straight on in exam mode', () => {
		const attempt = answerCurrent(start('end'), single!, { type: 'choice', index: 0 }, [], 2_000);
		expect(attempt).toMatchObject({ current: 1, revealed: false });
		expect(attempt.answers[0]?.score).toBe(0);
	});

	it('ignores a second answer to the same question and advancing past an unanswered one', () => {
		const answered = answerCurrent(start('each'), single!, { type: 'choice', index: 1 }, [], 2_000);
		expect(answerCurrent(answered, single!, { type: 'choice', index: 0 }, [], 3_000)).toBe(
			answered
		);
		const fresh = start('each');
		expect(advance(fresh, 2_000)).toBe(fresh);
	});
});

describe('attemptFitsBank', () => {
	const itemOf = (id: string) => bank.items.find((i) => i.id === id);
	const fine = start('each');

	it('accepts an attempt that matches the bank', () => {
		expect(attemptFitsBank(fine, itemOf)).toBe(true);
	});

	it.each([
		[
			'an unknown item',
			{
				questions: [{ itemId: 'ghost/single', order: [0, 1, 2] }, fine.questions[1]!],
				answers: [null, null]
			}
		],
		[
			'an order of the wrong length',
			{ questions: [{ itemId: single!.id, order: [0, 1] }, fine.questions[1]!] }
		],
		[
			'an order that repeats',
			{ questions: [{ itemId: single!.id, order: [0, 0, 1] }, fine.questions[1]!] }
		],
		[
			'an order for a true/false item',
			{ questions: [fine.questions[0]!, { itemId: trueFalse!.id, order: [0] }] }
		],
		['a question twice', { questions: [fine.questions[0]!, fine.questions[0]!] }],
		['a position past the end while unfinished', { current: 2 }],
		['a finished attempt not at the end', { finishedAt: 5, current: 1 }]
	])('refuses %s', (_, change) => {
		expect(attemptFitsBank({ ...fine, ...change }, itemOf)).toBe(false);
	});
});

describe('titles', () => {
	it('say "Retry: " once', () => {
		expect(retryTitle(retryTitle('Paragraph 3'))).toBe('Retry: Paragraph 3');
	});

	it('are capped for storage', () => {
		expect(
			startAttempt({
				id: 'x1y2',
				title: 'x'.repeat(500),
				code: null,
				feedback: 'each',
				questions: [],
				now: 0
			}).title
		).toHaveLength(120);
	});
});
