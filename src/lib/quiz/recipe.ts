import type { Bank, Item } from '../bank/schema';
import { QUESTION_TYPES, type QuestionType } from '../bank/question-types';
import { TOPICS, type Topic } from '../bank/topics';

export type FeedbackMode = 'each' | 'end';

/**
 * Everything that decides a quiz. Filters are bitmasks (bit i = QUESTION_TYPES[i], TOPICS[i],
 * difficulty i+1, paragraph i+1); 0 means "any". Small enough to travel in a short link.
 */
export interface QuizRecipe {
	bankVersion: number;
	count: number;
	types: number;
	topics: number;
	difficulty: number;
	paragraphs: number;
	seed: number;
	feedback: FeedbackMode;
}

/** A code may ask for as few as one question (a short paragraph); the builder offers 5 to 50. */
export const COUNT_MIN = 1;
export const BUILDER_MIN = 5;
export const COUNT_MAX = 50;
export const PARAGRAPH_BITS = 24;

/** A bitmask with the bits of the chosen values set. */
export function toMask<T>(all: readonly T[], chosen: readonly T[]): number {
	return chosen.reduce((mask, value) => {
		const i = all.indexOf(value);
		return i < 0 ? mask : mask | (1 << i);
	}, 0);
}

/** The values whose bits are set; an empty mask means all of them. */
export function fromMask<T>(all: readonly T[], mask: number): T[] {
	if (mask === 0) return [...all];
	return all.filter((_, i) => (mask & (1 << i)) !== 0);
}

export const typesOf = (recipe: QuizRecipe): QuestionType[] =>
	fromMask(QUESTION_TYPES, recipe.types);
export const topicsOf = (recipe: QuizRecipe): Topic[] => fromMask(TOPICS, recipe.topics);

const SHORT_ANSWER_BIT = 1 << QUESTION_TYPES.indexOf('short-answer');

/**
 * The types mask of a builder's choice (none chosen: any). Without short answers, as a class
 * quiz starts, they are left out of "any" too, so the mask names the other types.
 */
export function typesMask(chosen: readonly QuestionType[], shortAnswers: boolean): number {
	const mask = toMask(QUESTION_TYPES, chosen);
	if (shortAnswers) return mask;
	const without = (mask || toMask(QUESTION_TYPES, QUESTION_TYPES)) & ~SHORT_ANSWER_BIT;
	// Only short answers were chosen and then turned off: the choice is empty again, so any other type.
	return without || toMask(QUESTION_TYPES, QUESTION_TYPES) & ~SHORT_ANSWER_BIT;
}

/** Whether a recipe lets short answers in (a class code records the teacher's choice so). */
export const allowsShortAnswers = (recipe: Pick<QuizRecipe, 'types'>): boolean =>
	recipe.types === 0 || (recipe.types & SHORT_ANSWER_BIT) !== 0;

/** The mask for a single paragraph. */
export const paragraphMask = (paragraph: number): number => (1 << (paragraph - 1)) >>> 0;

/** The items a recipe's filters allow, in bank order. */
export function eligibleItems(bank: Bank, recipe: QuizRecipe): Item[] {
	return bank.items.filter(
		(item) =>
			(recipe.types === 0 || (recipe.types & (1 << QUESTION_TYPES.indexOf(item.type))) !== 0) &&
			(recipe.topics === 0 ||
				item.topics.some((topic) => (recipe.topics & (1 << TOPICS.indexOf(topic))) !== 0)) &&
			(recipe.difficulty === 0 || (recipe.difficulty & (1 << (item.difficulty - 1))) !== 0) &&
			(recipe.paragraphs === 0 || (recipe.paragraphs & paragraphMask(item.source.paragraph)) !== 0)
	);
}

/** How many questions a recipe's filters can give: one per fact. */
export function availableCount(bank: Bank, recipe: QuizRecipe): number {
	return new Set(eligibleItems(bank, recipe).map((item) => item.fact)).size;
}

/** How many questions Quick 10 asks, and a paragraph quiz at most. */
export const QUICK_COUNT = 10;

/** Quick 10: ten questions from the whole article, with feedback after each. */
export function quickTen(bankVersion: number, seed: number): QuizRecipe {
	return {
		bankVersion,
		count: QUICK_COUNT,
		types: 0,
		topics: 0,
		difficulty: 0,
		paragraphs: 0,
		seed,
		feedback: 'each'
	};
}

/**
 * "Quiz me" on one paragraph: up to ten questions on it, one per fact, with feedback after each;
 * undefined when no question cites the paragraph.
 */
export function paragraphRecipe(
	bank: Bank,
	paragraph: number,
	seed: number
): QuizRecipe | undefined {
	// Shifts wrap past 31, so a paragraph outside the mask's range would name another one.
	if (!Number.isInteger(paragraph) || paragraph < 1 || paragraph > PARAGRAPH_BITS) return undefined;
	const recipe = { ...quickTen(bank.version, seed), paragraphs: paragraphMask(paragraph) };
	const count = Math.min(QUICK_COUNT, availableCount(bank, recipe));
	return count > 0 ? { ...recipe, count } : undefined;
}
