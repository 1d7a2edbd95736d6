import { describe, expect, it } from 'vitest';
import { parsedTinyBank } from '../bank/fixtures/parsed-tiny-bank';
import { indexBank } from '../bank/lookup';
import { finishedAttempt } from './fixtures/attempts';
import { quizHistory } from './quiz-history';

const index = indexBank(parsedTinyBank());
const [a, b, c] = index.bank.items.map((item) => item.id);

describe('quizHistory', () => {
	it('gives the finished quizzes’ scores oldest first', () => {
		const history = quizHistory(
			[
				finishedAttempt('late', 3_000_000, { [a!]: 1, [b!]: 1 }),
				finishedAttempt('early', 1_000_000, { [a!]: 0, [b!]: 0.5 }),
				finishedAttempt('open', 2_000_000, { [a!]: 0 }, false)
			],
			index
		);
		expect(history.points).toEqual([
			{ id: 'early', finishedAt: new Date(1_000_000), title: 'Quiz early', score: 0.25 },
			{ id: 'late', finishedAt: new Date(3_000_000), title: 'Quiz late', score: 1 }
		]);
	});

	it('lists the questions most often missed, partly right counting as missed', () => {
		const history = quizHistory(
			[
				finishedAttempt('1', 1_000_000, { [a!]: 0, [b!]: 0.5, [c!]: 1 }),
				finishedAttempt('2', 2_000_000, { [a!]: 0, [b!]: 1, [c!]: 1 })
			],
			index
		);
		expect(history.mostMissed).toEqual([
			{ itemId: a, prompt: index.itemById.get(a!)!.prompt, asked: 2, missed: 2 },
			{ itemId: b, prompt: index.itemById.get(b!)!.prompt, asked: 2, missed: 1 }
		]);
	});

	it('ranks equal misses by the share missed, then by the bank’s order, and keeps the top few', () => {
		const history = quizHistory(
			[
				finishedAttempt('1', 1, { [c!]: 0, [b!]: 0, [a!]: 0 }),
				finishedAttempt('2', 2, { [a!]: 1 })
			],
			index,
			2
		);
		expect(history.mostMissed.map((m) => m.itemId)).toEqual([b, c]);
	});

	it('leaves out questions no longer in the bank', () => {
		const history = quizHistory(
			[finishedAttempt('1', 1, { 'gone-fact/single': 0, [a!]: 0 })],
			index
		);
		expect(history.mostMissed.map((m) => m.itemId)).toEqual([a]);
	});

	it('is empty before any quiz', () => {
		expect(quizHistory([], index)).toEqual({ points: [], mostMissed: [] });
	});
});
