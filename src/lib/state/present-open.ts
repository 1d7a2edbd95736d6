import { article } from '$lib/article/source';
import type { BankIndex } from '$lib/bank/lookup';
import type { Item } from '$lib/bank/schema';
import { describeRecipe } from '$lib/quiz/describe';
import { generateQuiz } from '$lib/quiz/generate';
import { articleNames } from '$lib/quiz/names';
import { classSessionHref, type PresentSource } from '$lib/share/links';
import { decodeQuizCode } from '$lib/share/quiz-code';
import { loadBank } from './bank';
import { ClassRoom } from './class-room.svelte';

/** A quiz ready to project: its questions in quiz order, each with its display order. */
export interface PresentDeck {
	source: PresentSource;
	title: string;
	questions: { item: Item; order: number[] }[];
	/** A class session's room, whose report follows the results as they are collected. */
	room?: ClassRoom;
	/** Where "Leave" goes: the session's page, or the quizzes. */
	backHref: string;
}

export type OpenedDeck =
	| { kind: 'ready'; deck: PresentDeck }
	| { kind: 'problem'; title: string; message: string; backHref: string };

/** What opening a deck needs from outside; the defaults are the app's own. */
export interface PresentOpenDeps {
	bank?: () => Promise<BankIndex>;
	room?: () => ClassRoom;
}

const questionsOf = (
	index: BankIndex,
	quiz: { questions: { itemId: string; order: number[] }[] }
) => quiz.questions.map((q) => ({ item: index.itemById.get(q.itemId)!, order: q.order }));

const problem = (title: string, message: string, backHref: string): OpenedDeck => ({
	kind: 'problem',
	title,
	message,
	backHref
});

function openQuizCode(
	index: BankIndex,
	source: Extract<PresentSource, { kind: 'quiz' }>
): OpenedDeck {
	const backHref = '/quiz';
	const decoded = decodeQuizCode(source.code);
	if (!decoded.ok) return problem('This quiz link doesn’t work', decoded.message, backHref);
	const recipe = decoded.recipe;
	if (recipe.bankVersion !== index.bank.version)
		return problem(
			'This quiz was made for other questions',
			`The link was made for version ${recipe.bankVersion} of the question bank; this app has version ${index.bank.version}, so the projector would not show the quiz the class was given.`,
			backHref
		);
	const generated = generateQuiz(index.bank, recipe);
	if (!generated.ok) return problem('This quiz can’t be made', generated.message, backHref);
	const questions = questionsOf(index, generated.quiz);
	return { kind: 'ready', deck: { source, title: describeRecipe(recipe), questions, backHref } };
}

/**
 * Builds the quiz a projector shows: the same questions, in the same order and with the same
 * option order, as the phones build from the same code (`generateQuiz` on the same recipe).
 */
export async function openPresentation(
	source: PresentSource,
	deps: PresentOpenDeps = {}
): Promise<OpenedDeck> {
	const index = await (deps.bank ?? loadBank)();
	if (source.kind === 'quiz') return openQuizCode(index, source);
	const room = (deps.room ?? (() => new ClassRoom({ rivals: articleNames(article) })))();
	const opened = await room.open(source.id);
	const generated =
		opened && room.session ? generateQuiz(index.bank, room.session.recipe) : undefined;
	if (!room.record || !generated?.ok) {
		room.dispose();
		const why = generated && !generated.ok ? generated.message : room.problem;
		return problem(
			'This session can’t be projected',
			why ?? 'The session could not be opened.',
			'/class'
		);
	}
	const questions = questionsOf(index, generated.quiz);
	const backHref = classSessionHref(source.id);
	return { kind: 'ready', deck: { source, title: room.record.name, questions, room, backHref } };
}
