import { vocabulary } from './vocabulary';

/** The nine kinds of question, in the order the app lists them, with their labels. */
export const {
	ids: QUESTION_TYPES,
	labels: QUESTION_TYPE_LABELS,
	options: QUESTION_TYPE_OPTIONS
} = vocabulary([
	['single', 'Single choice'],
	['multiple', 'Multiple select'],
	['true-false', 'True or false'],
	['typed', 'Type the answer'],
	['matching', 'Matching'],
	['ordering', 'Ordering'],
	['who-said', 'Who said it?'],
	['short-answer', 'Short answer'],
	['classify', 'Sort into two groups']
]);

export type QuestionType = (typeof QUESTION_TYPES)[number];
