import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { cardRecord, inBuckets } from './fixtures/card-record';
import {
	countRecords,
	damagedRecordsFile,
	readBackupData,
	readDamagedValues,
	takeInventory
} from './inventory';
import { cardKey, entryName } from './card-buckets';
import { logEntry } from './fixtures/log-entry';
import { indexedDbStore } from './kv';
import { DEFAULT_SETTINGS } from './settings';
import { plantMany } from '$lib/storage/fixtures/plant';

let n = 0;
const freshStore = () => indexedDbStore(`inventory-test-${++n}`, 'data');

describe('the inventory of what is stored', () => {
	it('lists damaged cards, log chunks and quizzes by key, and changes none of them', async () => {
		const store = freshStore();
		const planted: [string, unknown][] = [
			...inBuckets([
				['border-length', { schema: 2, id: 'border-length', card: 'garbage' }],
				['rahmon-age', cardRecord({ id: 'rahmon-age' })],
				['wrong-key', cardRecord({ id: 'other-id' })]
			]),
			['log:2026-03-01', [logEntry('r1')]],
			['log:2026-03-02', [logEntry('r2'), { rating: 3 }]],
			['log:2026-03-03', { id: 'r3' }],
			['attempt:a1b2c3d4', { schema: 2, id: 'a1b2c3d4' }],
			['settings', { retention: 2 }],
			['meta', { schemaVersion: 2 }]
		];
		await plantMany(store, planted);
		const name = (id: string) => entryName(cardKey(id), id);
		const { damaged } = await takeInventory(store);
		expect(
			damaged.filter((d) => d.kind === 'card').sort((a, b) => (a.key < b.key ? -1 : 1))
		).toEqual(
			[
				{ key: name('border-length'), kind: 'card' },
				{ key: name('wrong-key'), kind: 'card' }
			].sort((a, b) => (a.key < b.key ? -1 : 1))
		);
		expect(damaged.filter((d) => d.kind !== 'card')).toEqual([
			{ key: 'log:2026-03-02 entry 2', kind: 'review log' },
			{ key: 'log:2026-03-03', kind: 'review log' },
			{ key: 'attempt:a1b2c3d4', kind: 'quiz' }
		]);
		expect(await store.entries('')).toEqual(
			[...planted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		);
	});

	it('reads what a backup holds, leaving damaged records out and settings at their defaults', async () => {
		const store = freshStore();
		await plantMany(store, [
			...inBuckets([
				['rahmon-age', cardRecord({ id: 'rahmon-age' })],
				['bad', 'garbage']
			]),
			['log:2026-03-01', [logEntry('r1'), logEntry('r2')]],
			['log:2026-03-02', 'garbage'],
			['settings', { retention: 'high', newPerDay: 5 }]
		]);
		const data = await readBackupData(store);
		expect(data).toEqual({
			schemaVersion: 2,
			cards: [cardRecord({ id: 'rahmon-age' })],
			logs: [{ day: '2026-03-01', entries: [logEntry('r1'), logEntry('r2')] }],
			attempts: [],
			classSessions: [],
			settings: { ...DEFAULT_SETTINGS, newPerDay: 5 }
		});
		expect(countRecords(data).find((c) => c.noun[0] === 'review')?.n).toBe(2);
	});

	it('reads each damaged record as its kind names it: a card entry, a log entry, a whole record', async () => {
		const store = freshStore();
		await plantMany(store, [
			...inBuckets([['border-length', { id: 'border-length', card: 'garbage' }]]),
			['log:2026-03-02#000000', [logEntry('r2'), { rating: 3 }]],
			['attempt:a1b2c3d4', 'garbage']
		]);
		const values = await readDamagedValues(store, (await takeInventory(store)).damaged);
		expect(values).toEqual([
			{
				key: entryName(cardKey('border-length'), 'border-length'),
				kind: 'card',
				value: { id: 'border-length', card: 'garbage' }
			},
			{ key: 'log:2026-03-02#000000 entry 2', kind: 'review log', value: { rating: 3 } },
			{ key: 'attempt:a1b2c3d4', kind: 'quiz', value: 'garbage' }
		]);
	});

	it('reports nothing damaged in an empty store', async () => {
		const { data, damaged } = await takeInventory(freshStore());
		expect(damaged).toEqual([]);
		expect(data.cards).toEqual([]);
	});
});

describe('damagedRecordsFile', () => {
	it('writes every record as stored, with what JSON cannot hold spelled out', () => {
		const cyclic: Record<string, unknown> = { a: 1 };
		cyclic.self = cyclic;
		const text = damagedRecordsFile(
			[
				{ key: 'card:x', kind: 'card', value: { schema: 2, card: 'garbage', when: new Date(0) } },
				{ key: 'log:2026-03-02', kind: 'review log', value: new Map([['k', 1n]]) },
				{ key: 'attempt:abcd', kind: 'quiz', value: cyclic },
				{ key: 'card:y', kind: 'card', value: { n: Number.NaN, s: new Set([1]), u: undefined } }
			],
			new Date('2026-03-03T12:00:00Z'),
			'0.1.0+abc'
		);
		expect(JSON.parse(text)).toEqual({
			type: 'hedged-bets-damaged-records',
			appVersion: '0.1.0+abc',
			exportedAt: '2026-03-03T12:00:00.000Z',
			records: [
				{
					key: 'card:x',
					kind: 'card',
					value: { schema: 2, card: 'garbage', when: '1970-01-01T00:00:00.000Z' }
				},
				{ key: 'log:2026-03-02', kind: 'review log', value: { Map: [['k', '1n']] } },
				{ key: 'attempt:abcd', kind: 'quiz', value: { a: 1, self: '[repeated]' } },
				{ key: 'card:y', kind: 'card', value: { n: 'NaN', s: { Set: [1] }, u: null } }
			]
		});
	});
});
