import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newTypeItems } from '$lib/bank/fixtures/new-type-items';
import { tinyItemsByType } from '$lib/bank/fixtures/parsed-tiny-bank';
import type { Item } from '$lib/bank/schema';
import { check, correctResponse } from './check';

const byType = tinyItemsByType();
const { shortAnswer, classify } = newTypeItems();
// The fixture's multiple select: options rugged, short, 1,374 km long, closed; right: 0 and 2.
const multiple = byType.multiple;

describe('check', () => {
	it.each(Object.keys(byType) as Item['type'][])(
		'gives full marks for the right %s answer',
		(type) => {
			const item = byType[type];
			expect(check(item, correctResponse(item))).toEqual({ score: 1, correct: true });
		}
	);

	it.each([
		['a right single choice', byType.single, { type: 'choice', index: 1 }, 1],
		['a wrong single choice', byType.single, { type: 'choice', index: 0 }, 0],
		['true for a true statement', byType['true-false'], { type: 'boolean', value: true }, 1],
		['false for a true statement', byType['true-false'], { type: 'boolean', value: false }, 0],
		['both right picks', multiple, { type: 'choices', indexes: [0, 2] }, 1],
		['one right pick of two', multiple, { type: 'choices', indexes: [2] }, 0.5],
		['one right, one wrong pick', multiple, { type: 'choices', indexes: [0, 1] }, 0],
		['two right, one wrong', multiple, { type: 'choices', indexes: [0, 1, 2] }, 0.5],
		['every option', multiple, { type: 'choices', indexes: [0, 1, 2, 3] }, 0],
		['a repeated pick counts once', multiple, { type: 'choices', indexes: [0, 0] }, 0.5],
		['no pick', multiple, { type: 'choices', indexes: [] }, 0],
		['all pairs right', byType.matching, { type: 'pairs', rights: [0, 1, 2] }, 1],
		['one pair of three', byType.matching, { type: 'pairs', rights: [0, 2, 1] }, 1 / 3],
		['no pairs', byType.matching, { type: 'pairs', rights: [-1, -1, -1] }, 0],
		['the right order', byType.ordering, { type: 'order', sequence: [0, 1, 2] }, 1],
		['one adjacent pair right', byType.ordering, { type: 'order', sequence: [1, 2, 0] }, 0.5],
		['reversed', byType.ordering, { type: 'order', sequence: [2, 1, 0] }, 0],
		['not a permutation', byType.ordering, { type: 'order', sequence: [0, 0, 1] }, 0],
		['every point ticked', shortAnswer, { type: 'self', ticks: [0, 1] }, 1],
		['one point of two', shortAnswer, { type: 'self', ticks: [1], text: 'rugged' }, 0.5],
		['a point ticked twice counts once', shortAnswer, { type: 'self', ticks: [1, 1] }, 0.5],
		['a tick past the last point', shortAnswer, { type: 'self', ticks: [2, 5] }, 0],
		['no point made', shortAnswer, { type: 'self', ticks: [] }, 0],
		['a short answer without ticks', shortAnswer, { type: 'text', value: 'rugged' }, 0],
		['every statement sorted right', classify, { type: 'groups', groups: [0, 0, 1, 1] }, 1],
		['three of four sorted right', classify, { type: 'groups', groups: [0, 0, 1, 0] }, 0.75],
		['all in one group', classify, { type: 'groups', groups: [0, 0, 0, 0] }, 0.5],
		['the groups swapped', classify, { type: 'groups', groups: [1, 1, 0, 0] }, 0],
		['a statement left unsorted', classify, { type: 'groups', groups: [0, -1, 1, 1] }, 0.75],
		['a typed answer with a variant', byType.typed, { type: 'text', value: '1374 KM' }, 1],
		['a wrong typed number', byType.typed, { type: 'text', value: '1,375 kilometers' }, 0],
		['the right who-said', byType['who-said'], { type: 'choice', index: 0 }, 1],
		['a response of another type', byType.single, { type: 'boolean', value: true }, 0]
	])('%s', (_, item, response, score) => {
		expect(check(item, response).score).toBeCloseTo(score);
	});

	it('never throws and stays within 0..1 on any input', () => {
		fc.assert(
			fc.property(fc.constantFrom(...Object.values(byType)), fc.anything(), (item, response) => {
				const { score, correct } = check(item, response);
				expect(score).toBeGreaterThanOrEqual(0);
				expect(score).toBeLessThanOrEqual(1);
				expect(correct).toBe(score === 1);
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on responses shaped like real ones with wild values', () => {
		const wild = fc.oneof(
			fc.record({ type: fc.constant('choice'), index: fc.anything() }),
			fc.record({
				type: fc.constant('choices'),
				indexes: fc.array(fc.oneof(fc.integer(), fc.double()))
			}),
			fc.record({ type: fc.constant('pairs'), rights: fc.array(fc.integer()) }),
			fc.record({ type: fc.constant('order'), sequence: fc.array(fc.integer()) }),
			fc.record({ type: fc.constant('text'), value: fc.oneof(fc.string(), fc.anything()) })
		);
		fc.assert(
			fc.property(fc.constantFrom(...Object.values(byType)), wild, (item, response) => {
				const { score } = check(item, response);
				expect(Number.isFinite(score)).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});
});
