import { describe, expect, it } from 'vitest';
import { logEntry } from './fixtures/log-entry';
import { fileLogEntry, logEntryFault, reviveLogEntry } from './log-entry';

describe('reviveLogEntry', () => {
	it('trusts an entry as the study session stores it, and one with only the required fields', () => {
		expect(reviveLogEntry(logEntry('r1'))).toBe(true);
		const { id, cardId, rating, state, review } = logEntry('r2');
		expect(reviveLogEntry({ id, cardId, rating, state, review })).toBe(true);
	});

	it('trusts the time a review took, and an entry from before it was recorded', () => {
		expect(reviveLogEntry(logEntry('r1', { took: 8_250 }))).toBe(true);
		expect(reviveLogEntry(logEntry('r1', { took: 0 }))).toBe(true);
		expect(reviveLogEntry(logEntry('r1'))).toBe(true);
	});

	it('revives dates that went through JSON, in place', () => {
		const entry = JSON.parse(JSON.stringify(logEntry('r1')));
		expect(reviveLogEntry(entry)).toBe(true);
		expect(entry).toEqual(logEntry('r1'));
		expect(entry.review).toBeInstanceOf(Date);
	});

	it.each([
		['null', null],
		['a list', [logEntry('r1')]],
		['an empty id', { ...logEntry('r1'), id: '' }],
		['a review before 2000', { ...logEntry('r1'), review: '1999-12-31T00:00:00Z' }],
		['a review that is not a date', { ...logEntry('r1'), review: {} }],
		['a grade that is not whole', { ...logEntry('r1'), rating: 2.5 }],
		['a state past 3', { ...logEntry('r1'), state: 4 }],
		['an infinite stability', { ...logEntry('r1'), stability: Infinity }],
		['a scheduled interval that is not a number', { ...logEntry('r1'), scheduled_days: '3' }],
		['a negative time taken', { ...logEntry('r1'), took: -1 }],
		['a time taken of more than a day', { ...logEntry('r1'), took: 86_400_001 }],
		['a time taken that is not a number', { ...logEntry('r1'), took: '5000' }]
	])('refuses %s', (_, value) => {
		expect(reviveLogEntry(value)).toBe(false);
	});
});

describe('logEntryFault', () => {
	it('finds nothing wrong with a trusted entry, as stored or as a file holds it', () => {
		expect(logEntryFault(logEntry('r1'))).toBeUndefined();
		expect(logEntryFault(JSON.parse(JSON.stringify(fileLogEntry(logEntry('r1')))))).toBeUndefined();
		expect(logEntryFault(JSON.parse(JSON.stringify(logEntry('r1'))))).toBeUndefined();
	});

	it.each([
		['entry', null],
		['entry', [logEntry('r1')]],
		['id', { id: '' }],
		['id', { id: 7 }],
		['cardId', { cardId: '' }],
		['rating', { rating: 0 }],
		['rating', { rating: 2.5 }],
		['state', { state: 4 }],
		['review', { review: undefined }],
		['review', { review: 'not a date' }],
		['review', { review: Date.UTC(1999, 11, 31) }],
		['review', { review: new Date(Number.NaN) }],
		['due', { due: 'soon' }],
		['due', { due: Date.UTC(2200, 0, 2) }],
		['stability', { stability: -1 }],
		['stability', { stability: Infinity }],
		['difficulty', { difficulty: 11 }],
		['elapsed_days', { elapsed_days: '1' }],
		['last_elapsed_days', { last_elapsed_days: -1 }],
		['scheduled_days', { scheduled_days: 1e7 }],
		['learning_steps', { learning_steps: 0.5 }],
		['took', { took: 86_400_001 }]
	])('names %s as the field that fails (%j)', (field, change) => {
		const value =
			Array.isArray(change) || change === null ? change : { ...logEntry('r1'), ...change };
		expect(logEntryFault(value)).toBe(field);
		expect(reviveLogEntry(value)).toBe(false);
	});
});

describe('fileLogEntry', () => {
	it('writes the dates as milliseconds and leaves out the fields an entry lacks', () => {
		const { id, cardId, rating, state, review } = logEntry('r2');
		const text = JSON.stringify(fileLogEntry({ id, cardId, rating, state, review }));
		expect(JSON.parse(text)).toEqual({ id, cardId, rating, state, review: review.getTime() });
	});

	it('round-trips through JSON and reviveLogEntry to the same entry', () => {
		const entry = JSON.parse(JSON.stringify(fileLogEntry(logEntry('r1', { took: 4_200 }))));
		expect(reviveLogEntry(entry)).toBe(true);
		expect(entry).toEqual(logEntry('r1', { took: 4_200 }));
	});
});
