import * as v from 'valibot';
import type { AnyKind } from './kind';
import { countRecords, type DamagedRecord, type RecordCount } from './inventory';
import { KINDS, type BackupData, type KindChanges } from './kinds';
import { SCHEMA_VERSION } from './migrations';

// The backup file format, pure: its schema (built from the record kinds), reading a file's
// text, and planning an import. Reading and writing the store is backup.ts.

/** The type tag and version of a backup file; a newer version is refused, never guessed at. */
export const BACKUP_TYPE = 'hedged-bets-backup';
export const BACKUP_VERSION = 1;
/** Bigger than any real deck by far; a file past this is refused before it is read. */
export const BACKUP_MAX_BYTES = 50 * 1024 * 1024;
/**
 * Far deeper than any backup of this app nests (about 10 levels); IndexedDB's structured clone
 * gives up on a few thousand, so a file past this is refused at the check, not at the write.
 */
export const BACKUP_MAX_DEPTH = 100;

export interface Backup {
	type: typeof BACKUP_TYPE;
	version: typeof BACKUP_VERSION;
	exportedAt: string;
	data: BackupData;
}

export type BackupParse = { ok: true; backup: Backup } | { ok: false; message: string };

/** What importing a backup would change, kind by kind (each kind's merge rule decides). */
export interface ImportPlan {
	changes: KindChanges;
	/**
	 * What is stored once the plan is written, counted kind by kind: what was counted when it
	 * was planned, plus what it adds. So the page shows the new counts without reading every
	 * record again (a plan is made again whenever another tab changes what is stored).
	 */
	after: RecordCount[];
}

function backupSchema(kinds: readonly AnyKind[]) {
	return v.object({
		type: v.literal(BACKUP_TYPE),
		version: v.literal(BACKUP_VERSION),
		exportedAt: v.pipe(v.string(), v.isoTimestamp()),
		data: v.object({
			schemaVersion: v.literal(SCHEMA_VERSION),
			...Object.fromEntries(kinds.map((kind) => [kind.name, kind.schema]))
		})
	});
}

const SCHEMA = backupSchema(KINDS);

/** A backup file of everything stored, as JSON text; each kind writes its data its own way. */
export function exportBackup(
	data: BackupData,
	now: Date,
	kinds: readonly AnyKind[] = KINDS
): string {
	const file: Record<string, unknown> = { ...data };
	for (const kind of kinds)
		if (kind.file && file[kind.name] !== undefined) file[kind.name] = kind.file(file[kind.name]);
	return JSON.stringify({
		type: BACKUP_TYPE,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		data: file
	});
}

/**
 * A backup's data brought to this schema: one exported at schema 1 (cards one record each)
 * holds the same records under an older stamp, which each kind brings up to date.
 */
function upgradeData(json: unknown, kinds: readonly AnyKind[]): unknown {
	const data = (json as { data?: Record<string, unknown> }).data;
	if (typeof data !== 'object' || data === null || data.schemaVersion !== 1) return json;
	const upgraded: Record<string, unknown> = { ...data, schemaVersion: 2 };
	for (const kind of kinds)
		if (kind.upgrade) upgraded[kind.name] = kind.upgrade(data[kind.name], 1);
	return { ...(json as object), data: upgraded };
}

/** Whether a parsed JSON value nests objects and arrays deeper than `limit` levels. */
function deeperThan(json: unknown, limit: number): boolean {
	// A loop over a stack, not recursion: the point is to survive data nested past the call stack.
	// Lists by index and objects by `for…in` over JSON's own keys: no array per object of a
	// 100,000-review log, and no string key per list item (`for…in` over a list makes one each).
	const values: object[] = [json as object];
	const depths: number[] = [1];
	while (values.length) {
		const value = values.pop()!;
		const depth = depths.pop()!;
		if (depth > limit) return true;
		if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) {
				const child: unknown = value[i];
				if (typeof child === 'object' && child !== null) {
					values.push(child);
					depths.push(depth + 1);
				}
			}
			continue;
		}
		for (const key in value) {
			const child = (value as Record<string, unknown>)[key];
			if (typeof child === 'object' && child !== null) {
				values.push(child);
				depths.push(depth + 1);
			}
		}
	}
	return false;
}

const refused = (reason: string) => ({
	ok: false as const,
	message: `This backup is damaged (${reason}). Nothing was imported.`
});

/** Reads a backup file's text; says plainly why a file is refused. */
export function parseBackup(text: string, kinds: readonly AnyKind[] = KINDS): BackupParse {
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
	if (deeperThan(json, BACKUP_MAX_DEPTH))
		return refused(
			`its data is nested more than ${BACKUP_MAX_DEPTH} levels deep, far deeper than any backup of this app, and too deep for the browser to store`
		);
	const schema = kinds === KINDS ? SCHEMA : backupSchema(kinds);
	const result = v.safeParse(schema, upgradeData(json, kinds));
	if (!result.success) {
		const issue = result.issues[0];
		const where = issue?.path?.map((p) => String(p.key)).join('.') ?? 'the file';
		return refused(`${where}: ${issue?.message}`);
	}
	return { ok: true, backup: result.output as Backup };
}

/**
 * What importing a backup would change, before anything is written: each kind's merge rule
 * (cards take the newer state; reviews and quizzes are added when their id is new; settings
 * are replaced when they differ). Pure, linear in the size of both.
 */
export function planImport(
	current: BackupData,
	incoming: BackupData,
	kinds: readonly AnyKind[] = KINDS,
	damaged: readonly DamagedRecord[] = []
): ImportPlan {
	const mine = current as unknown as Record<string, unknown>;
	const theirs = incoming as unknown as Record<string, unknown>;
	const damagedOf = (kind: AnyKind) =>
		new Set(damaged.filter((record) => record.kind === kind.label).map((record) => record.key));
	const changes = Object.fromEntries(
		kinds.map((kind) => [kind.name, kind.plan(mine[kind.name], theirs[kind.name], damagedOf(kind))])
	) as Record<string, { added: number }>;
	return {
		changes: changes as unknown as KindChanges,
		after: countRecords(current, kinds, changes)
	};
}

/** A date's day on the device's calendar, as YYYY-MM-DD (for file names). */
export function localDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The file name a backup downloads as, dated by the device's calendar. */
export function backupFileName(now: Date): string {
	return `hedged-bets-backup-${localDay(now)}.json`;
}
