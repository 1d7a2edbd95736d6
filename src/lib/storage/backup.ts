import * as v from 'valibot';
import { AttemptSchema, type StoredAttempt } from './attempts';
import { cardKey, isBucket, withCard } from './card-buckets';
import { CardRecordSchema, cardIn, type CardRecord } from './deck';
import { takeInventory } from './inventory';
import type { KeyValueStore } from './kv';
import { LogChunkSchema, newChunks, type LogChunk } from './log-chunks';
import { SCHEMA_VERSION, restamp } from './migrations';
import { chunkPrefix } from './log-chunk-key';
import { updateScanningIfCurrent } from './open';
import { SETTING_RANGES, type Settings } from './settings';

/** The type tag and version of a backup file; a newer version is refused, never guessed at. */
export const BACKUP_TYPE = 'hedged-bets-backup';
export const BACKUP_VERSION = 1;
/** Bigger than any real deck by far; a file past this is refused before it is read. */
export const BACKUP_MAX_BYTES = 50 * 1024 * 1024;

/** One setting within its allowed range (the same bounds the settings form and saveSettings use). */
function settingSchema(key: keyof Settings) {
	const { min, max, integer } = SETTING_RANGES[key];
	const number = integer ? v.pipe(v.number(), v.integer()) : v.number();
	return v.pipe(number, v.minValue(min), v.maxValue(max));
}

const SettingsSchema = v.object({
	retention: settingSchema('retention'),
	newPerDay: settingSchema('newPerDay'),
	reviewsPerDay: settingSchema('reviewsPerDay')
});

