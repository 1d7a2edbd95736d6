/**
 * How hard an item is: recall, a detail, a fine point of the article; then understanding
 * (causes, hedges, fact against opinion, sources, words in context).
 */
export const DIFFICULTIES = [1, 2, 3, 4] as const;

export type Difficulty = (typeof DIFFICULTIES)[number];

/** The words every page uses for a difficulty. */
export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
	1: 'Recall',
	2: 'Detail',
	3: 'Fine point',
	4: 'Understanding'
};
