import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BankLoadError } from '$lib/bank/load';
import { indexBank } from '$lib/bank/lookup';
import { startAttempt } from '$lib/quiz/attempt';
import { decodeQuizCode } from '$lib/share/quiz-code';
import { indexedDbStore } from '$lib/storage/kv';
import type { OpenedQuiz } from './open-quiz';
import { QuizPage } from './quiz-page.svelte';
import { bank } from '$lib/bank/fixtures/real-bank';

const index = indexBank(bank);
const trueFalse = bank.items.find((item) => item.type === 'true-false')!;
const attempt = startAttempt({
	id: 'page-test',
	title: 'Test',
	code: null,
	feedback: 'each',
	questions: [{ itemId: trueFalse.id, order: [] }],
	now: 0
});
const ready: OpenedQuiz = {
	kind: 'ready',
	store: indexedDbStore('quiz-page-test', 'data'),
	index,
	attempt,
	hash: '#a=page-test'
};

function page(open: (hash: string) => Promise<OpenedQuiz>) {
	const hashes: string[] = [];
	const quiz = new QuizPage({
		rivals: [],
		replaceHash: (h) => hashes.push(h),
		open,
		seed: () => 7
	});
	return { quiz, hashes };
}

describe('the quiz page', () => {
	it('opens a quiz and puts its own address in the location bar', async () => {
		const { quiz, hashes } = page(async () => ready);
		expect(await quiz.open('#q=whatever')).toBe(true);
		expect(quiz.player?.attempt).toBe(attempt);
		expect(hashes).toEqual(['#a=page-test']);
		quiz.dispose();
	});

	it('shows why a quiz can’t start, in words, and a way on with the same settings', async () => {
		const recipe = {
			bankVersion: 1,
			count: 5,
			types: 0,
			topics: 0,
			difficulty: 0,
			paragraphs: 0,
			seed: 1,
			feedback: 'each' as const
		};
		const { quiz } = page(async () => ({
			kind: 'problem',
			title: 'Old',
			message: 'Other questions.',
			sameSettings: recipe
		}));
		expect(await quiz.open('#q=old')).toBe(false);
		expect(quiz.problem?.title).toBe('Old');
		const hash = quiz.sameSettingsHash()!;
		const decoded = decodeQuizCode(hash.replace('#q=', ''));
		expect(decoded.ok && decoded.recipe).toEqual({ ...recipe, seed: 7 });
	});

	it('names a failed bank load, and says no more about anything else', async () => {
		const failing = page(async () => {
			throw new BankLoadError('The questions could not be loaded.');
		});
		await failing.quiz.open('#q=x');
		expect(failing.quiz.problem?.message).toBe('The questions could not be loaded.');
		const broken = page(async () => {
			throw new TypeError('x is undefined');
		});
		await broken.quiz.open('#q=x');
		expect(broken.quiz.problem).toMatchObject({
			title: 'The quiz can’t start',
			message: 'Something unexpected stopped the quiz.'
		});
		expect(broken.quiz.sameSettingsHash()).toBeUndefined();
	});

	it('lets a newer address win over an older one still opening', async () => {
		let finishOld: (opened: OpenedQuiz) => void = () => {};
		const { quiz } = page((hash) =>
			hash === '#old'
				? new Promise((resolve) => (finishOld = resolve))
				: Promise.resolve({ kind: 'problem', title: 'New', message: 'newer' })
		);
		const old = quiz.open('#old');
		expect(await quiz.open('#new')).toBe(false);
		finishOld(ready);
		expect(await old).toBe(false);
		expect(quiz.player).toBeUndefined();
		expect(quiz.problem?.title).toBe('New');
	});
});
