import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyImport, prepareImport } from './backup';
import { exportBackup, parseBackup, planImport } from './backup-format';
import type { BackupData } from './kinds';
import { cardKey } from './card-buckets';
import { inBuckets, storedCard, storedLog } from './fixtures/card-record';
import { attemptRecord } from './fixtures/attempt-record';
import { logEntry } from './fixtures/log-entry';
import type { LogEntry } from './log-entry';
import { indexedDbStore } from './kv';
import { plantMany } from '$lib/storage/fixtures/plant';
import { card, data, empty, now, summaryOf } from './fixtures/backup-data';

// A backup's records one by one: their dates in the file, the checks an import makes again as
// it writes, and the review-log entries it refuses.

describe('dates in a backup file', () => {
	it('are written as milliseconds since 1970, and read back as Dates', () => {
		const file = JSON.parse(exportBackup(data(), now));
		expect(file.exportedAt).toBe('2026-03-03T12:00:00.000Z');
		expect(file.data.cards[0].card.due).toBe(data().cards[0]!.card.due.getTime());
		expect(file.data.logs[0].entries[0].review).toBe(logEntry('r1').review.getTime());
		const parsed = parseBackup(JSON.stringify(file));
		if (!parsed.ok) throw new Error(parsed.message);
		expect(parsed.backup.data.cards[0]!.card.due).toBeInstanceOf(Date);
		expect(parsed.backup.data).toEqual(data());
	});

	it('regression: a backup from before they were milliseconds (ISO strings) still imports whole', () => {
		const older = JSON.stringify({
			type: 'hedged-bets-backup',
			version: 1,
			exportedAt: now.toISOString(),
			data: data()
		});
		expect(older).toContain('"review":"2026-');
		const parsed = parseBackup(older);
		if (!parsed.ok) throw new Error(parsed.message);
		expect(parsed.backup.data).toEqual(data());
		expect(parsed.backup.data.logs[0]!.entries[0]!.due).toBeInstanceOf(Date);
	});

	it('keep out a field a stored record holds beyond what storage checks', () => {
		const extra = { ...logEntry('r1'), note: 'not a field of an entry' } as LogEntry;
		const file = exportBackup({ ...data(), logs: [{ day: '2026-03-02', entries: [extra] }] }, now);
		expect(file).not.toContain('note');
	});
});

it('a plan counts what is stored once it is written: what was there, plus what it adds', () => {
	const current: BackupData = {
		...empty(),
		cards: [card('border-length', 3000)],
		logs: [{ day: '2026-03-02', entries: [logEntry('r1')] }]
	};
	const after = planImport(current, data()).after.map(({ noun, n }) => [noun[1], n]);
	expect(after).toEqual([
		['cards', 2],
		['reviews', 2],
		['quizzes', 1],
		['class sessions', 0]
	]);
});

it('accepts a backup exported at schema 1 (one record a card) and restamps its records', () => {
	const current = JSON.parse(exportBackup({ ...empty(), cards: [card('border-length', 5)] }, now));
	const old = structuredClone(current);
	old.data.schemaVersion = 1;
	old.data.cards[0].schema = 1;
	const parsed = parseBackup(JSON.stringify(old));
	if (!parsed.ok) throw new Error(parsed.message);
	expect(parsed.backup.data.schemaVersion).toBe(2);
	expect(parsed.backup.data.cards[0]).toEqual(card('border-length', 5));
});

describe('an import checks each record again as it writes', () => {
	it('keeps a card another tab studied after the preview, and that tab’s log entries', async () => {
		const store = indexedDbStore('backup-import-race', 'data');
		const incoming: BackupData = {
			...empty(),
			cards: [card('border-length', 2000)],
			logs: [{ day: '2026-03-02', entries: [logEntry('from-backup')] }]
		};
		const plan = await prepareImport(store, incoming);
		// Another tab, between the preview and the click on Import:
		await plantMany(store, [
			...inBuckets([['border-length', card('border-length', 3000)]]),
			['log:2026-03-02#000000', [logEntry('reviewed-meanwhile')]]
		]);
		await applyImport(store, plan);
		expect(await storedCard(store, 'border-length')).toEqual(card('border-length', 3000));
		expect(await storedLog(store, '2026-03-02')).toEqual([
			logEntry('reviewed-meanwhile'),
			logEntry('from-backup')
		]);
	});

	it('adds no review twice when another tab imported the same backup after the preview', async () => {
		const store = indexedDbStore('backup-import-twice', 'data');
		await plantMany(store, [['log:2026-03-02#000000', [logEntry('r0')]]]);
		const incoming: BackupData = {
			...empty(),
			logs: [{ day: '2026-03-02', entries: [logEntry('r0'), logEntry('r1'), logEntry('r2')] }]
		};
		const plan = await prepareImport(store, incoming);
		expect(summaryOf(plan).reviewsAdded).toBe(2);
		// Two tabs confirm the same preview: the second finds the entries by id in its transaction.
		await applyImport(store, plan);
		await applyImport(store, plan);
		expect(await store.entries('log:2026-03-02')).toEqual([
			['log:2026-03-02#000000', [logEntry('r0')]],
			['log:2026-03-02#000001', [logEntry('r1'), logEntry('r2')]]
		]);
	});

	it('never writes over a damaged bucket or a damaged card entry', async () => {
		const store = indexedDbStore('backup-import-damaged', 'data');
		const damaged = { schema: 2, id: 'rahmon-age', card: 'garbage' };
		await plantMany(store, [
			...inBuckets([['rahmon-age', damaged]]),
			[cardKey('lost-bucket'), 'garbage']
		]);
		const incoming: BackupData = {
			...empty(),
			cards: [card('rahmon-age', 9000), card('lost-bucket', 9000), card('border-length', 9000)]
		};
		await applyImport(store, await prepareImport(store, incoming));
		expect(await storedCard(store, 'rahmon-age')).toEqual(damaged);
		expect(await store.get(cardKey('lost-bucket'))).toBe('garbage');
		expect(await storedCard(store, 'border-length')).toEqual(card('border-length', 9000));
	});
});

