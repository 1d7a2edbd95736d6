import { QUESTION_TYPE_LABELS } from '../bank/question-types';
import { TOPIC_LABELS } from '../bank/topics';
import { PARAGRAPH_BITS, fromMask, typesOf, topicsOf, type QuizRecipe } from './recipe';

/** A short title for a quiz made from a recipe, e.g. "Paragraph 12" or "15 questions · History". */
export function describeRecipe(recipe: QuizRecipe): string {
	const paragraphs = fromMask(
		Array.from({ length: PARAGRAPH_BITS }, (_, i) => i + 1),
		recipe.paragraphs
	);
	if (recipe.paragraphs && paragraphs.length === 1) return `Paragraph ${paragraphs[0]}`;
	const parts = [`${recipe.count} questions`];
	if (recipe.topics)
		parts.push(
			topicsOf(recipe)
				.map((t) => TOPIC_LABELS[t])
				.join(', ')
		);
	if (recipe.types)
		parts.push(
			typesOf(recipe)
				.map((t) => QUESTION_TYPE_LABELS[t])
				.join(', ')
		);
	if (recipe.feedback === 'end') parts.push('exam');
	return parts.join(' · ');
}
