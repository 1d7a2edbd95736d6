import type { Article } from '../article/parse';
import type { Item, Source } from '../bank/schema';
import { sourcesOf } from '../bank/sources';
import type { QuizQuestion } from './generate';

// A quiz laid out for paper: what the student's sheet prints for each question, and what the
// teacher's key says about it. Options, matches and steps keep the order the app shows them in
// (the quiz's seeded display order), so a sheet and a phone taking the same code agree, and a
// letter on the key is the letter on the sheet.

/** The letter of the option, match or step at `position` on the sheet: A, B, C… */
export const letterOf = (position: number): string => String.fromCharCode(65 + position);

/** A lettered line of the sheet: an option to tick, a match to write down, a step to number. */
export interface Lettered {
	letter: string;
	text: string;
}

/** One question as the student's sheet prints it. Nothing in it gives the answer away. */
export type SheetQuestion = {
	number: number;
	itemId: string;
	prompt: string;
	/** How to answer it with a pen, when the sheet's general rule (tick one) does not say. */
	hint: string | undefined;
} & (
	| { kind: 'choices'; many: boolean; options: Lettered[]; columns: 1 | 2 }
	| { kind: 'true-false' }
	| { kind: 'written'; lines: number }
	| { kind: 'matching'; lefts: string[]; rights: Lettered[] }
	| { kind: 'ordering'; steps: Lettered[] }
	| { kind: 'classify'; groups: [string, string]; statements: Lettered[] }
);

/** One question as the answer key prints it. */
export interface KeyEntry {
	number: number;
	itemId: string;
	prompt: string;
	/** What to look for on the sheet, in its own letters: "B", "A, C", "1C 2A 3B", "B, C, A". */
	marks: string;
	/** The answer in words, when it says more than the marks. */
	answer: string | undefined;
	/** Other typed answers the app accepts as right, to accept on paper too. */
	alsoAccepted: string[];
	/** A short written answer's key points, one mark each (the share made is the score). */
	points: string[];
	explanation: string;
	sources: KeySource[];
}

/** A source of a key entry: where it is, the sentence(s) in the article's words, the quoted part. */
export interface KeySource {
	paragraph: number;
	sentence: number;
	sentenceEnd: number | undefined;
	/** The cited sentence(s) split around the quoted words; `quote` empty when they are not in it. */
	before: string;
	quote: string;
	after: string;
}

/** Ruled lines a typed answer gets: one for a word or two, more for longer accepted answers. */
export function writingLines(accepted: readonly string[]): number {
	const longest = Math.max(0, ...accepted.map((answer) => answer.length));
	return longest <= 24 ? 1 : longest <= 60 ? 2 : 3;
}

/** Longest option that still reads well in half the width of a page. */
export const SHORT_OPTION = 34;

/** Options side by side in two columns when every one is short: a question takes half the lines. */
export const optionColumns = (options: readonly string[]): 1 | 2 =>
	options.length >= 4 && options.every((option) => option.length <= SHORT_OPTION) ? 2 : 1;

const lettered = (texts: readonly string[], order: readonly number[]): Lettered[] =>
	order.map((index, position) => ({ letter: letterOf(position), text: texts[index]! }));

/** A prompt that already asks for every right answer needs no hint saying so. */
const ASKS_FOR_ALL = /\ball that apply\b|\bevery (right|correct|true)\b/i;

/** How to answer an item on paper, beyond "tick one"; undefined when that is all. */
export function penHint(item: Item): string | undefined {
	switch (item.type) {
		case 'multiple':
			return ASKS_FOR_ALL.test(item.prompt) ? undefined : 'Tick every right answer.';
		case 'matching':
			return 'Write the letter of its match beside each one.';
		case 'ordering':
			return `Number them 1 to ${item.sequence.length}, 1 first.`;
		case 'short-answer':
			return 'Write one or two sentences.';
		case 'classify':
			return 'For each statement, tick the group it belongs to.';
		default:
			return undefined;
	}
}

