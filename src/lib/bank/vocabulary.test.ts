import { describe, expect, expectTypeOf, it } from 'vitest';
import { DIFFICULTIES, DIFFICULTY_LABELS, type Difficulty } from './difficulty';
import { QUESTION_TYPES, type QuestionType } from './question-types';
import { TOPICS, TOPIC_LABELS, type Topic } from './topics';
import { vocabulary } from './vocabulary';

describe('vocabulary', () => {
	it('keeps the ids in the order written, each with its label', () => {
		const { ids, labels, options } = vocabulary([
			['b', 'Bee'],
			['a', 'Ay'],
			[3, 'Three']
		]);
		expect(ids).toEqual(['b', 'a', 3]);
		expect(labels).toEqual({ b: 'Bee', a: 'Ay', 3: 'Three' });
		expect(options).toEqual([
			{ value: 'b', label: 'Bee' },
			{ value: 'a', label: 'Ay' },
			{ value: 3, label: 'Three' }
		]);
		expectTypeOf(ids).toEqualTypeOf<readonly ['b', 'a', 3]>();
	});

	it('gives the bank its ids as literal types, in the order quiz codes number them', () => {
		expectTypeOf<Topic>().toEqualTypeOf<
			| 'people'
			| 'borders-security'
			| 'history'
			| 'economy'
			| 'diplomacy'
			| 'opposition'
			| 'media-sources'
			| 'outlook'
		>();
		expectTypeOf<Difficulty>().toEqualTypeOf<1 | 2 | 3 | 4>();
		expect(TOPICS[0]).toBe('people');
		expect(TOPIC_LABELS['borders-security']).toBe('Borders & security');
		expect(QUESTION_TYPES.indexOf('short-answer' satisfies QuestionType)).toBe(7);
		expect(DIFFICULTIES).toEqual([1, 2, 3, 4]);
		expect(DIFFICULTY_LABELS[4]).toBe('Understanding');
	});
});
