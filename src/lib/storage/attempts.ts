import * as v from 'valibot';
import { TITLE_MAX, type Attempt } from '../quiz/attempt';
import type { KeyValueStore } from './kv';
import { updateIfCurrent } from './open';
import { keyedRecords, plain } from './records';
import { SCHEMA_VERSION } from './migrations';

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

const AnswerSchema = v.object({
	/** The response in the item's own indexes; checked again by `check`, which never throws. */
	response: v.looseObject({ type: v.string() }),
	score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	answeredAt: time
});

/** An attempt as stored: the quiz's attempt with the store's schema version. */
export type StoredAttempt = Attempt & { schema: typeof SCHEMA_VERSION };

/** A stored attempt, checked against the quiz's `Attempt` type. */
export const AttemptSchema = v.object({
	schema: v.literal(SCHEMA_VERSION),
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{4,64}$/)),
	title: v.pipe(v.string(), v.maxLength(TITLE_MAX)),
	/** The quiz code it came from, or null for a quiz of missed questions. */
	code: v.nullable(v.pipe(v.string(), v.maxLength(64))),
	feedback: v.picklist(['each', 'end']),
	questions: v.pipe(
		v.array(v.object({ itemId: v.pipe(v.string(), v.maxLength(120)), order: v.array(index) })),
		v.minLength(1),
		v.maxLength(50)
	),
	answers: v.array(v.nullable(AnswerSchema)),
	current: index,
	revealed: v.boolean(),
	startedAt: time,
	finishedAt: v.nullable(time)
}) satisfies v.GenericSchema<unknown, StoredAttempt>;

/** Quiz attempts, one record each (`attempt:<id>`), newest first by when they were started. */
export const attemptRecords = keyedRecords('attempt:', readAttempt, (a) => a.startedAt);

/** Checks a stored record; a damaged or foreign one is reported, never trusted. */
export function readAttempt(value: unknown): StoredAttempt | undefined {
	const result = v.safeParse(AttemptSchema, value);
	if (!result.success) return undefined;
	const attempt = result.output;
	const n = attempt.questions.length;
	if (attempt.answers.length !== n || attempt.current > n) return undefined;
	return attempt;
}

/** Writes an attempt as it is now (write-through: called on every answer). */
export async function saveAttempt(store: KeyValueStore, attempt: Attempt): Promise<void> {
	const record: StoredAttempt = { ...plain(attempt), schema: SCHEMA_VERSION };
	await updateIfCurrent(store, [attemptRecords.key(attempt.id)], () => [record]);
}
