import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyImport, prepareImport } from './backup';
import { backupFileName, exportBackup, parseBackup, planImport } from './backup-format';
import type { CardRecord } from './card-record';
import type { BackupData } from './kinds';
import { inBuckets, storedCard } from './fixtures/card-record';
import { attemptRecord } from './fixtures/attempt-record';
import { logEntry } from './fixtures/log-entry';
import { readBackupData } from './inventory';
import { indexedDbStore } from './kv';
import { DEFAULT_SETTINGS, loadSettings } from './settings';
import { saveSettings } from './settings-save';
import { plantMany, unplant } from '$lib/storage/fixtures/plant';
import { NOTHING_CHANGES, card, data, empty, now, summaryOf } from './fixtures/backup-data';

describe('backups', () => {
	it('round-trip', () => {
		const parsed = parseBackup(exportBackup(data(), now));
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(parsed.backup.data).toEqual(data());
	});

	it.each([
		['not JSON', '{"type": "hedged', /not valid JSON/],
		['another app’s file', '{"type":"anki"}', /not a Hedged Bets backup/],
		['a newer backup', JSON.stringify({ type: 'hedged-bets-backup', version: 9 }), /newer version/],
		[
			'a damaged card',
			exportBackup(
				{ ...data(), cards: [{ ...card('x', 1), card: {} as CardRecord['card'] }] },
				now
			),
			/damaged/
		],
		[
			'a card twice',
			exportBackup({ ...data(), cards: [card('x', 1), card('x', 2)] }, now),
			/appears twice/
		],
		[
			'an absurd stability',
			exportBackup(
				{
					...data(),
					cards: [{ ...card('x', 1), card: { ...card('x', 1).card, stability: 1e308 } }]
				},
				now
			),
			/damaged/
		],
		[
			'a desired retention out of range',
			exportBackup({ ...data(), settings: { ...data().settings, retention: 0.99 } }, now),
			/damaged \(data\.settings\.retention/
		],
		[
			'a fractional daily limit',
			exportBackup({ ...data(), settings: { ...data().settings, newPerDay: 2.5 } }, now),
			/damaged \(data\.settings\.newPerDay/
		],
		[
			'no settings',
			JSON.stringify({
				...JSON.parse(exportBackup(data(), now)),
				data: { ...empty(), settings: undefined }
			}),
			/damaged \(data\.settings/
		],
		[
			'a date in the year 9999',
			exportBackup(
				{
					...data(),
					cards: [{ ...card('x', 1), card: { ...card('x', 1).card, due: new Date('9999-01-01') } }]
				},
				now
			),
			/damaged/
		]
	])('refuse %s with a clear message', (_, text, message) => {
		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.message).toMatch(message);
	});

	it('preview what an import adds and merge by the latest state per card', () => {
		const current: BackupData = {
			schemaVersion: 2,
			cards: [card('border-length', 3000), card('rahmon-age', 500)],
			logs: [{ day: '2026-03-02', entries: [logEntry('r1')] }],
			attempts: [],
			classSessions: [],
			settings: data().settings
		};
		const incoming = { ...data(), cards: [...data().cards, card('new-fact', 1)] };
		const plan = planImport(current, incoming);
		expect(summaryOf(plan)).toEqual({
			cardsAdded: 1,
			cardsUpdated: 1,
			reviewsAdded: 1,
			attemptsAdded: 1,
			settingsChanged: false
		});
		expect(plan.changes.cards.records.map((c) => c.id)).toEqual(['rahmon-age', 'new-fact']);
		expect(plan.changes.logs.records).toEqual([{ day: '2026-03-02', entries: [logEntry('r2')] }]);
		expect(plan.changes.settings.records[0]).toBeUndefined();
	});

	it('replace the settings only when the backup’s differ', () => {
		const plan = planImport(empty(), data());
		expect(summaryOf(plan).settingsChanged).toBe(true);
		expect(plan.changes.settings.records[0]).toEqual(data().settings);
		expect(
			planImport({ ...empty(), settings: data().settings }, data()).changes.settings.records[0]
		).toBeUndefined();
	});

	it('merge a day listed twice, and an entry or quiz listed twice, into one write each', () => {
		const incoming: BackupData = {
			...empty(),
			logs: [
				{ day: '2026-03-02', entries: [logEntry('r1'), logEntry('r1')] },
				{ day: '2026-03-02', entries: [logEntry('r2')] }
			],
			attempts: [attemptRecord('a1b2c3d4'), attemptRecord('a1b2c3d4')]
		};
		const current: BackupData = {
			...empty(),
			logs: [{ day: '2026-03-02', entries: [logEntry('r0')] }]
		};
		const plan = planImport(current, incoming);
		expect(plan.changes.logs.records).toEqual([
			{ day: '2026-03-02', entries: [logEntry('r1'), logEntry('r2')] }
		]);
		expect(summaryOf(plan).reviewsAdded).toBe(2);
		expect(plan.changes.attempts.records).toHaveLength(1);
	});

	it('export what is stored and import it into an empty store: everything arrives, settings too', async () => {
		const source = indexedDbStore('backup-source', 'data');
		await plantMany(source, [
			...inBuckets([
				['border-length', card('border-length', 2000)],
				['rahmon-age', card('rahmon-age', 1000)],
				['broken', { schema: 2, id: 'broken', card: 'garbage' }]
			]),
			['log:2026-03-02', [logEntry('r1'), { id: 'r2', rating: 99 }]],
			['log:2026-03-03', 'not a list'],
			['attempt:a1b2c3d4', attemptRecord('a1b2c3d4')]
		]);
		await saveSettings(source, { retention: 0.95, newPerDay: 5, reviewsPerDay: 50 });
		const exported = await readBackupData(source);
		expect(exported.cards.map((c) => c.id).sort()).toEqual(['border-length', 'rahmon-age']);
		expect(exported.logs).toEqual([{ day: '2026-03-02', entries: [logEntry('r1')] }]);

		const parsed = parseBackup(exportBackup(exported, now));
		if (!parsed.ok) throw new Error(parsed.message);
		const target = indexedDbStore('backup-target', 'data');
		const plan = planImport(await readBackupData(target), parsed.backup.data);
		expect(summaryOf(plan)).toEqual({
			cardsAdded: 2,
			cardsUpdated: 0,
			reviewsAdded: 1,
			attemptsAdded: 1,
			settingsChanged: true
		});
		await applyImport(target, plan);
		expect(await readBackupData(target)).toEqual(exported);
		expect((await loadSettings(target)).settings).toEqual({
			...DEFAULT_SETTINGS,
			retention: 0.95,
			newPerDay: 5,
			reviewsPerDay: 50
		});
		const again = planImport(await readBackupData(target), parsed.backup.data);
		expect(summaryOf(again)).toEqual(NOTHING_CHANGES);
	});

	it('plan against what is stored now: a card reviewed since an earlier preview keeps its newer state', async () => {
		const store = indexedDbStore('backup-race', 'data');
		await plantMany(store, inBuckets([['border-length', card('border-length', 1000)]]));
		const incoming: BackupData = { ...empty(), cards: [card('border-length', 2000)] };
		expect(summaryOf(await prepareImport(store, incoming)).cardsUpdated).toBe(1);
		// Another tab, between the first preview and the click on Import:
		await plantMany(store, inBuckets([['border-length', card('border-length', 3000)]]));
		const plan = await prepareImport(store, incoming);
		expect(summaryOf(plan).cardsUpdated).toBe(0);
		await applyImport(store, plan);
		expect(await storedCard(store, 'border-length')).toEqual(card('border-length', 3000));
	});

	it('regression: a damaged log record is kept as it is, and the day’s new reviews are imported beside it', async () => {
		const store = indexedDbStore('backup-damaged-days', 'data');
		await plantMany(store, [
			['log:2026-03-02', [logEntry('r1'), { rating: 3 }]],
			['log:2026-03-03', 'garbage']
		]);
		const incoming: BackupData = {
			...empty(),
			logs: [
				{ day: '2026-03-02', entries: [logEntry('r1'), logEntry('r2')] },
				{ day: '2026-03-03', entries: [logEntry('r3')] }
			]
		};
		await applyImport(store, await prepareImport(store, incoming));
		expect(await store.get('log:2026-03-02')).toEqual([logEntry('r1'), { rating: 3 }]);
		expect(await store.get('log:2026-03-02#000000')).toEqual([logEntry('r2')]);
		expect(await store.get('log:2026-03-03')).toBe('garbage');
		expect(await store.get('log:2026-03-03#000000')).toEqual([logEntry('r3')]);
	});

	it('name the file after the local day', () => {
		expect(backupFileName(new Date(2026, 2, 3, 23, 59))).toBe('hedged-bets-backup-2026-03-03.json');
	});

	it('export and import 10,000 cards and 100,000 reviews in linear time', () => {
		const big: BackupData = {
			...empty(),
			cards: Array.from({ length: 10_000 }, (_, i) => card(`fact-${i}`, i)),
			logs: Array.from({ length: 100 }, (_, d) => ({
				day: `2026-01-${String((d % 28) + 1).padStart(2, '0')}`,
				entries: Array.from({ length: 1000 }, (_, i) => ({
					id: `r${d}-${i}`,
					cardId: `fact-${i}`,
					rating: 3,
					state: 2,
					due: new Date('2026-01-02T00:00:00.000Z'),
					review: new Date('2026-01-01T00:00:00.000Z')
				}))
			})),
			attempts: [],
			classSessions: []
		};
		const start = performance.now();
		const parsed = parseBackup(exportBackup(big, now));
		if (!parsed.ok) throw new Error(parsed.message);
		const half: BackupData = {
			...big,
			cards: big.cards.slice(0, 5000),
			logs: big.logs.slice(0, 50)
		};
		const plan = planImport(half, parsed.backup.data);
		const elapsed = performance.now() - start;
		expect(summaryOf(plan).cardsAdded).toBe(5000);
		expect(summaryOf(plan).reviewsAdded).toBe(50_000);
		expect(plan.changes.logs.records).toHaveLength(28);
		expect(elapsed).toBeLessThan(3000);
	});

	it('survive 1,000 mutated exports: each is refused, or applied whole; a refusal changes nothing', async () => {
		const store = indexedDbStore('backup-fuzz', 'data');
		await plantMany(store, inBuckets([['border-length', card('border-length', 5)]]));
		const valid = JSON.parse(exportBackup(data(), now));
		const mutation = fc.oneof(
			fc.record({
				kind: fc.constant('drop'),
				path: fc.constantFrom(
					'type',
					'version',
					'exportedAt',
					'data',
					'data.cards',
					'data.logs',
					'data.settings',
					'data.settings.retention'
				)
			}),
			fc.record({
				kind: fc.constant('retype'),
				path: fc.constantFrom(
					'version',
					'data.cards',
					'data.attempts',
					'data.cards.0.card.due',
					'data.cards.0.updatedAt',
					'data.settings',
					'data.settings.retention',
					'data.settings.newPerDay',
					'data.settings.reviewsPerDay'
				),
				value: fc.anything()
			}),
			fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
			fc.record({ kind: fc.constant('future'), version: fc.integer({ min: 2, max: 1000 }) }),
			fc.record({ kind: fc.constant('duplicate') }),
			fc.record({
				kind: fc.constant('absurd'),
				value: fc.constantFrom(-1, 1e308, Number.NaN, 'yesterday', '9999-99-99')
			}),
			fc.record({
				kind: fc.constant('setting'),
				key: fc.constantFrom('retention', 'newPerDay', 'reviewsPerDay'),
				value: fc.oneof(fc.double(), fc.integer({ min: -10, max: 200_000 }))
			})
		);
		const set = (target: Record<string, unknown>, path: string, value: unknown, drop = false) => {
			const keys = path.split('.');
			const last = keys.pop()!;
			const parent = keys.reduce<Record<string, unknown>>(
				(o, k) => o[k] as Record<string, unknown>,
				target
			);
			if (drop) delete parent[last];
			else parent[last] = value;
		};
		await fc.assert(
			fc.asyncProperty(mutation, async (m) => {
				const copy = structuredClone(valid);
				let text: string;
				if (m.kind === 'truncate')
					text = JSON.stringify(copy).slice(0, m.at % JSON.stringify(copy).length);
				else {
					if (m.kind === 'drop') set(copy, m.path, undefined, true);
					if (m.kind === 'retype') set(copy, m.path, m.value);
					if (m.kind === 'future') copy.version = m.version;
					if (m.kind === 'duplicate') copy.data.cards.push(copy.data.cards[0]);
					if (m.kind === 'absurd') copy.data.cards[0].card.stability = m.value;
					if (m.kind === 'setting') copy.data.settings[m.key] = m.value;
					text = JSON.stringify(copy);
				}
				await unplant(store, 'settings');
				const before = await store.entries('');
				const parsed = parseBackup(text);
				if (!parsed.ok) {
					expect(parsed.message.length).toBeGreaterThan(10);
					expect(await store.entries('')).toEqual(before);
					return;
				}
				const stored = new Map(
					await Promise.all(
						parsed.backup.data.cards.map(
							async (c) => [c.id, await storedCard(store, c.id)] as const
						)
					)
				);
				await applyImport(store, planImport(empty(), parsed.backup.data));
				// Applied whole: every card is the backup's, unless the stored one was newer.
				for (const c of parsed.backup.data.cards) {
					const before = stored.get(c.id) as { updatedAt: number } | undefined;
					const newer = before && before.updatedAt >= c.updatedAt ? before : c;
					expect(await storedCard(store, c.id)).toEqual(newer);
				}
				const { settings, notice } = await loadSettings(store);
				expect(notice).toBeUndefined();
				expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...parsed.backup.data.settings });
			}),
			{ numRuns: 1000 }
		);
	});
});

