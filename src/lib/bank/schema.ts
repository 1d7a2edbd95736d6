import * as v from 'valibot';
import { TOPICS } from './topics';
import { DIFFICULTIES } from './difficulty';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
);
const positiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));
const topics = v.pipe(
	v.array(v.picklist(TOPICS, `must be one of: ${TOPICS.join(', ')}`)),
	v.minLength(1, 'needs at least one topic'),
	v.maxLength(3, 'takes at most three topics')
);

export const SourceSchema = v.strictObject({
	paragraph: positiveInt,
	sentence: positiveInt,
	sentenceEnd: v.optional(positiveInt),
	quote: text
});

/** Further passages an item or fact rests on, each checked like `source` (bank-format.md). */
const also = v.optional(v.pipe(v.array(SourceSchema), v.minLength(1), v.maxLength(3)));

export const FactSchema = v.strictObject({
	id,
	statement: text,
	card: v.strictObject({ front: text, back: text }),
	source: SourceSchema,
	also,
	topics
});

const base = {
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+\/[a-z-]+$/, 'must be "<fact id>/<type>"')),
	fact: id,
	prompt: text,
	answer: text,
	explanation: text,
	source: SourceSchema,
	also,
	topics,
	difficulty: v.picklist(DIFFICULTIES, `must be one of ${DIFFICULTIES.join(', ')}`)
};

/** A key point of a written answer, with the article's words that make it. */
const PointSchema = v.strictObject({ text, ...SourceSchema.entries });

const options = (min: number, max: number) =>
	v.pipe(
		v.array(text),
		v.minLength(min, `needs at least ${min} options`),
		v.maxLength(max, `takes at most ${max} options`)
	);
const index = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ItemSchema = v.variant('type', [
	v.strictObject({ ...base, type: v.literal('single'), options: options(3, 5), correct: index }),
	v.strictObject({
		...base,
		type: v.literal('multiple'),
		options: options(4, 6),
		correct: v.pipe(v.array(index), v.minLength(2, 'needs at least two correct options'))
	}),
	v.strictObject({ ...base, type: v.literal('true-false'), correct: v.boolean() }),
	v.strictObject({
		...base,
		type: v.literal('typed'),
		accepted: v.pipe(v.array(text), v.minLength(1, 'needs at least one accepted answer'))
	}),
	v.strictObject({
		...base,
		type: v.literal('matching'),
		pairs: v.pipe(
			v.array(v.strictObject({ left: text, right: text })),
			v.minLength(3, 'needs at least 3 pairs'),
			v.maxLength(5, 'takes at most 5 pairs')
		)
	}),
	v.strictObject({
		...base,
		type: v.literal('ordering'),
		sequence: v.pipe(
			v.array(text),
			v.minLength(3, 'needs at least 3 steps'),
			v.maxLength(5, 'takes at most 5 steps')
		)
	}),
	v.strictObject({ ...base, type: v.literal('who-said'), options: options(3, 5), correct: index }),
	v.strictObject({
		...base,
		type: v.literal('short-answer'),
		model: text,
		points: v.pipe(
			v.array(PointSchema),
			v.minLength(2, 'needs at least 2 points'),
			v.maxLength(3, 'takes at most 3 points')
		)
	}),
	v.strictObject({
		...base,
		type: v.literal('classify'),
		groups: v.tuple([text, text]),
		statements: v.pipe(
			v.array(v.strictObject({ text, group: v.picklist([0, 1]) })),
			v.minLength(4, 'needs at least 4 statements'),
			v.maxLength(8, 'takes at most 8 statements')
		)
	})
]);

export const BankSchema = v.strictObject({
	version: positiveInt,
	facts: v.pipe(v.array(FactSchema), v.minLength(1, 'needs at least one fact')),
	items: v.pipe(v.array(ItemSchema), v.minLength(1, 'needs at least one item'))
});

export type Source = v.InferOutput<typeof SourceSchema>;

export type Fact = v.InferOutput<typeof FactSchema>;
export type Item = v.InferOutput<typeof ItemSchema>;
export type Bank = v.InferOutput<typeof BankSchema>;
export type Point = v.InferOutput<typeof PointSchema>;
export type ItemOf<T extends Item['type']> = Extract<Item, { type: T }>;
