// What the bar charts draw: bars of one or more stacked series. The same numbers go into the
// chart's table, so both name them from here.

/** A colour class of palette.css. */
export type Fill = 'new' | 'learning' | 'review' | 'relearning' | 'quiz';

/** One stacked series: its colour, and a pattern where colour alone would have to tell it apart. */
export interface Series {
	key: string;
	label: string;
	fill: Fill;
	pattern?: 'stripes' | 'dots';
}

/** One bar: its label on the category axis, and a value per series key. */
export interface Bar {
	key: string;
	label: string;
	/** The long label, for the tooltip and the table ("Tue 3 Mar 2026"). */
	title?: string;
	values: Record<string, number>;
}

/** The sum of a bar's values over the series drawn. */
export const barTotal = (bar: Bar, series: readonly Series[]): number =>
	series.reduce((sum, s) => sum + (bar.values[s.key] ?? 0), 0);

/** The four card states of the review log, in the order Anki stacks them. */
export const STATE_SERIES: readonly Series[] = [
	{ key: 'new', label: 'New', fill: 'new' },
	{ key: 'learning', label: 'Learning', fill: 'learning', pattern: 'stripes' },
	{ key: 'review', label: 'Review', fill: 'review' },
	{ key: 'relearning', label: 'Relearning', fill: 'relearning', pattern: 'dots' }
];
