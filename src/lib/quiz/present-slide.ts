import type { Item, Source } from '../bank/schema';
import { sourcesOf } from '../bank/sources';

/**
 * How one quiz question reads on a projector: its options lettered in the quiz's own display
 * order (the order every student's phone shows), so "B" in the room is "B" on every phone.
 */

/** One lettered line: an option, a right-hand side of a matching, a step of an ordering. */
export interface SlideChoice {
	letter: string;
	text: string;
	/** The item's own index of it (into options, pairs or sequence), which the class tally counts by. */
	index: number;
	/** A right answer (choices only; matching and ordering have their key). */
	correct: boolean;
}

export type SlideBody =
	| { kind: 'choices'; multiple: boolean; choices: SlideChoice[] }
	| { kind: 'typed'; accepted: string[] }
	| {
			kind: 'matching';
			lefts: string[];
			rights: SlideChoice[];
			/** For each left, in order, the letter of its right-hand side. */
			key: string[];
	  }
	| {
			kind: 'ordering';
			steps: SlideChoice[];
			/** The steps' letters in the right order. */
			key: string[];
	  }
	/** A short written answer: the room writes, then sees the model answer and its key points. */
	| { kind: 'written'; model: string; points: string[] }
	| {
			kind: 'classify';
			groups: [string, string];
			/** The statements, lettered in the phones' order. */
			statements: SlideChoice[];
			/** For each statement as shown, the index of its group. */
			key: (0 | 1)[];
	  };

/** The letter of the i-th line: A, B, C… */
export const letterOf = (i: number): string => String.fromCharCode(65 + i);

/** What the audience is asked to do, in a few words. */
export const SLIDE_INSTRUCTION: Record<Item['type'], string> = {
	single: 'Choose one',
	'who-said': 'Who said it? Choose one',
	multiple: 'Choose all that apply',
	'true-false': 'True or false?',
	typed: 'Write the answer',
	matching: 'Match each one on the left to a letter',
	ordering: 'Put the steps in order',
	'short-answer': 'Write one or two sentences',
	classify: 'Sort each statement into one of the two groups'
};

const lettered = (
	indexes: readonly number[],
	texts: readonly string[],
	isCorrect: (i: number) => boolean
) =>
	indexes.map((index, at): SlideChoice => ({
		letter: letterOf(at),
		text: texts[index]!,
		index,
		correct: isCorrect(index)
	}));

/** An order that is missing or not a permutation of `n` (an item edited since) falls back to the item's own. */
function orderOf(order: readonly number[], n: number): number[] {
	const fits =
		order.length === n &&
		new Set(order).size === n &&
		order.every((i) => Number.isInteger(i) && i >= 0 && i < n);
	return fits ? [...order] : Array.from({ length: n }, (_, i) => i);
}

/** The projector's body of a question shown in `order` (the quiz question's display order). */
export function slideBody(item: Item, order: readonly number[]): SlideBody {
	switch (item.type) {
		case 'single':
		case 'who-said':
			return {
				kind: 'choices',
				multiple: false,
				choices: lettered(
					orderOf(order, item.options.length),
					item.options,
					(i) => i === item.correct
				)
			};
		case 'multiple':
			return {
				kind: 'choices',
				multiple: true,
				choices: lettered(orderOf(order, item.options.length), item.options, (i) =>
					item.correct.includes(i)
				)
			};
		case 'true-false':
			return {
				kind: 'choices',
				multiple: false,
				choices: lettered([0, 1], ['True', 'False'], (i) => (i === 0) === item.correct)
			};
		case 'typed':
			return { kind: 'typed', accepted: [...item.accepted] };
		case 'matching': {
			const rights = lettered(
				orderOf(order, item.pairs.length),
				item.pairs.map((pair) => pair.right),
				() => false
			);
			const letterAt = new Map(rights.map((choice) => [choice.index, choice.letter]));
			return {
				kind: 'matching',
				lefts: item.pairs.map((pair) => pair.left),
				rights,
				key: item.pairs.map((_, i) => letterAt.get(i)!)
			};
		}
		case 'ordering': {
			const steps = lettered(orderOf(order, item.sequence.length), item.sequence, () => false);
			const letterAt = new Map(steps.map((step) => [step.index, step.letter]));
			return { kind: 'ordering', steps, key: item.sequence.map((_, i) => letterAt.get(i)!) };
		}
		case 'short-answer':
			return { kind: 'written', model: item.model, points: item.points.map((p) => p.text) };
		case 'classify': {
			const statements = lettered(
				orderOf(order, item.statements.length),
				item.statements.map((statement) => statement.text),
				() => false
			);
			return {
				kind: 'classify',
				groups: [...item.groups],
				statements,
				key: statements.map((statement) => item.statements[statement.index]!.group)
			};
		}
	}
}

/** The right answer as the room hears it: "B: Dushanbe", "A, C", "1 C · 2 A · 3 B", "C, A, B". */
export function slideAnswer(body: SlideBody, item: Item): string {
	switch (body.kind) {
		case 'choices': {
			const right = body.choices.filter((c) => c.correct);
			return right.length === 1
				? `${right[0]!.letter}: ${right[0]!.text}`
				: right.map((c) => c.letter).join(', ');
		}
		case 'typed':
			return item.answer;
		case 'matching':
			return body.key.map((letter, i) => `${i + 1} ${letter}`).join(' · ');
		case 'ordering':
			return body.key.join(' → ');
		case 'written':
			return body.model;
		case 'classify':
			return body.groups
				.map((group, g) => {
					const letters = body.statements.filter((_, i) => body.key[i] === g).map((s) => s.letter);
					return `${group}: ${letters.join(', ')}`;
				})
				.join(' · ');
	}
}

/**
 * The answer as the reveal's second step says it, where the options are no longer on screen:
 * in words ("C: …; D: …"), or nothing for a matching, an ordering or a sorting, whose key of
 * letters the room saw on the first step and which means nothing without its lines.
 */
export function slideAnswerInWords(body: SlideBody, item: Item): string | undefined {
	switch (body.kind) {
		case 'choices':
			return body.choices
				.filter((c) => c.correct)
				.map((c) => `${c.letter}: ${c.text}`)
				.join(' · ');
		case 'typed':
		case 'written':
			return slideAnswer(body, item);
		case 'matching':
		case 'ordering':
		case 'classify':
			return undefined;
	}
}

/** Every passage of the article a question rests on: its source, then any further ones (`also`). */
export const slideSources = (item: Item): Source[] => sourcesOf(item);
