import type { BackupData, ImportPlan } from '$lib/storage/backup';
import { countReviews } from '$lib/storage/inventory';
import type { Settings } from '$lib/storage/settings';

// What a backup holds and what importing it would do, in plain sentences for the settings page.

const number = (n: number) => n.toLocaleString('en-US');

/** "1 card", "12 cards", "1 quiz", "3 quizzes". */
export function count(n: number, one: string, many = `${one}s`): string {
	return `${number(n)} ${n === 1 ? one : many}`;
}

/** "Cards, reviews and quizzes" as counts, e.g. "12 cards, 340 reviews and 3 quizzes". */
export function describeCounts(counts: { cards: number; reviews: number; quizzes: number }) {
	return list([
		count(counts.cards, 'card'),
		count(counts.reviews, 'review'),
		count(counts.quizzes, 'quiz', 'quizzes')
	]);
}

/** The counts of what a backup (or this device) holds. */
export function countsOf(data: BackupData) {
	return { cards: data.cards.length, reviews: countReviews(data), quizzes: data.attempts.length };
}

function list(parts: string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Settings in words: "desired retention 0.85, 10 new cards a day, 100 reviews a day". */
export function describeSettings(settings: Settings): string {
	return `desired retention ${settings.retention.toFixed(2)}, ${count(settings.newPerDay, 'new card')} a day, ${count(settings.reviewsPerDay, 'review')} a day`;
}

const VERBS = {
	future: { add: 'adds', update: 'updates', replace: 'replaces' },
	past: { add: 'added', update: 'updated', replace: 'replaced' }
};

function changes(plan: Pick<ImportPlan, 'summary' | 'settings'>, tense: keyof typeof VERBS) {
	const verb = VERBS[tense];
	const { cardsAdded, cardsUpdated, reviewsAdded, attemptsAdded } = plan.summary;
	const added = [
		cardsAdded && count(cardsAdded, 'card'),
		reviewsAdded && count(reviewsAdded, 'review'),
		attemptsAdded && count(attemptsAdded, 'quiz', 'quizzes')
	].filter((part): part is string => Boolean(part));
	const clauses = [
		added.length ? `${verb.add} ${list(added)}` : '',
		cardsUpdated ? `${verb.update} ${count(cardsUpdated, 'card')} with more recent progress` : '',
		plan.settings
			? `${verb.replace} your study settings with the backup’s (${describeSettings(plan.settings)})`
			: ''
	].filter(Boolean);
	if (clauses.length <= 2) return clauses.join(', and ');
	return `${clauses.slice(0, -1).join('; ')}; and ${clauses.at(-1)}`;
}

/** What an import would change, e.g. "Importing this backup adds 120 reviews, and updates 30 cards …". */
export function describeImport(plan: Pick<ImportPlan, 'summary' | 'settings'>): string {
	const text = changes(plan, 'future');
	return text
		? `Importing this backup ${text}.`
		: 'Everything in this backup is already on this device: importing it would change nothing.';
}

/** What an import changed, for the message after it. */
export function describeImported(plan: Pick<ImportPlan, 'summary' | 'settings'>): string {
	const text = changes(plan, 'past');
	return text ? `Backup imported: it ${text}.` : 'Backup imported: nothing needed to change.';
}
