import type { ReadOnlyReason } from './meta';

/** Why the app leaves a store as it is, in words for the person using it (home, study, settings). */
export const READ_ONLY_WORDS: Record<ReadOnlyReason, string> = {
	newer:
		'Your progress was saved by a newer version of the app. Reload the page to update the app; nothing has been changed.',
	damaged:
		'The record of which app version saved your progress is damaged, so the app changes nothing rather than guess; your progress is kept as it is.'
};