/** A question as the student's sheet prints it, numbered from 1. */
export function sheetQuestion(item: Item, question: QuizQuestion, number: number): SheetQuestion {
	const head = { number, itemId: item.id, prompt: item.prompt, hint: penHint(item) };
	switch (item.type) {
		case 'single':
		case 'who-said':
		case 'multiple':
			return {
				...head,
				kind: 'choices',
				many: item.type === 'multiple',
				options: lettered(item.options, question.order),
				columns: optionColumns(item.options)
			};
		case 'true-false':
			return { ...head, kind: 'true-false' };
		case 'typed':
			return { ...head, kind: 'written', lines: writingLines(item.accepted) };
		case 'matching':
			return {
				...head,
				kind: 'matching',
				lefts: item.pairs.map((pair) => pair.left),
				rights: lettered(
					item.pairs.map((pair) => pair.right),
					question.order
				)
			};
		case 'ordering':
			return { ...head, kind: 'ordering', steps: lettered(item.sequence, question.order) };
		case 'short-answer':
			// Room for the two sentences the app asks for; marked by hand against the key's points.
			return { ...head, kind: 'written', lines: 4 };
		case 'classify':
			return {
				...head,
				kind: 'classify',
				groups: [...item.groups],
				statements: lettered(
					item.statements.map((statement) => statement.text),
					question.order
				)
			};
	}
}

/** The sheet letter of the option (or match, or step) at `index` of the item. */
const letterAt = (order: readonly number[], index: number) => letterOf(order.indexOf(index));

/** The right marks for a question, in the sheet's letters. */
export function keyMarks(item: Item, question: QuizQuestion): string {
	const { order } = question;
	switch (item.type) {
		case 'single':
		case 'who-said':
			return letterAt(order, item.correct);
		case 'multiple':
			return item.correct
				.map((index) => letterAt(order, index))
				.sort()
				.join(', ');
		case 'true-false':
			return item.correct ? 'True' : 'False';
		case 'typed':
			return item.accepted[0]!;
		case 'matching':
			return item.pairs.map((_, i) => `${i + 1}${letterAt(order, i)}`).join(' ');
		case 'ordering':
			return item.sequence.map((_, i) => letterAt(order, i)).join(', ');
		case 'short-answer':
			return `${item.points.length} key points`;
		case 'classify':
			return item.groups
				.map((group, g) => {
					const letters = item.statements.flatMap((statement, i) =>
						statement.group === g ? [letterAt(order, i)] : []
					);
					return `${group}: ${letters.sort().join(', ')}`;
				})
				.join(' · ');
	}
}

/** A source with its sentence(s) from the article, the quoted words marked. */
export function keySource(article: Article, source: Source): KeySource {
	const paragraph = article.paragraphs[source.paragraph - 1];
	const last = source.sentenceEnd ?? source.sentence;
	const text =
		paragraph?.sentences
			.slice(source.sentence - 1, last)
			.map((sentence) => sentence.text)
			.join(' ') ?? '';
	const at = text ? text.indexOf(source.quote) : -1;
	const where = {
		paragraph: source.paragraph,
		sentence: source.sentence,
		sentenceEnd: source.sentenceEnd
	};
	// A quote the sentence does not hold (an article edited since) is printed as the quote alone.
	if (at < 0) return { ...where, before: '', quote: source.quote, after: '' };
	return {
		...where,
		before: text.slice(0, at),
		quote: source.quote,
		after: text.slice(at + source.quote.length)
	};
}

/** A question as the answer key prints it, numbered from 1. */
export function keyEntry(
	article: Article,
	item: Item,
	question: QuizQuestion,
	number: number
): KeyEntry {
	const marks = keyMarks(item, question);
	return {
		number,
		itemId: item.id,
		prompt: item.prompt,
		marks,
		answer: item.answer === marks ? undefined : item.answer,
		alsoAccepted: item.type === 'typed' ? item.accepted.filter((a) => a !== marks) : [],
		points: item.type === 'short-answer' ? item.points.map((point) => point.text) : [],
		explanation: item.explanation,
		sources: sourcesOf(item).map((source) => keySource(article, source))
	};
}

/** The paper a locale most likely prints on: Letter in the Americas that use it, A4 elsewhere. */
export function defaultPaper(locale: string): 'a4' | 'letter' {
	const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
	return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

/** Where Letter is the usual paper (the US, Canada, Mexico, the Philippines and a few others). */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR']);
