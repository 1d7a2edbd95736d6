import { vocabulary } from './vocabulary';

/**
 * How hard an item is: recall, a detail, a fine point of the article; then understanding
 * (causes, hedges, fact against opinion, sources, words in context). The labels are the words
 * every page uses for a difficulty.
 */
export const {
	ids: DIFFICULTIES,
	labels: DIFFICULTY_LABELS,
	options: DIFFICULTY_OPTIONS
} = vocabulary([
	[1, 'Recall'],
	[2, 'Detail'],
	[3, 'Fine point'],
	[4, 'Understanding']
]);

export type Difficulty = (typeof DIFFICULTIES)[number];