it('regression: a backup nested about 4,000 levels deep is refused at the check, naming why', async () => {
	// It used to preview as "adds 1 review", then fail at the write with "storage may be turned off".
	let deep: unknown = 'bottom';
	for (let i = 0; i < 4000; i++) deep = [deep];
	const backup = JSON.parse(exportBackup({ ...empty(), logs: [] }, now));
	backup.data.logs = [{ day: '2026-03-02', entries: [{ ...logEntry('r1'), deep }] }];
	const parsed = parseBackup(JSON.stringify(backup));
	expect(parsed.ok).toBe(false);
	if (!parsed.ok) {
		expect(parsed.message).toMatch(/nested more than 100 levels deep/);
		expect(parsed.message).toMatch(/Nothing was imported/);
	}
	// Deep, but within what any real backup nests, still passes.
	let fine: unknown = 'bottom';
	for (let i = 0; i < 90; i++) fine = [fine];
	backup.data.logs = [{ day: '2026-03-02', entries: [{ ...logEntry('r1'), fine }] }];
	expect(parseBackup(JSON.stringify(backup)).ok).toBe(true);
});

it('counts the depth of lists and objects alike, up to exactly 100 levels', () => {
	// The file is 1, data 2, logs 3, a day 4, its entries 5, an entry 6: 94 lists more make 100.
	const nest = (levels: number, inner: unknown, list: boolean) => {
		let value = inner;
		for (let i = 0; i < levels; i++) value = list ? [value] : { inner: value };
		return value;
	};
	const backup = JSON.parse(exportBackup({ ...empty(), logs: [] }, now));
	for (const list of [true, false]) {
		for (const [levels, ok] of [
			[94, true],
			[95, false]
		] as const) {
			const extra = nest(levels - 1, list ? ['bottom'] : { bottom: 1 }, list);
			backup.data.logs = [{ day: '2026-03-02', entries: [{ ...logEntry('r1'), extra }] }];
			expect(parseBackup(JSON.stringify(backup)).ok, `${levels} levels of ${list}`).toBe(ok);
		}
	}
});
