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
export const difficultiesOf = (recipe: QuizRecipe): number[] =>
	fromMask([1, 2, 3], recipe.difficulty);

/** Paragraph numbers (1-based) a recipe allows, or every paragraph when its mask is 0. */
export function paragraphsOf(recipe: QuizRecipe, paragraphCount: number): number[] {
	const all = Array.from({ length: paragraphCount }, (_, i) => i + 1);
	return fromMask(all, recipe.paragraphs);
}

/** The mask for a single paragraph. */
export const paragraphMask = (paragraph: number): number => (1 << (paragraph - 1)) >>> 0;
