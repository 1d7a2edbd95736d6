import { plant } from '$lib/storage/fixtures/plant';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyImport, prepareImport } from './backup';
import { exportBackup, parseBackup } from './backup-format';
import {
	addClassResults,
	classRecords,
	createClassSession,
	mergeResults,
	setResultRemoved,
	type StoredResult
} from './class-sessions';
import { takeInventory } from './inventory';
import { indexedDbStore } from './kv';
import { prepareStore } from './open';

const now = new Date('2026-12-01T09:00:00Z');
const result = (code: string, nickname: string, receivedAt = 1): StoredResult => ({
	code,
	nickname,
	receivedAt,
	removedAt: null
});
const session = (id: string, results: StoredResult[] = []) => ({
	id,
	name: 'Period 3, 1 December',
	code: '4JG0-008C-Y9JE',
	createdAt: now.getTime(),
	results
});

let n = 0;
async function freshStore() {
	const store = indexedDbStore(`class-${++n}`, 'data');
	await prepareStore(store);
	return store;
}

describe('class sessions in storage', () => {
	it('adds each result code once, keeping what another tab added meanwhile', async () => {
		const store = await freshStore();
		await createClassSession(store, session('s0001'));
		await addClassResults(store, 's0001', [result('A'.repeat(20), 'Aziz')]);
		// Another tab's result, then ours again with a new one: both stay, the repeat once.
		await addClassResults(store, 's0001', [result('B'.repeat(20), 'Nilufar')]);
		await addClassResults(store, 's0001', [
			result('A'.repeat(20), 'Aziz', 5),
			result('C'.repeat(20), 'Aziz')
		]);
		const stored = await classRecords.get(store, 's0001');
		expect(stored?.results.map((r) => r.nickname)).toEqual(['Aziz', 'Nilufar', 'Aziz']);
		expect(stored?.results[0]?.receivedAt).toBe(1);
	});

	it('sets a result aside and brings it back without deleting it', async () => {
		const store = await freshStore();
		await createClassSession(store, session('s0002', [result('A'.repeat(20), 'Aziz')]));
		await setResultRemoved(store, 's0002', 'A'.repeat(20), 42);
		expect((await classRecords.get(store, 's0002'))?.results[0]?.removedAt).toBe(42);
		await setResultRemoved(store, 's0002', 'A'.repeat(20), null);
		expect((await classRecords.get(store, 's0002'))?.results[0]?.removedAt).toBeNull();
	});

	it('regression: a damaged session record is set aside, reported and never written over', async () => {
		const store = await freshStore();
		await createClassSession(store, session('s0003'));
		await plant(store, classRecords.key('s0004'), { id: 's0004', name: 'half a record' });
		const { records: sessions, corrupt } = await classRecords.list(store);
		expect(sessions.map((s) => s.id)).toEqual(['s0003']);
		expect(corrupt).toEqual([classRecords.key('s0004')]);
		const { damaged } = await takeInventory(store);
		expect(damaged).toEqual([{ key: classRecords.key('s0004'), kind: 'class session' }]);
		expect(await addClassResults(store, 's0004', [result('A'.repeat(20), 'Aziz')])).toBe('damaged');
		expect(await store.get(classRecords.key('s0004'))).toEqual({
			id: 's0004',
			name: 'half a record'
		});
	});

	it('regression: a session stored under another one’s key was trusted, listed and changed', async () => {
		const store = await freshStore();
		const other = { ...session('s0005'), schema: 2 };
		await plant(store, classRecords.key('s0006'), other);
		// The same record under its own key passes.
		await plant(store, classRecords.key('s0005'), other);
		const { records, corrupt } = await classRecords.list(store);
		expect(records).toEqual([other]);
		expect(corrupt).toEqual([classRecords.key('s0006')]);
		expect(await addClassResults(store, 's0006', [result('A'.repeat(20), 'Aziz')])).toBe('damaged');
		expect(await store.get(classRecords.key('s0006'))).toEqual(other);
	});

	it('travels through a backup and merges into a store that has collected more', async () => {
		const source = await freshStore();
		await createClassSession(
			source,
			session('s0005', [result('A'.repeat(20), 'Aziz'), result('B'.repeat(20), 'Nilufar')])
		);
		const parsed = parseBackup(exportBackup((await takeInventory(source)).data, now));
		if (!parsed.ok) throw new Error(parsed.message);
		expect(parsed.backup.data.classSessions).toHaveLength(1);

		const target = await freshStore();
		await createClassSession(target, session('s0005', [result('C'.repeat(20), 'Davron')]));
		const plan = await prepareImport(target, parsed.backup.data);
		expect(plan.changes.classSessions).toMatchObject({ added: 0, updated: 1 });
		await applyImport(target, plan);
		const stored = await classRecords.get(target, 's0005');
		expect(stored?.results.map((r) => r.nickname)).toEqual(['Davron', 'Aziz', 'Nilufar']);

		const again = await prepareImport(target, parsed.backup.data);
		expect(again.changes.classSessions).toMatchObject({ added: 0, updated: 0 });
	});

	it('reads a backup made before class sessions existed as holding none', async () => {
		const source = await freshStore();
		const { classSessions, ...older } = (await takeInventory(source)).data;
		expect(classSessions).toEqual([]);
		const parsed = parseBackup(exportBackup(older as never, now));
		expect(parsed.ok && parsed.backup.data.classSessions).toEqual([]);
	});

	it('keeps a result set aside in either copy set aside when merging', () => {
		const a = result('A'.repeat(20), 'Aziz');
		expect(mergeResults([a], [{ ...a, removedAt: 9 }])[0]?.removedAt).toBe(9);
		expect(mergeResults([{ ...a, removedAt: 3 }], [{ ...a, removedAt: 9 }])[0]?.removedAt).toBe(3);
	});
});
