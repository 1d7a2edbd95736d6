import { describe, expect, it } from 'vitest';
import { describeCounts, describeImport, describeImported } from './backup-words';

const summary = {
	cardsAdded: 0,
	cardsUpdated: 0,
	reviewsAdded: 0,
	attemptsAdded: 0,
	settingsChanged: false
};

describe('backups in words', () => {
	it('counts with singulars and thousands', () => {
		expect(describeCounts({ cards: 1, reviews: 12_345, quizzes: 1 })).toBe(
			'1 card, 12,345 reviews and 1 quiz'
		);
		expect(describeCounts({ cards: 0, reviews: 0, quizzes: 3 })).toBe(
			'0 cards, 0 reviews and 3 quizzes'
		);
	});

	it('preview an import as one sentence', () => {
		expect(describeImport({ summary: { ...summary, reviewsAdded: 120, cardsUpdated: 30 } })).toBe(
			'Importing this backup adds 120 reviews, and updates 30 cards with more recent progress.'
		);
		expect(
			describeImport({
				summary: {
					cardsAdded: 2,
					cardsUpdated: 1,
					reviewsAdded: 5,
					attemptsAdded: 1,
					settingsChanged: true
				},
				settings: { retention: 0.85, newPerDay: 10, reviewsPerDay: 1 }
			})
		).toBe(
			'Importing this backup adds 2 cards, 5 reviews and 1 quiz; updates 1 card with more recent progress; and replaces your study settings with the backup’s (desired retention 0.85, 10 new cards a day, 1 review a day).'
		);
		expect(describeImport({ summary })).toBe(
			'Everything in this backup is already on this device: importing it would change nothing.'
		);
	});

	it('say what an import did', () => {
		expect(describeImported({ summary: { ...summary, cardsAdded: 3 } })).toBe(
			'Backup imported: it added 3 cards.'
		);
		expect(describeImported({ summary })).toBe('Backup imported: nothing needed to change.');
	});
});
