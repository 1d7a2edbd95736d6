import * as v from 'valibot';
import type { KeyValueStore } from './kv';
import { updateIfCurrent } from './open';
import { keyedRecords, plain } from './records';
import { SCHEMA_VERSION } from './migrations';

// A teacher's class sessions, one record each (`class:<id>`), with every result collected for
// it. A result is kept as the code the student's device made (the answers, never a score), so
// the report is graded again from it; the same code twice is the same result, kept once.

/** Bigger than any class by far: a record past it is not one this app wrote. */
export const RESULTS_MAX = 2000;
export const SESSION_NAME_MAX = 80;

/** Why a session name can't be stored, in words, or undefined when it can (after trimming). */
export function sessionNameProblem(name: string): string | undefined {
	const trimmed = name.trim();
	if (trimmed.length === 0) return 'Give the session a name.';
	if (trimmed.length > SESSION_NAME_MAX)
		return `A session name fits in ${SESSION_NAME_MAX} characters.`;
	return undefined;
}

const time = v.pipe(v.number(), v.finite(), v.minValue(0));

/** One collected result: the student's result code (its symbols), who, and when it arrived. */
export interface StoredResult {
	code: string;
	nickname: string;
	receivedAt: number;
	/** When the teacher set it aside (a duplicate they chose against); null while it counts. */
	removedAt: number | null;
}

/** A class session as stored. */
export interface StoredClassSession {
	schema: typeof SCHEMA_VERSION;
	id: string;
	name: string;
	/** The class code (grouped), which holds the quiz's recipe and time per question. */
	code: string;
	createdAt: number;
	results: StoredResult[];
}

const ResultSchema = v.object({
	code: v.pipe(v.string(), v.regex(/^[0-9A-Z]{16,2000}$/)),
	nickname: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
	receivedAt: time,
	removedAt: v.nullable(time)
});

export const ClassSessionSchema = v.object({
	schema: v.literal(SCHEMA_VERSION),
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{4,64}$/)),
	name: v.pipe(v.string(), v.minLength(1), v.maxLength(SESSION_NAME_MAX)),
	code: v.pipe(v.string(), v.regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=U]{4}$/)),
	createdAt: time,
	results: v.pipe(v.array(ResultSchema), v.maxLength(RESULTS_MAX))
}) satisfies v.GenericSchema<unknown, StoredClassSession>;

/** Class sessions, one record each (`class:<id>`), newest first by when they were made. */
export const classRecords = keyedRecords('class:', readClassSession, (s) => s.createdAt);

/** Checks a stored record; a damaged one is reported, never trusted. */
export function readClassSession(value: unknown): StoredClassSession | undefined {
	const result = v.safeParse(ClassSessionSchema, value);
	if (!result.success) return undefined;
	const codes = new Set(result.output.results.map((r) => r.code));
	return codes.size === result.output.results.length ? result.output : undefined;
}

/**
 * The results of both, each code once: `stored`'s first (in their order), then what `incoming`
 * adds. A result set aside in either stays set aside (the earlier time wins).
 */
export function mergeResults(
	stored: readonly StoredResult[],
	incoming: readonly StoredResult[]
): StoredResult[] {
	const byCode = new Map(stored.map((r) => [r.code, r]));
	for (const result of incoming) {
		const known = byCode.get(result.code);
		if (!known) byCode.set(result.code, result);
		else if (result.removedAt !== null && (known.removedAt ?? Infinity) > result.removedAt)
			byCode.set(result.code, { ...known, removedAt: result.removedAt });
	}
	return [...byCode.values()];
}

/** What a change came to: written, nothing to write, or refused over a damaged (or missing) record. */
export type SessionWrite = 'written' | 'unchanged' | 'damaged';

/** Why a session could not be written to, in words. */
export const DAMAGED_SESSION =
	'This class session’s record is damaged, so nothing was written over it. Export a backup from Settings to keep what can be read.';

/** Stores a new session; one already stored under the id is left as it is. */
export async function createClassSession(
	store: KeyValueStore,
	session: Omit<StoredClassSession, 'schema'>
): Promise<void> {
	const record: StoredClassSession = { ...plain(session), schema: SCHEMA_VERSION };
	await updateIfCurrent(store, [classRecords.key(session.id)], ([old]) =>
		old === undefined ? [record] : undefined
	);
}

/**
 * Changes a stored session in one transaction, reading it again inside: another tab's results
 * written since this page read it are kept. A damaged or missing record is left as it is.
 */
export async function changeClassSession(
	store: KeyValueStore,
	id: string,
	change: (session: StoredClassSession) => StoredClassSession | undefined
): Promise<SessionWrite> {
	let outcome: SessionWrite = 'unchanged';
	await updateIfCurrent(store, [classRecords.key(id)], ([old]) => {
		const current = classRecords.readOf(id, old);
		if (!current) {
			outcome = 'damaged';
			return undefined;
		}
		const next = change(current);
		if (next) outcome = 'written';
		return next && [plain(next)];
	});
	return outcome;
}

/** Adds results (by code, each once) to a stored session. */
export function addClassResults(
	store: KeyValueStore,
	id: string,
	results: readonly StoredResult[]
): Promise<SessionWrite> {
	return changeClassSession(store, id, (session) => {
		const merged = mergeResults(session.results, results);
		return merged.length === session.results.length ? undefined : { ...session, results: merged };
	});
}

/** Gives a stored session a new name (already checked by the caller); the results stay as they are. */
export function renameClassSession(
	store: KeyValueStore,
	id: string,
	name: string
): Promise<SessionWrite> {
	return changeClassSession(store, id, (session) =>
		session.name === name ? undefined : { ...session, name }
	);
}

/** Sets a result aside (a time) or brings it back (null); the result itself is never deleted. */
export function setResultRemoved(
	store: KeyValueStore,
	id: string,
	code: string,
	removedAt: number | null
): Promise<SessionWrite> {
	return changeClassSession(store, id, (session) => ({
		...session,
		results: session.results.map((r) => (r.code === code ? { ...r, removedAt } : r))
	}));
}
