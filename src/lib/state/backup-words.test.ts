import { describe, expect, it } from 'vitest';
import type { ImportPlan } from '$lib/storage/backup-format';
import { describeCounts, describeImport, describeImported } from './backup-words';

/** A plan with these counts and, when given, new settings (only the words matter here). */
const plan = (
	counts: Partial<{ cards: [number, number]; reviews: number; quizzes: number }>,
	settings?: { retention: number; newPerDay: number; reviewsPerDay: number }
): ImportPlan => {
	const change = (added = 0, updated = 0) => ({ records: [], added, updated });
	return {
		changes: {
			cards: change(...(counts.cards ?? [])),
			logs: change(counts.reviews),
			attempts: change(counts.quizzes),
			classSessions: change(),
			settings: settings
				? {
						records: [settings],
						added: 0,
						updated: 0,
						replaced: `your study settings with the backup’s (desired retention ${settings.retention.toFixed(2)}, ${settings.newPerDay} new cards a day, ${settings.reviewsPerDay} review a day)`
					}
				: change()
		},
		after: []
	};
};

describe('backups in words', () => {
	it('counts with singulars and thousands', () => {
		const counts = (cards: number, reviews: number, quizzes: number) =>
			describeCounts([
				{ noun: ['card', 'cards'], n: cards },
				{ noun: ['review', 'reviews'], n: reviews },
				{ noun: ['quiz', 'quizzes'], n: quizzes }
			]);
		expect(counts(1, 12_345, 1)).toBe('1 card, 12,345 reviews and 1 quiz');
		expect(counts(0, 0, 3)).toBe('0 cards, 0 reviews and 3 quizzes');
	});

	it('preview an import as one sentence', () => {
		expect(describeImport(plan({ reviews: 120, cards: [0, 30] }))).toBe(
			'Importing this backup adds 120 reviews, and updates 30 cards with more recent progress.'
		);
		expect(
			describeImport(
				plan(
					{ cards: [2, 1], reviews: 5, quizzes: 1 },
					{ retention: 0.85, newPerDay: 10, reviewsPerDay: 1 }
				)
			)
		).toBe(
			'Importing this backup adds 2 cards, 5 reviews and 1 quiz; updates 1 card with more recent progress; and replaces your study settings with the backup’s (desired retention 0.85, 10 new cards a day, 1 review a day).'
		);
		expect(describeImport(plan({}))).toBe(
			'Everything in this backup is already on this device: importing it would change nothing.'
		);
	});

	it('say which records an import leaves alone because their copies here are damaged', () => {
		const onto = plan({ cards: [1, 0] });
		onto.changes.cards.kept = 2;
		onto.changes.attempts.kept = 1;
		expect(describeImport(onto)).toBe(
			'Importing this backup adds 1 card; leaves 2 cards as they are: their copies on this device are damaged; and leaves 1 quiz as it is: its copy on this device is damaged.'
		);
		const only = plan({});
		only.changes.cards.kept = 1;
		expect(describeImported(only)).toBe(
			'Backup imported: it left 1 card as it is: its copy on this device is damaged.'
		);
	});

	it('say what an import did', () => {
		expect(describeImported(plan({ cards: [3, 0] }))).toBe('Backup imported: it added 3 cards.');
		expect(describeImported(plan({}))).toBe('Backup imported: nothing needed to change.');
	});
});
