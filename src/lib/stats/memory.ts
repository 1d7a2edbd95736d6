import { retrievability } from './retrievability';
import type { Bucket, CardSnapshot, Memory, StatsClock } from './types';

// Bucket edges: stability in days on a roughly doubling scale (most cards sit under a month,
// a few reach years), difficulty on FSRS's 1–10 scale, retrievability in tenths.
const STABILITY_EDGES = [0, 1, 2, 4, 7, 14, 30, 60, 120, 365, Infinity];
const DIFFICULTY_EDGES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const RETRIEVABILITY_EDGES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

// Said the way a learner says an interval, so the chart's axis reads without arithmetic.
const STABILITY_LABELS = [
	'< 1 day',
	'1–2 days',
	'2–4 days',
	'4–7 days',
	'1–2 weeks',
	'2 weeks–1 month',
	'1–2 months',
	'2–4 months',
	'4 months–1 year',
	'1 year +'
];

function buckets(
	edges: number[],
	label: (from: number, to: number, i: number) => string
): Bucket[] {
	return edges.slice(1).map((to, i) => {
		const from = edges[i] ?? 0;
		return { from, to, label: label(from, to, i), count: 0 };
	});
}

/**
 * Counts a value in its bucket, [from, to); the top edge belongs to the last bucket (difficulty
 * 10, retrievability 100 %), and a value below the first edge to the first.
 */
function place(list: Bucket[], value: number): void {
	const bucket = list.find((b) => value < b.to) ?? list[list.length - 1];
	if (bucket) bucket.count += 1;
}

const stabilityLabel = (_from: number, _to: number, i: number) => STABILITY_LABELS[i] ?? '';
const difficultyLabel = (from: number) => `${from}–${from + 1}`;
const percentLabel = (from: number, to: number) =>
	`${Math.round(from * 100)}–${Math.round(to * 100)} %`;

/**
 * FSRS memory of the cards seen (reviewed at least once; suspended ones included, as their
 * memory is real): histograms of stability (days), difficulty (1–10) and current
 * retrievability (the FSRS forgetting curve at `clock.now`), their average retrievability, and
 * "facts known" = average retrievability × cards seen, rounded.
 */
export function memory(cards: readonly CardSnapshot[], clock: StatsClock): Memory {
	const stability = buckets(STABILITY_EDGES, stabilityLabel);
	const difficulty = buckets(DIFFICULTY_EDGES, difficultyLabel);
	const recall = buckets(RETRIEVABILITY_EDGES, percentLabel);
	let cardsSeen = 0;
	let sum = 0;
	for (const card of cards) {
		const r = retrievability(card, clock.now);
		if (r === null) continue;
		cardsSeen += 1;
		sum += r;
		place(stability, card.stability);
		place(difficulty, card.difficulty);
		place(recall, r);
	}
	const averageRetrievability = cardsSeen === 0 ? null : sum / cardsSeen;
	return {
		stability,
		difficulty,
		retrievability: recall,
		averageRetrievability,
		cardsSeen,
		factsKnown: Math.round(sum)
	};
}
