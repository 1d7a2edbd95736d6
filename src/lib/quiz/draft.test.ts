import { describe, expect, it } from 'vitest';
import { newTypeItems } from '$lib/bank/fixtures/new-type-items';
import { tinyItemsByType } from '$lib/bank/fixtures/parsed-tiny-bank';
import {
	answerSoFar,
	draftFromResponse,
	draftToResponse,
	emptyDraft,
	moveStep,
	pickPosition
} from './draft';
import { describeResponse, formatDuration, verdictSentence } from './format';

const byType = tinyItemsByType();

describe('drafts', () => {
	it('are incomplete until answered, except an ordering', () => {
		for (const item of Object.values(byType)) {
			const draft = emptyDraft(item, { itemId: item.id, order: [2, 0, 1] });
			expect(draftToResponse(draft) === null).toBe(item.type !== 'ordering');
		}
	});

	it('start an ordering in its display order', () => {
		expect(emptyDraft(byType.ordering, { itemId: 'x', order: [2, 0, 1] })).toEqual({
			type: 'order',
			sequence: [2, 0, 1]
		});
	});

	it('need every pair chosen', () => {
		expect(draftToResponse({ type: 'pairs', rights: [0, -1, 2] })).toBeNull();
		expect(draftToResponse({ type: 'pairs', rights: [0, 1, 2] })).toEqual({
			type: 'pairs',
			rights: [0, 1, 2]
		});
	});

	it('move a step within bounds', () => {
		expect(moveStep([0, 1, 2], 1, -1)).toEqual([1, 0, 2]);
		expect(moveStep([0, 1, 2], 0, -1)).toEqual([0, 1, 2]);
		expect(moveStep([0, 1, 2], 2, 1)).toEqual([0, 1, 2]);
	});
});

describe('describeResponse', () => {
	it.each([
		[byType.single, { type: 'choice', index: 1 }, '1,374 km'],
		[byType.multiple, { type: 'choices', indexes: [0, 2] }, 'rugged; 1,374 km long'],
		[byType['true-false'], { type: 'boolean', value: false }, 'False'],
		[byType.typed, { type: 'text', value: '1374' }, '1374'],
		[byType.ordering, { type: 'order', sequence: [2, 0, 1] }, '2023 → 1990s → 2021'],
		[byType.single, null, '—'],
		[byType.single, { type: 'choice', index: 99 }, '?']
	])('%#', (item, response, text) => {
		expect(describeResponse(item, response)).toBe(text);
	});

	it('formats durations', () => {
		expect(formatDuration(75)).toBe('1:15');
	});
});

describe('picking an answer by its position', () => {
	const question = { itemId: 'x', order: [2, 0, 1] };

	it('picks a choice in display order, true/false by 1 and 2, and nothing past the end', () => {
		const choice = emptyDraft(byType.single, question);
		expect(pickPosition(choice, question, 0)).toEqual({ type: 'choice', index: 2 });
		expect(pickPosition(choice, question, 3)).toBeUndefined();
		const boolean = emptyDraft(byType['true-false'], { itemId: 'x', order: [] });
		expect(pickPosition(boolean, question, 0)).toEqual({ type: 'boolean', value: true });
		expect(pickPosition(boolean, question, 1)).toEqual({ type: 'boolean', value: false });
		expect(pickPosition(boolean, question, 2)).toBeUndefined();
	});

	it('toggles a multiple choice', () => {
		const once = pickPosition(emptyDraft(byType.multiple, question), question, 1)!;
		expect(once).toEqual({ type: 'choices', indexes: [0] });
		expect(pickPosition(once, question, 1)).toEqual({ type: 'choices', indexes: [] });
	});

	it('leaves typed, matching and ordering answers to their own controls', () => {
		for (const type of ['typed', 'matching', 'ordering'] as const)
			expect(pickPosition(emptyDraft(byType[type], question), question, 0)).toBeUndefined();
	});
});

describe('answerSoFar (time ran out)', () => {
	it('keeps a partly matched matching, and whatever a complete draft gives', () => {
		expect(answerSoFar({ type: 'pairs', rights: [2, -1, -1] })).toEqual({
			type: 'pairs',
			rights: [2, -1, -1]
		});
		expect(answerSoFar({ type: 'choice', index: 1 })).toEqual({ type: 'choice', index: 1 });
		expect(answerSoFar({ type: 'order', sequence: [1, 0] })).toEqual({
			type: 'order',
			sequence: [1, 0]
		});
	});

	it('is null when nothing was entered', () => {
		expect(answerSoFar({ type: 'pairs', rights: [-1, -1] })).toBeNull();
		expect(answerSoFar({ type: 'choice', index: null })).toBeNull();
		expect(answerSoFar({ type: 'choices', indexes: [] })).toBeNull();
		expect(answerSoFar({ type: 'boolean', value: null })).toBeNull();
		expect(answerSoFar({ type: 'text', value: '  ' })).toBeNull();
	});
});

describe('drafts of the new types', () => {
	const { shortAnswer, classify } = newTypeItems();

	it('a short answer checks nothing until its points are shown, then its ticks (and keeps the text)', () => {
		const question = { itemId: shortAnswer.id, order: [] };
		expect(emptyDraft(shortAnswer, question)).toEqual({
			type: 'self',
			text: '',
			revealed: false,
			ticks: []
		});
		const shown = { type: 'self', text: 'It is long.', revealed: true, ticks: [1, 0] } as const;
		expect(draftToResponse({ ...shown, revealed: false, ticks: [] })).toBeNull();
		expect(draftToResponse({ ...shown, ticks: [1, 0] })).toEqual({
			type: 'self',
			ticks: [0, 1],
			text: 'It is long.'
		});
		expect(answerSoFar({ ...shown, revealed: false, ticks: [] })).toBeNull();
		expect(draftFromResponse(shortAnswer, question, { type: 'self', ticks: [1] })).toEqual({
			type: 'self',
			text: '',
			revealed: true,
			ticks: [1]
		});
	});

	it('a sorting needs every statement placed, except when time runs out', () => {
		const question = { itemId: classify.id, order: [3, 1, 0, 2] };
		expect(emptyDraft(classify, question)).toEqual({ type: 'groups', groups: [-1, -1, -1, -1] });
		expect(draftToResponse({ type: 'groups', groups: [0, -1, 1, 1] })).toBeNull();
		expect(answerSoFar({ type: 'groups', groups: [0, -1, 1, 1] })).toEqual({
			type: 'groups',
			groups: [0, -1, 1, 1]
		});
		expect(answerSoFar({ type: 'groups', groups: [-1, -1, -1, -1] })).toBeNull();
		expect(draftFromResponse(classify, question, { type: 'groups', groups: [0, 1] })).toEqual(
			emptyDraft(classify, question)
		);
	});

	it('say what was answered and how it went', () => {
		expect(describeResponse(shortAnswer, { type: 'self', ticks: [1, 1, 7], text: 'Rugged.' })).toBe(
			'“Rugged.” (points made: 1 of 2)'
		);
		expect(describeResponse(classify, { type: 'groups', groups: [0, 1, 1, -1] })).toBe(
			'Rugged → Border; 1,374 km long → Rahmon; 72 years old → Rahmon; A strongman → ?'
		);
		expect(verdictSentence(shortAnswer, 0.5)).toBe('You made 1 of 2 key points.');
		expect(verdictSentence(classify, 0.75)).toMatch(
			/^Partly right: 3 of 4 statements in the right group\. The answer is: Rugged → Border; /
		);
		expect(verdictSentence(classify, 1)).toBe('Correct.');
	});
});
