import { readFileSync, readdirSync } from 'node:fs';
import { studyDay } from '../src/lib/srs/study-day';
import { chunkKey, LOG_CHUNK_SIZE } from '../src/lib/storage/log-chunk-key';
import { SCHEMA_VERSION } from '../src/lib/storage/schema-version';

// A year of a learner's progress, generated from a seed around a given moment: card states of
// every fact, a review log with gaps and busy days, and a few finished quizzes. The stats page
// tests, its screenshots and its Lighthouse run plant it (tests/idb.ts `putRecords`/`putCards`).

const DATA = 'src/lib/bank/data';
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A seeded PRNG (mulberry32): the same seed plants the same year. */
function prng(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), state | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const factIds = (): string[] =>
	(JSON.parse(readFileSync(`${DATA}/facts.json`, 'utf8')) as { id: string }[]).map((f) => f.id);

const items = (): { id: string; type: string }[] =>
	readdirSync(DATA)
		.filter((name) => name.startsWith('items-'))
		.flatMap(
			(name) =>
				JSON.parse(readFileSync(`${DATA}/${name}`, 'utf8')) as { id: string; type: string }[]
		);

export interface PlantedYear {
	/** Card states by fact id, for `putCards`. */
	cards: [string, unknown][];
	/** Log chunks, quiz attempts and the settings, for `putRecords`. */
	records: [string, unknown][];
	/** Reviews planted, all within the past year's study days. */
	reviews: number;
	/** Study days with at least one review. */
	daysStudied: number;
}

/**
 * A year up to `now` in `timeZone`: reviews on about four days in five (none on the last
 * `gap` days before yesterday, so the streak is known), each day's reviews an hour or more
 * before the same time of day as `now`, never near the 04:00 rollover.
 */
export function plantedYear({
	now,
	timeZone,
	seed = 2026,
	days = 365,
	quizzes = 6
}: {
	now: number;
	timeZone: string;
	seed?: number;
	days?: number;
	quizzes?: number;
}): PlantedYear {
	const random = prng(seed);
	const whole = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const ids = factIds();
	const cards: [string, unknown][] = ids.map((id, i) => {
		// A few facts stay new; the rest have been reviewed, some long ago.
		if (i % 13 === 12) return [id, newCard(id, now)];
		const scheduled = whole(1, 120);
		const last = now - whole(0, scheduled) * DAY - HOUR;
		const state = i % 17 === 5 ? 3 : i % 11 === 3 ? 1 : 2;
		return [
			id,
			{
				schema: SCHEMA_VERSION,
				id,
				card: {
					due: new Date(last + (state === 2 ? scheduled * DAY : 10 * 60_000)),
					stability: state === 2 ? scheduled * (0.8 + random() * 0.5) : 0.5 + random() * 3,
					difficulty: 1 + random() * 9,
					elapsed_days: whole(0, 30),
					scheduled_days: state === 2 ? scheduled : 0,
					learning_steps: state === 2 ? 0 : 1,
					reps: whole(2, 20),
					lapses: whole(0, 3),
					state,
					last_review: new Date(last)
				},
				suspended: i % 29 === 7,
				buriedUntil: null,
				updatedAt: last
			}
		];
	});

	const byDay = new Map<string, unknown[]>();
	let reviews = 0;
	for (let d = days - 1; d >= 0; d--) {
		// Three days off before yesterday, then every day since: a streak of 2 (today and yesterday).
		const off = d >= 2 && d <= 4;
		if (off || (d > 4 && random() < 0.2)) continue;
		const count = whole(5, d % 7 === 0 ? 80 : 40);
		const at = now - d * DAY - HOUR - whole(0, 2) * HOUR;
		const day = studyDay(new Date(at), timeZone);
		const entries = byDay.get(day) ?? [];
		for (let i = 0; i < count; i++) {
			const roll = random();
			const state = roll < 0.1 ? 0 : roll < 0.2 ? 1 : roll < 0.93 ? 2 : 3;
			const scheduled = state === 2 ? whole(1, 90) : state === 3 ? whole(0, 1) : 0;
			const review = new Date(at - i * 20_000);
			entries.push({
				id: `y${d.toString(36)}-${i.toString(36)}`,
				cardId: ids[whole(0, ids.length - 1)],
				rating: random() < 0.12 ? 1 : random() < 0.8 ? 3 : random() < 0.5 ? 2 : 4,
				state,
				review,
				due: new Date(review.getTime() - whole(0, 2) * DAY),
				stability: 0.5 + random() * 100,
				difficulty: 1 + random() * 9,
				elapsed_days: scheduled,
				last_elapsed_days: whole(0, 60),
				scheduled_days: scheduled,
				learning_steps: state === 1 || state === 3 ? 1 : 0,
				took: whole(2_000, 25_000)
			});
		}
		reviews += count;
		byDay.set(day, entries);
	}
	const records: [string, unknown][] = [
		['settings', { retention: 0.9, newPerDay: 20, reviewsPerDay: 200 }]
	];
	for (const [day, entries] of byDay)
		for (let i = 0; i < entries.length; i += LOG_CHUNK_SIZE)
			records.push([chunkKey(day, i / LOG_CHUNK_SIZE), entries.slice(i, i + LOG_CHUNK_SIZE)]);

	const pool = items();
	for (let q = 0; q < quizzes; q++) {
		const questions = Array.from({ length: 10 }, () => pool[whole(0, pool.length - 1)]!);
		const finishedAt = now - (quizzes - q) * 9 * DAY;
		const id = `quiz-${q + 1}`;
		records.push([
			`attempt:${id}`,
			{
				schema: SCHEMA_VERSION,
				id,
				title: `Practice quiz ${q + 1}`,
				code: null,
				feedback: 'end',
				questions: questions.map((item) => ({ itemId: item.id, order: [] })),
				// Scores climb from about half right to mostly right.
				answers: questions.map((_, i) => ({
					response: { type: 'none' },
					score: random() < 0.45 + q * 0.08 ? 1 : 0,
					answeredAt: finishedAt - (10 - i) * 30_000
				})),
				current: questions.length,
				revealed: false,
				startedAt: finishedAt - 6 * 60_000,
				finishedAt
			}
		]);
	}
	return { cards, records, reviews, daysStudied: byDay.size };
}

function newCard(id: string, now: number) {
	return {
		schema: SCHEMA_VERSION,
		id,
		card: {
			due: new Date(now),
			stability: 0,
			difficulty: 0,
			elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: 0,
			reps: 0,
			lapses: 0,
			state: 0
		},
		suspended: false,
		buriedUntil: null,
		updatedAt: now - DAY
	};
}
