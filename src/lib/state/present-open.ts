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

/**
 * Builds the quiz a projector shows: the same questions, in the same order and with the same
 * option order, as the phones build from the same code (`generateQuiz` on the same recipe).
 */
export async function openPresentation(
	source: PresentSource,
	deps: PresentOpenDeps = {}
): Promise<OpenedDeck> {
	const index = await (deps.bank ?? loadBank)();
	if (source.kind === 'quiz') {
		const backHref = '/quiz';
		const decoded = decodeQuizCode(source.code);
		if (!decoded.ok)
			return {
				kind: 'problem',
				title: 'This quiz link doesn’t work',
				message: decoded.message,
				backHref
			};
		const recipe = decoded.recipe;
		if (recipe.bankVersion !== index.bank.version)
			return {
				kind: 'problem',
				title: 'This quiz was made for other questions',
				message: `The link was made for version ${recipe.bankVersion} of the question bank; this app has version ${index.bank.version}, so the projector would not show the quiz the class was given.`,
				backHref
			};
		const generated = generateQuiz(index.bank, recipe);
		if (!generated.ok)
			return {
				kind: 'problem',
				title: 'This quiz can’t be made',
				message: generated.message,
				backHref
			};
		return {
			kind: 'ready',
			deck: {
				source,
				title: describeRecipe(recipe),
				questions: questionsOf(index, generated.quiz),
				backHref
			}
		};
	}
	const backHref = classSessionHref(source.id);
	const room = (deps.room ?? (() => new ClassRoom({ rivals: articleNames(article) })))();
	if (!(await room.open(source.id)) || !room.session || !room.record) {
		room.dispose();
		return {
			kind: 'problem',
			title: 'This session can’t be projected',
			message: room.problem ?? 'The session could not be opened.',
			backHref: '/class'
		};
	}
	const generated = generateQuiz(index.bank, room.session.recipe);
	if (!generated.ok) {
		room.dispose();
		return {
			kind: 'problem',
			title: 'This session can’t be projected',
			message: generated.message,
			backHref
		};
	}
	return {
		kind: 'ready',
		deck: {
			source,
			title: room.record.name,
			questions: questionsOf(index, generated.quiz),
			room,
			backHref
		}
	};
}
