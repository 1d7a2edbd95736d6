import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { article } from '$lib/article/source';
import { indexBank } from '$lib/bank/lookup';
import { startAttempt } from '$lib/quiz/attempt';
import { correctResponse } from '$lib/quiz/check';
import { draftFromResponse } from '$lib/quiz/draft';
import { wrongResponse } from '$lib/quiz/fixtures/wrong-response';
import { generateQuiz } from '$lib/quiz/generate';
import { articleNames } from '$lib/quiz/names';
import { toMask, type FeedbackMode } from '$lib/quiz/recipe';
import { QUESTION_TYPES } from '$lib/bank/question-types';
import { cardRecord, inBuckets } from '$lib/storage/fixtures/card-record';
import { loadDeck } from '$lib/storage/deck';
import { indexedDbStore, type KeyValueStore } from '$lib/storage/kv';
import { fullStore } from './fixtures/full-store';
import { QuizPlayer } from './quiz-player.svelte';
import { plantMany } from '$lib/storage/fixtures/plant';
import { bank } from '$lib/bank/fixtures/real-bank';

const index = indexBank(bank);
const rivals = articleNames(article);

let n = 0;
const freshStore = () => indexedDbStore(`quiz-player-${++n}`, 'data');
const DAY_MS = 86_400_000;

/** A player over a generated quiz, in a store where every fact's card is studied and due later. */
async function playing(feedback: FeedbackMode, count = 6) {
	const store = freshStore();
	const due = new Date(Date.now() + 10 * DAY_MS);
	await plantMany(
		store,
		inBuckets(
			bank.facts.map((fact) => [
				fact.id,
				cardRecord({ id: fact.id, card: { ...cardRecord().card, state: 2, due, stability: 9 } })
			])
		)
	);
	const generated = generateQuiz(bank, {
		bankVersion: bank.version,
		count,
		types: toMask(QUESTION_TYPES, ['single', 'multiple', 'true-false', 'typed', 'who-said']),
		topics: 0,
		difficulty: 0,
		paragraphs: 0,
		seed: 404,
		feedback
	});
	if (!generated.ok) throw new Error(generated.message);
	const attempt = startAttempt({
		id: 'test-attempt',
		title: 'Test',
		code: null,
		feedback,
		questions: generated.quiz.questions,
		now: Date.now()
	});
	return { store, due, player: new QuizPlayer(store, index, rivals, attempt) };
}

/** Enters a response to the current question, as the page's controls would, and submits it. */
function answer(player: QuizPlayer, right: boolean): Promise<void> {
	const item = player.item!;
	player.draft = draftFromResponse(
		item,
		player.question!,
		right ? correctResponse(item) : wrongResponse(item)
	);
	return player.submit();
}

/** The facts whose cards are due before `due`, i.e. were brought forward. */
async function broughtForward(store: KeyValueStore, due: Date): Promise<string[]> {
	// Writes that nothing awaits (today's bring-forward) land within a few macrotasks.
	await new Promise((resolve) => setTimeout(resolve, 50));
	const { records: cards } = await loadDeck(store);
	return cards.filter((c) => c.card.due.getTime() < due.getTime()).map((c) => c.id);
}

describe('regression: exam mode brings the wrong card forward', () => {
	it('an exam-mode quiz answered all right brings no card forward', async () => {
		const { store, due, player } = await playing('end');
		const facts: string[] = [];
		while (!player.finished) {
			const item = player.item!;
			facts.push(item.fact);
			await answer(player, true);
		}
		expect(facts.length).toBeGreaterThan(2);
		expect(await broughtForward(store, due)).toEqual([]);
		player.dispose();
	});

	it('a wrong answer in exam mode brings exactly its own fact’s card forward', async () => {
		const second = await playing('end');
		const { player: exam } = second;
		const missed = exam.attempt.questions[1]!;
		const missedFact = index.itemById.get(missed.itemId)!.fact;
		while (!exam.finished) await answer(exam, exam.item!.id !== missed.itemId);
		expect(exam.attempt.answers.map((a) => a!.score < 1)).toEqual([
			false,
			true,
			false,
			false,
			false,
			false
		]);
		expect(await broughtForward(second.store, second.due)).toEqual([missedFact]);
		exam.dispose();
	});
});

