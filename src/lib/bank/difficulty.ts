/** How hard an item is, from plain recall to a fine point of the article. */
export const DIFFICULTIES = [1, 2, 3] as const;

export type Difficulty = (typeof DIFFICULTIES)[number];

/** The words every page uses for a difficulty. */
export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
	1: 'Recall',
	2: 'Detail',
	3: 'Fine point'
};
