import type { QuestionType } from '$lib/bank/question-types';
import { TOPICS, type Topic } from '$lib/bank/topics';
import { DIFFICULTIES, type Difficulty } from '$lib/bank/difficulty';
import {
	BUILDER_MIN,
	COUNT_MAX,
	availableCount,
	toMask,
	typesMask,
	type FeedbackMode,
	type QuizRecipe
} from '$lib/quiz/recipe';
import { BankLoader } from './bank-loader.svelte';

/** The /quiz builder's choices; an empty list means "any". */
export class QuizBuilder extends BankLoader {
	count = $state(10);
	types = $state<QuestionType[]>([]);
	topics = $state<Topic[]>([]);
	difficulties = $state<Difficulty[]>([]);
	feedback = $state<FeedbackMode>('each');
	/** Whether short (written, self-checked) answers may be asked; a class quiz starts without. */
	shortAnswers = $state(true);

	/** The recipe without its seed (added when the quiz starts). */
	readonly base = $derived<Omit<QuizRecipe, 'seed'>>({
		bankVersion: this.index?.bank.version ?? 0,
		count: Math.min(COUNT_MAX, Math.max(BUILDER_MIN, Math.round(this.count) || BUILDER_MIN)),
		types: typesMask(this.types, this.shortAnswers),
		topics: toMask(TOPICS, this.topics),
		difficulty: toMask(DIFFICULTIES, this.difficulties),
		paragraphs: 0,
		feedback: this.feedback
	});

	readonly available = $derived(
		this.index ? availableCount(this.index.bank, { ...this.base, seed: 0 }) : 0
	);

	readonly enough = $derived(this.available >= this.base.count);
}
