/** The seven kinds of question, in the order the app lists them. */
export const QUESTION_TYPES = [
	'single',
	'multiple',
	'true-false',
	'typed',
	'matching',
	'ordering',
	'who-said'
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
	single: 'Single choice',
	multiple: 'Multiple select',
	'true-false': 'True or false',
	typed: 'Type the answer',
	matching: 'Matching',
	ordering: 'Ordering',
	'who-said': 'Who said it?'
};
