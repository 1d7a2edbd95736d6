import type { BankIndex } from '../bank/lookup';
import { attemptScore, type Attempt } from '../quiz/attempt';
import type { MissedQuestion, QuizHistory } from './types';

/** How many of the most-missed questions the history lists. */
export const MOST_MISSED = 10;

/**
 * The finished quizzes, oldest first, with their scores (0–1, `attemptScore`), and the
 * questions most often not fully right across them: most misses first, then the higher share
 * missed, then the bank's order. Only questions missed at least once are listed, and only
 * those still in the bank (a question's prompt comes from the bank, not the stored attempt).
 */
export function quizHistory(
	attempts: readonly Attempt[],
	bank: BankIndex,
	limit = MOST_MISSED
): QuizHistory {
	const finished = attempts
		.filter((attempt) => attempt.finishedAt !== null && attempt.questions.length > 0)
		.sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
	const tally = new Map<string, MissedQuestion>();
	for (const attempt of finished) {
		attempt.questions.forEach(({ itemId }, i) => {
			const answer = attempt.answers[i];
			const item = bank.itemById.get(itemId);
			if (!answer || !item) return;
			let row = tally.get(itemId);
			if (!row) tally.set(itemId, (row = { itemId, prompt: item.prompt, asked: 0, missed: 0 }));
			row.asked += 1;
			if (answer.score < 1) row.missed += 1;
		});
	}
	const order = new Map(bank.bank.items.map((item, i) => [item.id, i]));
	const mostMissed = [...tally.values()]
		.filter((row) => row.missed > 0)
		.sort(
			(a, b) =>
				b.missed - a.missed ||
				b.missed / b.asked - a.missed / a.asked ||
				(order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0)
		)
		.slice(0, limit);
	return {
		points: finished.map((attempt) => ({
			id: attempt.id,
			finishedAt: new Date(attempt.finishedAt ?? 0),
			title: attempt.title,
			score: attemptScore(attempt)
		})),
		mostMissed
	};
}
