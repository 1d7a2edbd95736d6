import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { plantMany } from '$lib/storage/fixtures/plant';
import { describe, expect, it } from 'vitest';
import { applyImport, prepareImport } from './backup';
import { exportBackup, parseBackup } from './backup-format';
import type { RecordKind } from './kind';
import { KINDS, type BackupData } from './kinds';
import { takeInventory } from './inventory';
import { indexedDbStore } from './kv';
import { readRecords } from './records';
import { DEFAULT_SETTINGS } from './settings';

// A new kind of record is its own file and one entry in KINDS. This fixture kind (class
// sessions, as issue 11 will add) is declared here and nowhere else, and passed in as that list
// would hold it: inventory, the damaged report, export, the check, the preview and the import
// all handle it with no other change.

interface Session {
	id: string;
	name: string;
}

const readSession = (value: unknown): Session | undefined => {
	const result = v.safeParse(v.object({ id: v.string(), name: v.string() }), value);
	return result.success ? result.output : undefined;
};

const sessionsKind: RecordKind<'sessions', Session[], Session> = {
	name: 'sessions',
	prefix: 'session:',
	label: 'class session',
	noun: ['class session', 'class sessions'],
	schema: v.array(v.object({ id: v.string(), name: v.string() })),
	load: (store) => readRecords(store, 'session:', (_, value) => readSession(value)),
	count: (sessions) => sessions.length,
	plan(current, incoming) {
		const known = new Set(current.map((s) => s.id));
		const records = incoming.filter((s) => !known.has(s.id));
		return { records, added: records.length, updated: 0 };
	},
	writes: (sessions) =>
		sessions.map((session) => [
			`session:${session.id}`,
			(stored) => (stored === undefined ? session : undefined)
		])
};

const kinds = [...KINDS, sessionsKind];
const now = new Date('2026-03-03T12:00:00Z');

describe('a record kind declared once', () => {
	it('travels through inventory, damaged report, export, check, preview and import', async () => {
		const source = indexedDbStore('kinds-source', 'data');
		await plantMany(source, [
			['session:s1', { id: 's1', name: 'Class 9B' }],
			['session:s2', 'damaged']
		]);
		const { data, damaged } = await takeInventory(source, kinds);
		const sessions = (data as unknown as { sessions: Session[] }).sessions;
		expect(sessions).toEqual([{ id: 's1', name: 'Class 9B' }]);
		expect(damaged).toEqual([{ key: 'session:s2', kind: 'class session' }]);

		const parsed = parseBackup(exportBackup(data, now), kinds);
		if (!parsed.ok) throw new Error(parsed.message);
		expect((parsed.backup.data as unknown as { sessions: Session[] }).sessions).toEqual(sessions);

		const target = indexedDbStore('kinds-target', 'data');
		const plan = await prepareImport(target, parsed.backup.data, kinds);
		const changes = plan.changes as unknown as Record<string, { added: number }>;
		expect(changes.sessions!.added).toBe(1);
		await applyImport(target, plan, kinds);
		expect(await target.get('session:s1')).toEqual({ id: 's1', name: 'Class 9B' });

		// A second import adds nothing: the kind's own merge rule.
		const again = await prepareImport(target, parsed.backup.data, kinds);
		expect((again.changes as unknown as Record<string, { added: number }>).sessions!.added).toBe(0);
	});

	it('is checked in a backup by its own schema', () => {
		const data = {
			schemaVersion: 2,
			cards: [],
			logs: [],
			attempts: [],
			settings: DEFAULT_SETTINGS,
			sessions: [{ id: 's1' }]
		} as unknown as BackupData;
		const parsed = parseBackup(exportBackup(data, now), kinds);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.message).toMatch(/data\.sessions\.0\.name/);
	});

	it('every kind of the app has its own prefix and label', () => {
		expect(new Set(KINDS.map((kind) => kind.prefix)).size).toBe(KINDS.length);
		expect(new Set(KINDS.map((kind) => kind.label)).size).toBe(KINDS.length);
		expect(KINDS.map((kind) => kind.name)).toEqual([
			'cards',
			'logs',
			'attempts',
			'settings',
			'classSessions'
		]);
	});
});
