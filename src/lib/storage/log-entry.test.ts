import { describe, expect, it } from 'vitest';
import { logEntry } from './fixtures/log-entry';
import { reviveLogEntry } from './log-entry';

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
