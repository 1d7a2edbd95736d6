/** The nine kinds of question, in the order the app lists them. */
export const QUESTION_TYPES = [
	'single',
	'multiple',
	'true-false',
	'typed',
	'matching',
	'ordering',
	'who-said',
	'short-answer',
	'classify'
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
	single: 'Single choice',
	multiple: 'Multiple select',
	'true-false': 'True or false',
	typed: 'Type the answer',
	matching: 'Matching',
	ordering: 'Ordering',
	'who-said': 'Who said it?',
	'short-answer': 'Short answer',
	classify: 'Sort into two groups'
};
