import { describe, expect, it } from 'vitest';
import { tinyBank } from '$lib/bank/fixtures/tiny-bank';
import { parseBank } from '$lib/bank/parse';
import type { Item } from '$lib/bank/schema';
import { draftToResponse, emptyDraft, moveStep } from './draft';
import { describeResponse, formatDuration } from './format';

const parsed = parseBank(tinyBank());
if (!parsed.ok) throw new Error('fixture invalid');
const byType = Object.fromEntries(parsed.bank.items.map((i) => [i.type, i])) as Record<
	Item['type'],
	Item
>;

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
