import * as v from 'valibot';
import {
	classRecords,
	mergeResults,
	readClassSession,
	type StoredClassSession
} from './class-sessions';
import { checkedList, planById, type RecordKind } from './kind';

/** A session with what both copies collected: the stored one's, then the incoming one's new results. */
const merged = (stored: StoredClassSession, incoming: StoredClassSession): StoredClassSession => ({
	...stored,
	results: mergeResults(stored.results, incoming.results)
});

/**
 * A teacher's class sessions and the results collected for them (`class:<id>`). An import adds a
 * session whose id is new and adds the results a known session lacks: nothing collected is lost.
 */
export const classKind: RecordKind<'classSessions', StoredClassSession[], StoredClassSession> = {
	name: 'classSessions',
	prefix: classRecords.prefix,
	label: 'class session',
	noun: ['class session', 'class sessions'],
	// Backups made before class sessions existed have no such field: they hold none.
	schema: v.optional(
		checkedList(
			10_000,
			readClassSession,
			(_, i) => `class session ${i + 1} is not a class session this app can read`
		),
		[]
	),
	load: classRecords.list,
	count: (sessions) => sessions.length,
	/** A session takes the results it lacks; one that adds none is left alone. */
	plan: (current, incoming, damaged) =>
		planById(
			current,
			incoming,
			(stored, session) => {
				const both = merged(stored, session);
				return both.results.length === stored.results.length ? undefined : both;
			},
			classRecords.damagedIn(damaged)
		),
	writes: (sessions) =>
		sessions.map((session) => [
			classRecords.key(session.id),
			(stored) => {
				if (stored === undefined) return session;
				const current = classRecords.readOf(session.id, stored);
				if (!current) return undefined;
				const both = merged(current, session);
				return both.results.length === current.results.length ? undefined : both;
			}
		])
};
