import { attemptRecords, readAttempt, type StoredAttempt } from './attempts';
import { checkedList, planById, restampFrom1, type RecordKind } from './kind';

/** Quizzes taken or being taken, one record each (`attempt:<id>`). */
export const attemptsKind: RecordKind<'attempts', StoredAttempt[], StoredAttempt> = {
	name: 'attempts',
	prefix: attemptRecords.prefix,
	label: 'quiz',
	noun: ['quiz', 'quizzes'],
	schema: checkedList(
		100_000,
		readAttempt,
		(_, i) => `quiz ${i + 1} is not a quiz this app can read`
	),
	upgrade: restampFrom1,
	load: attemptRecords.list,
	count: (attempts) => attempts.length,
	/** A quiz is only ever added, when its id is new. */
	plan: (current, incoming, damaged) =>
		planById(current, incoming, () => undefined, attemptRecords.damagedIn(damaged)),
	writes: (attempts) =>
		attempts.map((attempt) => [
			attemptRecords.key(attempt.id),
			(stored) => (stored === undefined ? attempt : undefined)
		])
};
