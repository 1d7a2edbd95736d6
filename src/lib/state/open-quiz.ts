import { loadBank } from './bank';
import type { BankIndex } from '$lib/bank/lookup';
import {
	attemptFitsBank,
	missedQuestions,
	retryTitle,
	startAttempt,
	type Attempt
} from '$lib/quiz/attempt';
import { describeRecipe } from '$lib/quiz/describe';
import { generateQuiz } from '$lib/quiz/generate';
import type { QuizRecipe } from '$lib/quiz/recipe';
import { attemptHash, parseQuizLink, quizHash } from '$lib/share/links';
import { decodeQuizCode, encodeQuizCode } from '$lib/share/quiz-code';
import { attemptRecords, saveAttempt } from '$lib/storage/attempts';
import type { KeyValueStore } from '$lib/storage/kv';
import { appStore } from './app-store';
import { newId } from './ids';

/** What /quiz/play should show for the address it was opened with. */
export type OpenedQuiz =
	| { kind: 'ready'; store: KeyValueStore; index: BankIndex; attempt: Attempt; hash?: string }
	| { kind: 'problem'; title: string; message: string; sameSettings?: QuizRecipe };

const problem = (title: string, message: string, sameSettings?: QuizRecipe): OpenedQuiz => ({
	kind: 'problem',
	title,
	message,
	sameSettings
});

/**
 * Reads `#q=<code>` (a new or shared quiz: resumes the latest attempt at it, or shows its
 * results; with `&again=1` starts a new one), `#a=<id>` (an attempt: resume or results) or
 * `#retry=<id>` (a new attempt at its missed questions).
 */
export async function openQuiz(hash: string): Promise<OpenedQuiz> {
	const link = parseQuizLink(hash);
	const [store, index] = await Promise.all([appStore(), loadBank()]);

	if (link.kind === 'quiz') {
		const decoded = decodeQuizCode(link.code);
		if (!decoded.ok) return problem('This quiz link doesn’t work', decoded.message);
		const recipe = decoded.recipe;
		// One spelling per quiz, so reopening a link finds its attempt whatever the link's padding.
		const canonical = encodeQuizCode(recipe);
		const fits = (a: Attempt) => attemptFitsBank(a, (itemId) => index.itemById.get(itemId));
		const { records: attempts } = await attemptRecords.list(store);
		const latest = attempts.find((a) => a.code === canonical && fits(a));
		// Reopening the link resumes the quiz, or shows its results; "Take it again" adds again=1.
		if (latest && (latest.finishedAt === null || !link.again))
			return { kind: 'ready', store, index, attempt: latest };
		if (recipe.bankVersion !== index.bank.version)
			return problem(
				'This quiz was made for other questions',
				`The link was made for version ${recipe.bankVersion} of the question bank; this app has version ${index.bank.version}, so the quiz would not match the one that was shared.`,
				{ ...recipe, bankVersion: index.bank.version }
			);
		const generated = generateQuiz(index.bank, recipe);
		if (!generated.ok) return problem('This quiz can’t be made', generated.message);
		const attempt = startAttempt({
			id: newId(),
			title: describeRecipe(recipe),
			code: canonical,
			feedback: recipe.feedback,
			questions: generated.quiz.questions,
			now: Date.now()
		});
		await saveAttempt(store, attempt);
		return { kind: 'ready', store, index, attempt, hash: quizHash(canonical) };
	}

	if (link.kind !== 'none') {
		const stored =
			link.kind === 'bad-attempt' ? undefined : await attemptRecords.get(store, link.id);
		if (!stored)
			return problem(
				'This quiz isn’t on this device',
				'Quiz results are kept on the device that took the quiz, and this one has no record of it (or the record is damaged).'
			);
		if (!attemptFitsBank(stored, (itemId) => index.itemById.get(itemId)))
			return problem(
				'This quiz no longer fits the questions',
				'The question bank has changed since this quiz was taken, so it can’t be shown. Start a new quiz.'
			);
		if (link.kind === 'attempt') return { kind: 'ready', store, index, attempt: stored };
		const missed = missedQuestions(stored);
		if (missed.length === 0)
			return problem('Nothing to retry', 'Every answer of that quiz was right.');
		const attempt = startAttempt({
			id: newId(),
			title: retryTitle(stored.title),
			code: null,
			feedback: stored.feedback,
			questions: missed,
			now: Date.now()
		});
		await saveAttempt(store, attempt);
		return { kind: 'ready', store, index, attempt, hash: attemptHash(attempt.id) };
	}
	return problem('No quiz in this link', 'The link names no quiz. Make one from the quiz page.');
}
