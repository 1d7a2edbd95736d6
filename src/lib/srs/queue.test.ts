import { describe, expect, it } from 'vitest';
import { GRADES } from './grades';
import { createScheduler } from './scheduler';
import { nextCard, nextDue, tomorrowCounts } from './next-card';
import { dueQueue, queueCounts, type DeckCard } from './queue';

const scheduler = createScheduler();
const start = new Date('2026-03-02T10:00:00Z');
const good = GRADES[2].grade;
const easy = GRADES[3].grade;

const fresh = (id: string): DeckCard => ({ id, card: scheduler.newCard(start) });
const learning = (id: string): DeckCard => ({
	id,
	card: scheduler.review(scheduler.newCard(start), good, start).card
});
const inReview = (id: string): DeckCard => ({
	id,
	card: scheduler.review(scheduler.newCard(start), easy, start).card
});

describe('dueQueue', () => {
	const later = new Date('2026-03-20T10:00:00Z');

	it('puts learning first, then reviews, then new cards in deck order', () => {
		const cards = [fresh('n1'), inReview('r1'), learning('l1'), fresh('n2')];
		const queue = dueQueue(cards, later, '2026-03-20');
		expect(queue.learning.map((c) => c.id)).toEqual(['l1']);
		expect(queue.review.map((c) => c.id)).toEqual(['r1']);
		expect(queue.new.map((c) => c.id)).toEqual(['n1', 'n2']);
		expect(queueCounts(queue)).toEqual({ new: 2, learning: 1, due: 1 });
	});

	it('keeps cards that are not due yet out', () => {
		const queue = dueQueue([learning('l1'), inReview('r1')], start, '2026-03-02');
		expect(queueCounts(queue)).toEqual({ new: 0, learning: 0, due: 0 });
	});

	it('applies what is left of the daily limits', () => {
		const cards = [
			...Array.from({ length: 30 }, (_, i) => fresh(`n${i}`)),
			...Array.from({ length: 5 }, (_, i) => inReview(`r${i}`))
		];
		const limits = { newPerDay: 20, reviewsPerDay: 3 };
		const queue = dueQueue(cards, later, '2026-03-20', limits, { newCards: 15, reviews: 1 });
		expect(queue.new).toHaveLength(5);
		expect(queue.review).toHaveLength(2);
		const spent = dueQueue(cards, later, '2026-03-20', limits, { newCards: 25, reviews: 9 });
		expect(queueCounts(spent)).toEqual({ new: 0, learning: 0, due: 0 });
	});

	it('leaves suspended cards out, and buried ones until their day', () => {
		const cards = [
			{ ...fresh('s'), suspended: true },
			{ ...fresh('b'), buriedUntil: '2026-03-21' },
			fresh('n')
		];
		expect(dueQueue(cards, later, '2026-03-20').new.map((c) => c.id)).toEqual(['n']);
		expect(dueQueue(cards, later, '2026-03-21').new.map((c) => c.id)).toEqual(['b', 'n']);
	});
});

describe('after the queue', () => {
	const later = new Date('2026-03-20T10:00:00Z');

	it('shows a learning card early when nothing else is left, within 20 minutes', () => {
		const soon = { id: 'l1', card: { due: new Date(later.getTime() + 10 * 60_000), state: 1 } };
		const empty = { learning: [], review: [], new: [] };
		expect(nextCard(empty, [soon], later, '2026-03-20')?.id).toBe('l1');
		expect(nextCard(empty, [soon], new Date(later.getTime() - 30 * 60_000), '2026-03-20')).toBe(
			undefined
		);
	});

	it('gives the next due time and tomorrow’s counts, new cards and suspended aside', () => {
		const cards = [
			{ id: 'n1', card: { due: later, state: 0 } },
			{ id: 'n2', card: { due: later, state: 0 } },
			{ id: 'r1', card: { due: new Date('2026-03-21T09:00:00Z'), state: 2 } },
			{ id: 'r2', card: { due: new Date('2026-03-25T09:00:00Z'), state: 2 } },
			{ id: 's1', card: { due: new Date('2026-03-20T12:00:00Z'), state: 2 }, suspended: true }
		];
		expect(nextDue(cards)?.toISOString()).toBe('2026-03-21T09:00:00.000Z');
		expect(tomorrowCounts(cards, new Date('2026-03-22T04:00:00Z'))).toEqual({
			reviews: 1,
			new: 2
		});
		expect(
			tomorrowCounts(cards, new Date('2026-03-22T04:00:00Z'), { newPerDay: 1, reviewsPerDay: 0 })
		).toEqual({ reviews: 0, new: 1 });
	});
});
