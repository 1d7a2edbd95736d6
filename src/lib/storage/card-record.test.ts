import { describe, expect, it } from 'vitest';
import { cardFault, readBuckets, readCardRecord } from './card-record';
import { cardKey, entryName } from './card-buckets';
import { cardRecord, inBuckets } from './fixtures/card-record';

const withCardField = (field: string, value: unknown) => {
	const record = cardRecord();
	return { ...record, card: { ...record.card, [field]: value } };
};

describe('the stored-card check', () => {
	it.each([
		['record', 'garbage'],
		['record', new Map()],
		['schema', { ...cardRecord(), schema: 99 }],
		['id', { ...cardRecord(), id: 'Not An Id' }],
		['card', { ...cardRecord(), card: new Date() }],
		['suspended', { ...cardRecord(), suspended: 'no' }],
		['buriedUntil', { ...cardRecord(), buriedUntil: '2026-3-2' }],
		['updatedAt', { ...cardRecord(), updatedAt: -1 }],
		['card.due', withCardField('due', 'not a date')],
		['card.due', withCardField('due', new Date(Date.UTC(2300, 0, 1)))],
		['card.stability', withCardField('stability', -1)],
		['card.difficulty', withCardField('difficulty', 11)],
		['card.elapsed_days', withCardField('elapsed_days', '1')],
		['card.scheduled_days', withCardField('scheduled_days', Number.NaN)],
		['card.learning_steps', withCardField('learning_steps', 0.5)],
		['card.reps', withCardField('reps', null)],
		['card.lapses', withCardField('lapses', 2_000_000)],
		['card.state', withCardField('state', 1.5)],
		['card.state', withCardField('state', 4)],
		['card.last_review', withCardField('last_review', 'yesterday')]
	])('names %s as the first field that fails', (field, value) => {
		expect(cardFault(value)).toBe(field);
		expect(readCardRecord(value)).toBeUndefined();
	});

	it('passes a card never reviewed (no last_review)', () => {
		const record = cardRecord();
		delete record.card.last_review;
		expect(cardFault(record)).toBeUndefined();
		expect(readCardRecord(record)?.card).not.toHaveProperty('last_review');
	});

	it('copies what passes: fields it does not know are left out, dates are new Dates', () => {
		const stored = { ...cardRecord(), extra: 'x', card: { ...cardRecord().card, junk: 1 } };
		const read = readCardRecord(stored)!;
		expect(read).toEqual(cardRecord());
		expect(read).not.toHaveProperty('extra');
		expect(read.card).not.toHaveProperty('junk');
		expect(read.card.due).not.toBe(stored.card.due);
		expect(read.card.due.getTime()).toBe(stored.card.due.getTime());
	});

	it('returns a record that is already just a card record (as IndexedDB gives it) as it is', () => {
		const stored = cardRecord();
		expect(readCardRecord(stored)).toBe(stored);
		const fresh = cardRecord();
		delete fresh.card.last_review;
		expect(readCardRecord(fresh)).toBe(fresh);
	});

	it('returns a new card that holds last_review as undefined, as ts-fsrs makes it, as it is', () => {
		const stored = { ...cardRecord(), card: { ...cardRecord().card, last_review: undefined } };
		expect(readCardRecord(stored)).toBe(stored);
	});

	it('copies a record that holds one field more, even one left undefined', () => {
		for (const stored of [
			{ ...cardRecord(), card: { ...cardRecord().card, junk: undefined } },
			{ ...cardRecord(), extra: undefined }
		]) {
			const read = readCardRecord(stored)!;
			expect(read).not.toBe(stored);
			expect(read).toEqual(cardRecord());
			expect(read.card).not.toHaveProperty('junk');
			expect(read).not.toHaveProperty('extra');
		}
	});

	it('a card read back from JSON (a backup) has Dates again', () => {
		const read = readCardRecord(JSON.parse(JSON.stringify(cardRecord())))!;
		expect(read.card.due).toBeInstanceOf(Date);
		expect(read.card.last_review).toBeInstanceOf(Date);
		expect(read).toEqual(cardRecord());
	});

	it('a card in the wrong bucket, or under another id, is reported, not read', () => {
		const wrongBucket =
			cardKey('x-fact') === cardKey('border-length') ? 'cards:999' : cardKey('x-fact');
		const buckets: [string, unknown][] = [
			...inBuckets([['border-length', cardRecord()]]),
			[wrongBucket, { 'border-length': cardRecord() }],
			...inBuckets([['other-fact', cardRecord()]])
		];
		const { cards, corrupt } = readBuckets(buckets);
		expect(cards.map((card) => card.id)).toEqual(['border-length']);
		expect(corrupt.sort()).toEqual(
			[
				entryName(wrongBucket, 'border-length'),
				entryName(cardKey('other-fact'), 'other-fact')
			].sort()
		);
	});
});
