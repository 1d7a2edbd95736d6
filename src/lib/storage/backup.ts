import * as v from 'valibot';
import { AttemptSchema, type Attempt } from './attempts';
import { CardRecordSchema, type CardRecord } from './deck';
import type { KeyValueStore } from './kv';
import { SCHEMA_VERSION } from './migrations';

/** The type tag and version of a backup file; a newer version is refused, never guessed at. */
export const BACKUP_TYPE = 'hedged-bets-backup';
export const BACKUP_VERSION = 1;
/** Bigger than any real deck by far; a file past this is refused before it is read. */
export const BACKUP_MAX_BYTES = 50 * 1024 * 1024;

const LogChunkSchema = v.object({
	day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
	entries: v.pipe(v.array(v.looseObject({ id: v.string() })), v.maxLength(100_000))
});

const BackupSchema = v.object({
	type: v.literal(BACKUP_TYPE),
	version: v.literal(BACKUP_VERSION),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	data: v.object({
		schemaVersion: v.literal(SCHEMA_VERSION),
		cards: v.pipe(v.array(CardRecordSchema), v.maxLength(100_000)),
		logs: v.pipe(v.array(LogChunkSchema), v.maxLength(20_000)),
		attempts: v.pipe(v.array(AttemptSchema), v.maxLength(100_000))
	})
});

export type Backup = v.InferOutput<typeof BackupSchema>;
export type BackupData = Backup['data'];

export type BackupParse = { ok: true; backup: Backup } | { ok: false; message: string };

/** A backup file of everything stored, as JSON text. */
export function exportBackup(data: BackupData, now: Date): string {
	return JSON.stringify({
		type: BACKUP_TYPE,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		data
	});
}

/** Reads a backup file's text; says plainly why a file is refused. */
export function parseBackup(text: string): BackupParse {
	if (text.length > BACKUP_MAX_BYTES)
		return { ok: false, message: 'This file is too large to be a backup of this app.' };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return {
			ok: false,
			message: 'This file is not a backup: it is not valid JSON (it may be cut short).'
		};
	}
	const tagged = json as { type?: unknown; version?: unknown } | null;
	if (typeof tagged !== 'object' || tagged === null || tagged.type !== BACKUP_TYPE)
		return { ok: false, message: 'This file is not a Hedged Bets backup.' };
	if (typeof tagged.version === 'number' && tagged.version > BACKUP_VERSION)
		return {
			ok: false,
			message: 'This backup was made by a newer version of the app. Update the app, then import it.'
		};
	const result = v.safeParse(BackupSchema, json);
	if (!result.success) {
		const issue = result.issues[0];
		const where = issue?.path?.map((p) => String(p.key)).join('.') ?? 'the file';
		return {
			ok: false,
			message: `This backup is damaged (${where}: ${issue?.message}). Nothing was imported.`
		};
	}
	const ids = result.output.data.cards.map((c) => c.id);
	if (new Set(ids).size !== ids.length)
		return {
			ok: false,
			message: 'This backup is damaged (a card appears twice). Nothing was imported.'
		};
	return { ok: true, backup: result.output };
}

export interface ImportPlan {
	cards: CardRecord[];
	logs: { day: string; entries: { id: string }[] }[];
	attempts: Attempt[];
	summary: {
		cardsAdded: number;
		cardsUpdated: number;
		reviewsAdded: number;
		attemptsAdded: number;
	};
}

/**
 * What importing a backup would change, before anything is written: each card takes the
 * newer of the two states; log entries and attempts are added when their id is new.
 */
export function planImport(current: BackupData, incoming: BackupData): ImportPlan {
	const stored = new Map(current.cards.map((c) => [c.id, c]));
	const cards: CardRecord[] = [];
	let cardsAdded = 0;
	let cardsUpdated = 0;
	for (const card of incoming.cards) {
		const mine = stored.get(card.id);
		if (!mine) cardsAdded++;
		else if (card.updatedAt > mine.updatedAt) cardsUpdated++;
		else continue;
		cards.push(card);
	}
	const knownEntries = new Set(current.logs.flatMap((chunk) => chunk.entries.map((e) => e.id)));
	const currentDays = new Map(current.logs.map((chunk) => [chunk.day, chunk.entries]));
	const logs: ImportPlan['logs'] = [];
	let reviewsAdded = 0;
	for (const chunk of incoming.logs) {
		const fresh = chunk.entries.filter((e) => !knownEntries.has(e.id));
		if (fresh.length === 0) continue;
		fresh.forEach((e) => knownEntries.add(e.id));
		reviewsAdded += fresh.length;
		logs.push({ day: chunk.day, entries: [...(currentDays.get(chunk.day) ?? []), ...fresh] });
	}
	const knownAttempts = new Set(current.attempts.map((a) => a.id));
	const attempts = incoming.attempts.filter((a) => !knownAttempts.has(a.id));
	return {
		cards,
		logs,
		attempts,
		summary: { cardsAdded, cardsUpdated, reviewsAdded, attemptsAdded: attempts.length }
	};
}

/** Writes an import plan in one transaction: a failure leaves everything as it was. */
export async function applyImport(store: KeyValueStore, plan: ImportPlan): Promise<void> {
	await store.setMany([
		...plan.cards.map((card): [string, unknown] => [`card:${card.id}`, card]),
		...plan.logs.map((chunk): [string, unknown] => [`log:${chunk.day}`, chunk.entries]),
		...plan.attempts.map((attempt): [string, unknown] => [`attempt:${attempt.id}`, attempt])
	]);
}
