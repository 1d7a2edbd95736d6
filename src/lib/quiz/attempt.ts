import type { Item } from '../bank/schema';
import { check, type QuizResponse } from './check';
import type { FeedbackMode } from './recipe';
import type { QuizQuestion } from './generate';

/** Titles are capped (storage checks the same limit on every read). */
export const TITLE_MAX = 120;

/** One answer given: the response as entered, and its score, 0..1. */
export interface AnswerRecord {
	/** In the item's own indexes; a stored one is checked again by `check`, which never throws. */
	response: { type: string; [field: string]: unknown };
	score: number;
	answeredAt: number;
}

/** One quiz taken (or being taken): its questions, answers and progress. */
export interface Attempt {
	id: string;
	title: string;
	/** The quiz code it came from, or null for a quiz of missed questions. */
	code: string | null;
	feedback: FeedbackMode;
	questions: QuizQuestion[];
	/** One per question, null until answered. */
	answers: (AnswerRecord | null)[];
	/** The question shown; equal to the number of questions once finished. */
	current: number;
	/** Whether the current answer's feedback is shown ("each" mode). */
	revealed: boolean;
	startedAt: number;
	finishedAt: number | null;
}

// Pure steps of taking a quiz. Each returns a new attempt; the caller stores it (write-through).

/** A fresh attempt at a quiz. `id` and `now` come from the edge (crypto, clock). */
export function startAttempt(options: {
	id: string;
	title: string;
	code: string | null;
	feedback: FeedbackMode;
	questions: QuizQuestion[];
	now: number;
}): Attempt {
	return {
		id: options.id,
		title: options.title.slice(0, TITLE_MAX),
		code: options.code,
		feedback: options.feedback,
		questions: options.questions,
		answers: options.questions.map(() => null),
		current: 0,
		revealed: false,
		startedAt: options.now,
		finishedAt: null
	};
}

export const isFinished = (attempt: Attempt): boolean => attempt.finishedAt !== null;

/** What is recorded when a question's time ran out before anything was entered: it scores 0. */
export const NO_ANSWER = { type: 'none' } as const;

/** Records the answer to the current question; in "each" mode the feedback is shown next. */
export function answerCurrent(
	attempt: Attempt,
	item: Item,
	response: QuizResponse | typeof NO_ANSWER,
	rivals: readonly string[],
	now: number
): Attempt {
	if (isFinished(attempt) || attempt.answers[attempt.current]) return attempt;
	const { score } = check(item, response, rivals);
	const answers = attempt.answers.map((answer, i) =>
		i === attempt.current ? { response, score, answeredAt: now } : answer
	);
	const answered = { ...attempt, answers };
	return attempt.feedback === 'each' ? { ...answered, revealed: true } : advance(answered, now);
}

/** Moves past the current (answered) question; after the last, the attempt is finished. */
export function advance(attempt: Attempt, now: number): Attempt {
	if (isFinished(attempt) || !attempt.answers[attempt.current]) return attempt;
	const current = attempt.current + 1;
	return current >= attempt.questions.length
		? { ...attempt, current: attempt.questions.length, revealed: false, finishedAt: now }
		: { ...attempt, current, revealed: false };
}

/** The share of the quiz answered right so far, 0..1. */
export function attemptScore(attempt: Attempt): number {
	const total = attempt.answers.reduce((sum, answer) => sum + (answer?.score ?? 0), 0);
	return total / attempt.questions.length;
}

/** The questions not fully right, for "Retry missed". */
export function missedQuestions(attempt: Attempt): QuizQuestion[] {
	return attempt.questions.filter((_, i) => (attempt.answers[i]?.score ?? 0) < 1);
}

/** Whole seconds from start to finish (or to `now` while in progress). */
export function elapsedSeconds(attempt: Attempt, now: number): number {
	return Math.max(0, Math.round(((attempt.finishedAt ?? now) - attempt.startedAt) / 1000));
}

/** The title of a retry of an attempt: "Retry: " once, however often it is retried. */
export const retryTitle = (title: string): string =>
	title.startsWith('Retry: ') ? title : `Retry: ${title}`;

const isPermutation = (order: readonly number[], n: number) =>
	order.length === n &&
	new Set(order).size === n &&
	order.every((i) => Number.isInteger(i) && i >= 0 && i < n);

/**
 * Whether a stored attempt can be shown with the current bank: every item still there, each
 * display order a reordering of that item's options, pairs or steps, no item twice, and the
 * position consistent with the finished flag. A record failing this is refused, never patched.
 */
export function attemptFitsBank(
	attempt: Attempt,
	itemOf: (id: string) => Item | undefined
): boolean {
	const ids = attempt.questions.map((q) => q.itemId);
	if (new Set(ids).size !== ids.length) return false;
	const n = attempt.questions.length;
	if (attempt.finishedAt === null ? attempt.current >= n : attempt.current !== n) return false;
	return attempt.questions.every(({ itemId, order }) => {
		const item = itemOf(itemId);
		if (!item) return false;
		switch (item.type) {
			case 'single':
			case 'multiple':
			case 'who-said':
				return isPermutation(order, item.options.length);
			case 'matching':
				return isPermutation(order, item.pairs.length);
			case 'ordering':
				return isPermutation(order, item.sequence.length);
			case 'classify':
				return isPermutation(order, item.statements.length);
			case 'true-false':
			case 'typed':
			case 'short-answer':
				return order.length === 0;
		}
	});
}