describe('review-log entries in a backup', () => {
	const withEntry = (entry: Record<string, unknown>, day = '2026-03-02') => {
		const file = JSON.parse(exportBackup(data(), now));
		file.data.logs = [
			{ day, entries: [{ ...JSON.parse(JSON.stringify(logEntry('r1'))), ...entry }] }
		];
		return JSON.stringify(file);
	};

	it.each([
		['a review that is not a date', { review: 'not a date' }],
		['a grade out of range', { rating: 99 }],
		['a grade of 0 (manual)', { rating: 0 }],
		['a state that is not a number', { state: 'x' }],
		['a state out of range', { state: 4 }],
		['a numeric card id', { cardId: 7 }],
		['a missing card id', { cardId: undefined }],
		['a due date that is not a date', { due: 'soon' }],
		['a negative stability', { stability: -1 }],
		['a difficulty past 10', { difficulty: 11 }],
		['a fractional learning step', { learning_steps: 0.5 }]
	])(
		'regression: an entry with %s is refused (entries were checked only for a string id)',
		(_, entry) => {
			const parsed = parseBackup(withEntry(entry));
			expect(parsed.ok).toBe(false);
			if (!parsed.ok)
				expect(parsed.message).toMatch(/damaged \(data\.logs\.0: is not a day of the review log/);
		}
	);

	it('name the review and the field that fails', () => {
		const file = JSON.parse(withEntry({}));
		file.data.logs[0].entries.push({ ...file.data.logs[0].entries[0], id: 'r2', rating: 9 });
		const parsed = parseBackup(JSON.stringify(file));
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(parsed.message).toMatch(
				/: its review 2 fails its check of rating\)\. Nothing was imported/
			);
	});

	it.each(['2026-13-45', '2026-02-30', '2026-3-2'])(
		'regression: a day that is not on the calendar (%s) is refused',
		(day) => {
			expect(parseBackup(withEntry({}, day)).ok).toBe(false);
		}
	);

	it('regression: entries restored from a backup come back with real Dates, not strings', () => {
		const parsed = parseBackup(withEntry({}));
		if (!parsed.ok) throw new Error(parsed.message);
		const [entry] = parsed.backup.data.logs[0]!.entries;
		expect(entry!.review).toBeInstanceOf(Date);
		expect(entry!.due).toBeInstanceOf(Date);
		expect(entry).toEqual(logEntry('r1'));
	});
});

describe('a damaged record on this device', () => {
	it('regression: an import onto a damaged card counted it as added; it is kept as it is, and said so', async () => {
		const store = indexedDbStore('backup-onto-damaged-card', 'data');
		const damaged = { schema: 2, id: 'border-length', card: 'garbage' };
		await plantMany(store, inBuckets([['border-length', damaged]]));
		// The damaged card's id twice: still one card left as it is.
		const incoming: BackupData = {
			...empty(),
			cards: [card('border-length', 3000), card('rahmon-age', 3000), card('border-length', 4000)]
		};
		const plan = await prepareImport(store, incoming);
		expect(plan.changes.cards).toMatchObject({ added: 1, updated: 0, kept: 1 });
		expect(plan.after.find((count) => count.noun[0] === 'card')?.n).toBe(1);
		await applyImport(store, plan);
		expect((await store.get(cardKey('border-length'))) as object).toMatchObject({
			'border-length': damaged
		});
		expect(await storedCard(store, 'rahmon-age')).toEqual(card('rahmon-age', 3000));
	});

	it('regression: an import onto a damaged bucket or quiz counted them as added', async () => {
		const store = indexedDbStore('backup-onto-damaged-records', 'data');
		await plantMany(store, [
			[cardKey('border-length'), 'garbage'],
			['attempt:q-damaged', { schema: 2, id: 'q-damaged' }]
		]);
		const incoming: BackupData = {
			...empty(),
			cards: [card('border-length', 3000)],
			attempts: [attemptRecord('q-damaged'), attemptRecord('q-new')]
		};
		const plan = await prepareImport(store, incoming);
		expect(plan.changes.cards).toMatchObject({ added: 0, kept: 1 });
		expect(plan.changes.attempts).toMatchObject({ added: 1, kept: 1 });
		await applyImport(store, plan);
		expect(await store.get(cardKey('border-length'))).toBe('garbage');
		expect(await store.get('attempt:q-damaged')).toEqual({ schema: 2, id: 'q-damaged' });
		expect(await store.get('attempt:q-new')).toEqual(attemptRecord('q-new'));
	});
});