describe('a quiz answer with feedback after each', () => {
	it('with feedback after each answer, a wrong answer brings exactly its fact forward', async () => {
		const { store, due, player } = await playing('each', 3);
		const first = player.item!;
		await answer(player, false);
		expect(player.answer?.score).toBeLessThan(1);
		await player.next();
		await answer(player, true);
		expect(await broughtForward(store, due)).toEqual([first.fact]);
		player.dispose();
	});
});

describe('the quiz page’s player', () => {
	const key = (k: string) => ({
		key: k,
		repeat: false,
		isComposing: false,
		altKey: false,
		ctrlKey: false,
		metaKey: false
	});

	it('says each answer’s result, then moves on, calling the page to move focus', async () => {
		const { player } = await playing('each', 2);
		let moves = 0;
		const moving = new QuizPlayer(freshStore(), index, rivals, player.attempt, {
			onMove: () => moves++
		});
		const first = moving.item!;
		await answer(moving, false);
		expect(moving.announcement).toBe(`Not quite. The answer is: ${first.answer}.`);
		expect(moves).toBe(0);
		await moving.next();
		expect(moves).toBe(1);
		expect(moving.announcement).toBe('');
		await answer(moving, true);
		expect(moving.announcement).toBe('Correct.');
		await moving.next();
		expect(moving.finished).toBe(true);
		expect(moving.announcement).toBe('Quiz finished.');
		player.dispose();
		moving.dispose();
	});

	it('says where an exam goes next, and when it is finished', async () => {
		const { player } = await playing('end', 2);
		await answer(player, true);
		expect(player.announcement).toBe('Answer saved. Question 2 of 2.');
		await answer(player, true);
		expect(player.announcement).toBe('Quiz finished.');
		player.dispose();
	});

	it('picks answers with digit keys and checks with Enter, but not from a text field or on a held key', async () => {
		const { player } = await playing('each', 6);
		while (player.item?.type !== 'single' && player.item?.type !== 'who-said') {
			await answer(player, true);
			await player.next();
		}
		const question = player.question!;
		expect(player.press({ ...key('1'), repeat: true }, 'page')).toBe(false);
		expect(player.press(key('1'), 'text')).toBe(false);
		expect(player.press(key('9'), 'page')).toBe(false);
		expect(player.press(key('2'), 'button')).toBe(true);
		expect(player.draft).toEqual({ type: 'choice', index: question.order[1] });
		expect(player.press(key('Enter'), 'button')).toBe(false);
		expect(player.answer).toBeNull();
		expect(player.press(key('Enter'), 'page')).toBe(true);
		expect(player.answer?.response).toEqual({ type: 'choice', index: question.order[1] });
		expect(player.press(key('1'), 'page')).toBe(false);
		player.dispose();
	});

	it('shows a failed write, keeps the answer on screen, and stores it on retry', async () => {
		const { store: real, player: template } = await playing('each', 2);
		let failures = 1;
		const store = fullStore(real, () => failures-- > 0);
		const player = new QuizPlayer(store, index, rivals, template.attempt, {
			timing: { stallMs: 60_000, retryMs: 60_000 }
		});
		const answering = answer(player, true);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(player.saveError).toMatch(/out of storage space/);
		expect(player.answer?.score).toBe(1);
		player.writes.retryNow();
		await answering;
		expect(player.saveError).toBeUndefined();
		const stored = (await real.get('attempt:test-attempt')) as { answers: unknown[] };
		expect(stored.answers[0]).toMatchObject({ score: 1 });
		template.dispose();
		player.dispose();
	});
});
