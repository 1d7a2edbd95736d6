import type { ImportPlan } from '$lib/storage/backup-format';
import { countWords, type AnyKind, type KindChange } from '$lib/storage/kind';
import { KINDS } from '$lib/storage/kinds';

// What a backup holds and what importing it would do, in plain sentences for the settings page,
// kind by kind in the kinds' own words.

/** "1 card", "12 cards", "1 quiz", "3 quizzes". */
export function count(n: number, one: string, many = `${one}s`): string {
	return countWords(n, [one, many]);
}

/** Counts as one phrase, e.g. "12 cards, 340 reviews and 3 quizzes". */
export function describeCounts(counts: { noun: readonly [string, string]; n: number }[]) {
	return list(counts.map(({ noun, n }) => countWords(n, noun)));
}

/** Parts as one phrase: "a, b and c". */
export function list(parts: readonly string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

const VERBS = {
	future: { add: 'adds', update: 'updates', replace: 'replaces', keep: 'leaves' },
	past: { add: 'added', update: 'updated', replace: 'replaced', keep: 'left' }
};

/** Each kind's change with its words, in the kinds' order. */
function changesOf(plan: ImportPlan, kinds: readonly AnyKind[]) {
	const changes = plan.changes as unknown as Record<string, KindChange<unknown> | undefined>;
	return kinds.flatMap((kind) => {
		const change = changes[kind.name];
		return change ? [{ noun: kind.noun ?? [kind.label, kind.label], ...change }] : [];
	});
}

/** Whether importing the plan would change anything at all. */
export function changesAnything(plan: ImportPlan, kinds: readonly AnyKind[] = KINDS): boolean {
	return changesOf(plan, kinds).some((c) => c.added + c.updated > 0 || c.replaced);
}

function sentence(plan: ImportPlan, tense: keyof typeof VERBS, kinds: readonly AnyKind[]) {
	const verb = VERBS[tense];
	const changes = changesOf(plan, kinds);
	const added = changes.filter((c) => c.added).map((c) => countWords(c.added, c.noun));
	const clauses = [
		added.length ? `${verb.add} ${list(added)}` : '',
		...changes
			.filter((c) => c.updated)
			.map((c) => `${verb.update} ${countWords(c.updated, c.noun)} with more recent progress`),
		...changes.filter((c) => c.replaced).map((c) => `${verb.replace} ${c.replaced}`),
		...changes
			.filter((c) => c.kept)
			.map(
				(c) =>
					`${verb.keep} ${countWords(c.kept!, c.noun)} as ${c.kept === 1 ? 'it is: its copy on this device is damaged' : 'they are: their copies on this device are damaged'}`
			)
	].filter(Boolean);
	if (clauses.length <= 2) return clauses.join(', and ');
	return `${clauses.slice(0, -1).join('; ')}; and ${clauses.at(-1)}`;
}

/** What an import would change, e.g. "Importing this backup adds 120 reviews, and updates 30 cards …". */
export function describeImport(plan: ImportPlan, kinds: readonly AnyKind[] = KINDS): string {
	const text = sentence(plan, 'future', kinds);
	return text
		? `Importing this backup ${text}.`
		: 'Everything in this backup is already on this device: importing it would change nothing.';
}

/** What an import changed, for the message after it. */
export function describeImported(plan: ImportPlan, kinds: readonly AnyKind[] = KINDS): string {
	const text = sentence(plan, 'past', kinds);
	return text ? `Backup imported: it ${text}.` : 'Backup imported: nothing needed to change.';
}