const BackupSchema = v.object({
	type: v.literal(BACKUP_TYPE),
	version: v.literal(BACKUP_VERSION),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	data: v.object({
		schemaVersion: v.literal(SCHEMA_VERSION),
		cards: v.pipe(v.array(CardRecordSchema), v.maxLength(100_000)),
		logs: v.pipe(v.array(LogChunkSchema), v.maxLength(20_000)),
		attempts: v.pipe(v.array(AttemptSchema), v.maxLength(100_000)),
		settings: SettingsSchema
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

/**
 * A backup's data brought to this schema: one exported at schema 1 (cards one record each)
 * holds the same records under an older stamp, restamped as the stored ones were.
 */
function upgradeData(json: unknown): unknown {
	const data = (json as { data?: { schemaVersion?: unknown } }).data;
	if (typeof data !== 'object' || data === null || data.schemaVersion !== 1) return json;
	const restamped = (list: unknown) =>
		Array.isArray(list) ? list.map((record) => restamp(record, 2)) : list;
	const old = data as { cards?: unknown; attempts?: unknown };
	return {
		...(json as object),
		data: {
			...data,
			schemaVersion: 2,
			cards: restamped(old.cards),
			attempts: restamped(old.attempts)
		}
	};
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
	const result = v.safeParse(BackupSchema, upgradeData(json));
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
	/** Each day's new entries (written as new chunks after the day's stored ones). */
	logs: LogChunk[];
	attempts: StoredAttempt[];
	/** The backup's settings, when they differ from the current ones. */
	settings?: Settings;
	summary: ImportSummary;
}

export interface ImportSummary {
	cardsAdded: number;
	cardsUpdated: number;
	reviewsAdded: number;
	attemptsAdded: number;
	settingsChanged: boolean;
}

const sameSettings = (a: Settings, b: Settings) =>
	a.retention === b.retention && a.newPerDay === b.newPerDay && a.reviewsPerDay === b.reviewsPerDay;

/**
 * What importing a backup would change, before anything is written: each card takes the
 * newer of the two states; log entries and attempts are added when their id is new; the
 * backup's settings replace the current ones when they differ. Linear in the size of both.
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

	const knownEntries = new Set<string>();
	for (const chunk of current.logs) for (const entry of chunk.entries) knownEntries.add(entry.id);
	// Keyed by day, so a backup listing one day twice still makes one chunk, not two writes of it.
	const changedDays = new Map<string, LogChunk['entries']>();
	let reviewsAdded = 0;
	for (const chunk of incoming.logs) {
		for (const entry of chunk.entries) {
			if (knownEntries.has(entry.id)) continue;
			knownEntries.add(entry.id);
			reviewsAdded++;
			let entries = changedDays.get(chunk.day);
			if (!entries) changedDays.set(chunk.day, (entries = []));
			entries.push(entry);
		}
	}
	const logs = [...changedDays].map(([day, entries]) => ({ day, entries }));

	const knownAttempts = new Set(current.attempts.map((a) => a.id));
	const attempts: StoredAttempt[] = [];
	for (const attempt of incoming.attempts) {
		if (knownAttempts.has(attempt.id)) continue;
		knownAttempts.add(attempt.id);
		attempts.push(attempt);
	}

	const settingsChanged = !sameSettings(current.settings, incoming.settings);
	return {
		cards,
		logs,
		attempts,
		...(settingsChanged ? { settings: { ...incoming.settings } } : {}),
		summary: {
			cardsAdded,
			cardsUpdated,
			reviewsAdded,
			attemptsAdded: attempts.length,
			settingsChanged
		}
	};
}

/**
 * Plans an import against what is stored now. Damaged records, and the damaged entries of a
 * day, are kept as they are (reported in Settings): a day's new entries go into new chunks.
 */
export async function prepareImport(
	store: KeyValueStore,
	incoming: BackupData
): Promise<ImportPlan> {
	return planImport((await takeInventory(store)).data, incoming);
}

/**
 * Writes an import plan in one transaction, a failure leaving everything as it was. Each record
 * is checked again inside it, against what is stored by then: a card another tab studied since
 * the preview keeps its newer state, a review already stored (by entry id) is not added again, a
 * quiz already there stays, and a damaged record (a bucket, a card entry, a log record) is kept
 * as it is rather than written over.
 */
export async function applyImport(store: KeyValueStore, plan: ImportPlan): Promise<void> {
	const buckets = new Map<string, CardRecord[]>();
	for (const card of plan.cards)
		buckets.set(cardKey(card.id), [...(buckets.get(cardKey(card.id)) ?? []), card]);
	const bucketKeys = [...buckets.keys()];
	const keys = [
		...bucketKeys,
		...plan.attempts.map((attempt) => `attempt:${attempt.id}`),
		...(plan.settings ? ['settings'] : [])
	];
	// Every chunk of each day, read in the writing transaction: the new chunks go after them.
	const scans = plan.logs.map((chunk) => ({ prefix: chunkPrefix(chunk.day), until: () => false }));
	if (!keys.length && !scans.length) return;
	await updateScanningIfCurrent(store, keys, scans, (old, walked) => {
		let at = 0;
		const values = [
			...bucketKeys.map((key) => mergeCards(old[at++], buckets.get(key)!)),
			...plan.attempts.map((attempt) => (old[at++] === undefined ? attempt : undefined)),
			...(plan.settings ? [plan.settings] : [])
		];
		const put = plan.logs.flatMap((chunk, i) =>
			newChunks(chunk.day, walked[i] ?? [], chunk.entries)
		);
		return { values, put };
	});
}

/** A bucket with the incoming cards that are newer than what it holds; undefined: unchanged. */
function mergeCards(bucket: unknown, cards: CardRecord[]): unknown {
	if (bucket !== undefined && !isBucket(bucket)) return undefined;
	let merged = bucket;
	for (const card of cards) {
		const stored = cardIn(merged, card.id);
		const damaged = !stored && isBucket(merged) && Object.hasOwn(merged, card.id);
		if (damaged || (stored && stored.updatedAt >= card.updatedAt)) continue;
		merged = withCard(merged, card.id, card);
	}
	return merged === bucket ? undefined : merged;
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
