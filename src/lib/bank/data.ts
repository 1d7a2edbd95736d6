import facts from './data/facts.json';

/** Bumped when released items are removed or change meaning (quiz links record it). */
export const BANK_VERSION = 3;

const itemFiles = import.meta.glob<unknown[]>('./data/items-*.json', {
	eager: true,
	import: 'default'
});

/**
 * The bank as stored in the repository, not yet validated: the build serves it as /bank.json
 * after `parseBank` accepts it, and the app reads it back from there.
 */
export const rawBank = {
	version: BANK_VERSION,
	facts: facts as unknown[],
	items: Object.keys(itemFiles)
		.sort()
		.flatMap((file) => itemFiles[file] ?? [])
};
