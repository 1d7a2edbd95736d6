// One review-log entry, checked by hand rather than with a valibot object schema: a busy
// learner's log holds 100,000 entries, read on every export and import, and a hand check neither
// copies them nor allocates issues. The fields are what the study session stores: the ts-fsrs
// review log of one grade, plus the entry's own id and the card's.

import { millis } from './file-time';
import { between, time, timeOf } from './stored-time';

/** One review-log entry as stored; dates are real Dates (a backup's strings are revived). */
export interface LogEntry {
	id: string;
	/** The fact id of the card reviewed. */
	cardId: string;
	/** The grade given, 1 (Again) to 4 (Easy). */
	rating: number;
	/** The state the card was in before this review (ts-fsrs `State`, 0–3). */
	state: number;
	/** When the review happened. */
	review: Date;
	due?: Date;
	stability?: number;
	difficulty?: number;
	elapsed_days?: number;
	last_elapsed_days?: number;
	scheduled_days?: number;
	learning_steps?: number;
	/** Milliseconds from the card shown to the grade (capped by the study screen); older entries lack it. */
	took?: number;
}

/** An entry as a backup file holds it: the same fields, its dates as milliseconds since 1970 (UTC). */
export type FileLogEntry = Omit<LogEntry, 'review' | 'due'> & { review: number; due?: number };

// Written straight, one test a field, with no tables of closures and no copying loops (as
// card-record.ts): export, the file check and import run it on every entry of the log.

const whole = (value: unknown, min: number, max: number): boolean =>
	between(value, min, max) && Number.isInteger(value);
const amount = (value: unknown): boolean => value === undefined || between(value, 0, 1_000_000);

/** The first field of a review-log entry that fails its check (`review`), or undefined if none. */
export function logEntryFault(value: unknown): string | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'entry';
	const entry = value as Record<string, unknown>;
	if (typeof entry.id !== 'string' || entry.id === '') return 'id';
	if (typeof entry.cardId !== 'string' || entry.cardId === '') return 'cardId';
	if (!whole(entry.rating, 1, 4)) return 'rating';
	if (!whole(entry.state, 0, 3)) return 'state';
	if (!time(entry.review)) return 'review';
	if (entry.due !== undefined && !time(entry.due)) return 'due';
	if (!amount(entry.stability)) return 'stability';
	if (entry.difficulty !== undefined && !between(entry.difficulty, 0, 10)) return 'difficulty';
	if (!amount(entry.elapsed_days)) return 'elapsed_days';
	if (!amount(entry.last_elapsed_days)) return 'last_elapsed_days';
	if (!amount(entry.scheduled_days)) return 'scheduled_days';
	const steps = entry.learning_steps;
	if (steps !== undefined && !whole(steps, 0, 1_000_000)) return 'learning_steps';
	// A day is far past any cap a study screen puts on it: more is damage, not a slow answer.
	if (entry.took !== undefined && !whole(entry.took, 0, 86_400_000)) return 'took';
	return undefined;
}

/**
 * Checks one entry and revives its dates in place (a backup file holds them as numbers or
 * strings), so a caller must own the value (a fresh read or a parsed file). True when the
 * entry may be trusted.
 */
export function reviveLogEntry(value: unknown): value is LogEntry {
	if (logEntryFault(value) !== undefined) return false;
	const entry = value as Record<string, unknown>;
	if (!(entry.review instanceof Date)) entry.review = new Date(timeOf(entry.review));
	if (entry.due !== undefined && !(entry.due instanceof Date))
		entry.due = new Date(timeOf(entry.due));
	return true;
}

/**
 * A trusted entry as a backup file holds it, built as one literal: its dates as numbers, which
 * JSON writes and reads far faster than a Date's ISO string; a field the entry lacks stays out
 * of the file (JSON leaves out what is undefined).
 */
export function fileLogEntry(entry: LogEntry): FileLogEntry {
	return {
		id: entry.id,
		cardId: entry.cardId,
		rating: entry.rating,
		state: entry.state,
		review: millis(entry.review) as number,
		due: millis(entry.due),
		stability: entry.stability,
		difficulty: entry.difficulty,
		elapsed_days: entry.elapsed_days,
		last_elapsed_days: entry.last_elapsed_days,
		scheduled_days: entry.scheduled_days,
		learning_steps: entry.learning_steps,
		took: entry.took
	};
}
