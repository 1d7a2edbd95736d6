import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { attemptScore } from '$lib/quiz/attempt';
import { attemptRecords, saveAttempt, type StoredAttempt } from './attempts';
import { prepareImport } from './backup';
import { cardKey, entryName } from './card-buckets';
import { loadDeck } from './deck';
import { empty } from './fixtures/backup-data';
import { cardRecord, inBuckets, storedCard } from './fixtures/card-record';
import { StorageError, indexedDbStore, toStorageError } from './kv';
import { planMigrations, type Migration } from './migrations';
import { prepareStore } from './open';
import { plant, plantMany } from '$lib/storage/fixtures/plant';

let dbCount = 0;
const freshStore = () => indexedDbStore(`test-${++dbCount}`, 'data');

const attempt = (overrides: Partial<StoredAttempt> = {}): StoredAttempt => ({
	schema: 2,
	id: 'a1b2c3d4',
	title: 'Quick 10',
	code: 'AQIKAAAAAAAAAAAwOQ',
	feedback: 'each',
	questions: [
		{ itemId: 'border-length/typed', order: [] },
		{ itemId: 'border-length/single', order: [2, 0, 1] }
	],
	answers: [{ response: { type: 'text', value: '1374' }, score: 1, answeredAt: 1000 }, null],
	current: 1,
	revealed: false,
	startedAt: 500,
	finishedAt: null,
	...overrides
});

describe('attempts in IndexedDB', () => {
	it('round-trip, newest first', async () => {
		const store = freshStore();
		await saveAttempt(store, attempt());
		await saveAttempt(store, attempt({ id: 'newer-one', startedAt: 900 }));
		const { records: attempts, corrupt } = await attemptRecords.list(store);
		expect(attempts.map((a) => a.id)).toEqual(['newer-one', 'a1b2c3d4']);
		expect(corrupt).toEqual([]);
		expect(await attemptRecords.get(store, 'a1b2c3d4')).toEqual(attempt());
	});

	it('set a damaged record aside, count it and keep it, and still list the rest', async () => {
		const store = freshStore();
		await saveAttempt(store, attempt());
		await plant(store, 'attempt:broken', { schema: 2, id: 'broken', questions: 'nope' });
		await plant(store, 'attempt:mismatch', { ...attempt({ id: 'mismatch' }), answers: [] });
		const { records: attempts, corrupt } = await attemptRecords.list(store);
		expect(attempts).toHaveLength(1);
		expect(corrupt.sort()).toEqual(['attempt:broken', 'attempt:mismatch']);
		expect(await store.get('attempt:broken')).toBeDefined();
	});

	it('regression: a quiz stored under another quiz’s key was trusted, and an import by that key counted it as added', async () => {
		const store = freshStore();
		await plant(store, 'attempt:elsewhere', attempt({ id: 'a1b2c3d4' }));
		const { records, corrupt } = await attemptRecords.list(store);
		expect(records).toEqual([]);
		expect(corrupt).toEqual(['attempt:elsewhere']);
		expect(await attemptRecords.get(store, 'elsewhere')).toBeUndefined();
		// Kept as it is, and an import of the quiz it names is not counted as written over it.
		const plan = await prepareImport(store, {
			...empty(),
			attempts: [attempt({ id: 'elsewhere' })]
		});
		expect(plan.changes.attempts).toMatchObject({ added: 0, kept: 1 });
		expect(await store.get('attempt:elsewhere')).toEqual(attempt({ id: 'a1b2c3d4' }));
	});

	it('score the answers given so far', () => {
		expect(attemptScore(attempt())).toBe(0.5);
	});
});

describe('prepareStore', () => {
	it('stamps a new store with the schema version', async () => {
		const store = freshStore();
		await prepareStore(store);
		expect(await store.get('meta')).toEqual({ schemaVersion: 2 });
	});

	it('refuses a store written by a newer app and changes nothing', async () => {
		const store = freshStore();
		await saveAttempt(store, attempt());
		await plant(store, 'meta', { schemaVersion: 9 });
		await expect(prepareStore(store)).rejects.toMatchObject({ reason: 'read-only' });
		expect(await store.get('meta')).toEqual({ schemaVersion: 9 });
		expect(await attemptRecords.get(store, 'a1b2c3d4')).toEqual(attempt());
		// A tab opened before the newer app migrated the store can't write either.
		await expect(saveAttempt(store, attempt({ current: 0 }))).rejects.toMatchObject({
			reason: 'read-only'
		});
		expect(await attemptRecords.get(store, 'a1b2c3d4')).toEqual(attempt());
	});

	it('runs migrations over stored records (fixture: a v1 record renamed in a v2)', async () => {
		const store = freshStore();
		await plant(store, 'meta', { schemaVersion: 1 });
		await plant(store, 'attempt:x', { old: true });
		const renameToV2: Migration = {
			from: 1,
			migrate: (snapshot) => ({
				write: new Map(
					[...snapshot].map(([key, value]) => [`v2:${key}`, { ...(value as object), v2: true }])
				),
				remove: [...snapshot.keys()]
			})
		};
		await prepareStore(store, [renameToV2], 2);
		expect(await store.get('attempt:x')).toBeUndefined();
		expect(await store.get('v2:attempt:x')).toEqual({ old: true, v2: true });
		expect(await store.get('meta')).toEqual({ schemaVersion: 2 });
	});
});

describe('planMigrations', () => {
	const addOne: Migration = {
		from: 1,
		migrate: (s) => ({ write: new Map([...s].map(([k, v]) => [k, (v as number) + 1])), remove: [] })
	};
	const dropOdd: Migration = {
		from: 2,
		migrate: (s) => ({
			write: new Map(),
			remove: [...s].filter(([, v]) => (v as number) % 2).map(([k]) => k)
		})
	};

	it('chains steps purely', () => {
		const snapshot = new Map<string, unknown>([
			['a', 1],
			['b', 2]
		]);
		const plan = planMigrations(snapshot, 1, 3, [addOne, dropOdd]);
		expect([...plan.write]).toEqual([['a', 2]]);
		expect(plan.remove).toEqual(['b']);
		expect([...snapshot]).toEqual([
			['a', 1],
			['b', 2]
		]);
	});

	it('refuses to go down or to skip a version', () => {
		expect(() => planMigrations(new Map(), 3, 1)).toThrow(/newer than this app/);
		expect(() => planMigrations(new Map(), 1, 3, [addOne])).toThrow(/No migration from version 2/);
	});
});

describe('toStorageError', () => {
	it.each([
		['QuotaExceededError', 'quota'],
		['InvalidStateError', 'blocked'],
		['SecurityError', 'unavailable']
	])('names %s', (name, reason) => {
		expect(toStorageError(new DOMException('x', name))).toMatchObject({ reason });
	});

	it('regression: a value the browser cannot store is not called "storage unavailable"', () => {
		// Structured clone gives up on data nested thousands of levels deep with a RangeError;
		// it used to be mapped to "the app cannot save on this device (storage may be turned off)".
		for (const error of [
			new RangeError('Maximum call stack size exceeded'),
			new DOMException('x', 'DataCloneError')
		]) {
			const mapped = toStorageError(error);
			expect(mapped.reason).toBe('unstorable');
			expect(mapped.message).toMatch(
				/nested too deeply or holds something the browser cannot save/
			);
			expect(mapped.message).not.toMatch(/turned off/);
		}
	});

	it('keeps a StorageError as it is', () => {
		const error = new StorageError('m', 'read-only');
		expect(toStorageError(error)).toBe(error);
		expect(toStorageError(error, 'your latest answer')).toBe(error);
	});

	it('regression: a full disk does not call a setting “your latest answer”', () => {
		const full = new DOMException('x', 'QuotaExceededError');
		expect(toStorageError(full).message).toMatch(/so what you just did is not saved yet/);
		expect(toStorageError(full).message).not.toMatch(/answer/);
		// A caller that knows what it wrote has it named, also in a failure already turned.
		expect(toStorageError(full, 'your latest answer').message).toMatch(
			/so your latest answer is not saved yet/
		);
		expect(toStorageError(toStorageError(full), 'your latest review').message).toMatch(
			/so your latest review is not saved yet/
		);
	});
});

describe('the IndexedDB key-value store', () => {
	it('lists only the keys under a prefix', async () => {
		const store = freshStore();
		await plantMany(store, [
			['card:a', 1],
			['card:b', 2],
			['cards', 3],
			['log:2026-01-01', 4],
			['attempt:x', 5]
		]);
		expect(await store.entries('card:')).toEqual([
			['card:a', 1],
			['card:b', 2]
		]);
		expect((await store.entries('')).length).toBe(5);
	});

	it('reads a prefix in parts at its splits: every entry once, in key order, each part checked as it comes', async () => {
		const store = freshStore();
		const keys = [
			'cards:',
			'cards:000',
			'cards:031',
			'cards:032',
			'cards:200',
			'cards:255',
			'cards:zz'
		];
		await plantMany(store, [
			...keys.map((key, i): [string, unknown] => [key, i]),
			['cardz', 'out']
		]);
		const parts = await store.parts('cards:', ['cards:032', 'cards:064', 'cards:224'], (entries) =>
			entries.map(([key]) => key)
		);
		expect(parts).toEqual([
			['cards:', 'cards:000', 'cards:031'],
			['cards:032'],
			['cards:200'],
			['cards:255', 'cards:zz']
		]);
		expect(parts.flat()).toEqual((await store.entries('cards:')).map(([key]) => key));
		expect(await store.parts('cards:', [], (entries) => entries.length)).toEqual([keys.length]);
	});

	it('reads a prefix in parts of so many records, its keys read first', async () => {
		const store = freshStore();
		const keys = Array.from({ length: 7 }, (_, i) => `log:2026-03-0${i + 1}#000000`);
		await plantMany(store, [
			['lob', 0],
			...keys.map((key): [string, unknown] => [key, [key]]),
			['lop', 0]
		]);
		const parts = await store.partsOf('log:', 3, (entries) => entries.map(([key]) => key));
		expect(parts).toEqual([keys.slice(0, 3), keys.slice(3, 6), keys.slice(6)]);
		expect(await store.partsOf('log:', 7, (entries) => entries.length)).toEqual([7]);
		expect(await store.partsOf('none:', 3, (entries) => entries.length)).toEqual([0]);
		expect(() => store.partsOf('log:', 0, (entries) => entries)).toThrow(RangeError);
	});

	it('a check that throws while reading in parts is its own error, not a failure of the store', async () => {
		const store = freshStore();
		await plantMany(store, [['log:2026-03-01#000000', []]]);
		const bug = new TypeError('a bug in a check');
		const fails = () => {
			throw bug;
		};
		await expect(store.parts('log:', [], fails)).rejects.toBe(bug);
		await expect(store.partsOf('log:', 1, fails)).rejects.toBe(bug);
		await expect(store.parts('log:', ['x', 'a'], (entries) => entries)).rejects.toBeInstanceOf(
			StorageError
		);
	});

	it('regression: a change that throws while writing read as “the app cannot save on this device”', async () => {
		const store = freshStore();
		await plantMany(store, [
			['a', 1],
			['log:2026-03-01#000000', []]
		]);
		const bug = new TypeError('a bug in a change');
		const fails = () => {
			throw bug;
		};
		const scan = { prefix: 'log:', until: () => false };
		await expect(store.updateMany(['a'], fails)).rejects.toBe(bug);
		await expect(store.updateScanning(['a'], [scan], fails)).rejects.toBe(bug);
		await expect(store.rewrite(fails)).rejects.toBe(bug);
		// A scan's stop that throws, from inside the cursor's event: rejected, not left hanging.
		await expect(
			store.updateScanning(['a'], [{ prefix: 'log:', until: fails }], () => undefined)
		).rejects.toBe(bug);
		// Nothing was written, and the store still works.
		expect(await store.get('a')).toBe(1);
		await store.updateMany(['a'], () => [2]);
		expect(await store.get('a')).toBe(2);
	});

	it('regression: a value the browser cannot store left the writes queued before it committed', async () => {
		const store = freshStore();
		await plantMany(store, [
			['a', 1],
			['b', 1],
			['log:2026-03-01#000000', []]
		]);
		const uncloneable = () => {};
		const refused = (write: Promise<void>) =>
			expect(write).rejects.toMatchObject({ name: 'StorageError', reason: 'unstorable' });
		await refused(store.updateMany(['a', 'b'], () => [2, uncloneable]));
		await refused(
			store.updateScanning(['a'], [{ prefix: 'log:', until: () => true }], () => ({
				values: [2],
				put: [['c', uncloneable]]
			}))
		);
		await refused(
			store.rewrite(() => ({
				write: [
					['a', 2],
					['b', uncloneable]
				],
				remove: []
			}))
		);
		expect([await store.get('a'), await store.get('b'), await store.get('c')]).toEqual([
			1,
			1,
			undefined
		]);
	});

	it('updates several keys in one transaction, or none when the change says so', async () => {
		const store = freshStore();
		await plant(store, 'a', 1);
		await store.updateMany(['a', 'b'], ([a, b]) => [Number(a) + 1, b ?? 'new']);
		expect([await store.get('a'), await store.get('b')]).toEqual([2, 'new']);
		await store.updateMany(['a', 'b'], () => undefined);
		expect([await store.get('a'), await store.get('b')]).toEqual([2, 'new']);
	});
});

describe('migration 1 → 2: card states into buckets', () => {
	it('moves every card record into its bucket, damaged ones too, and restamps records', async () => {
		const store = freshStore();
		const v1Card = { ...cardRecord({ id: 'border-length' }), schema: 1 };
		const broken = { schema: 1, id: 'broken', card: 'garbage' };
		const v1Attempt = { ...attempt(), schema: 1 };
		await plantMany(store, [
			['meta', { schemaVersion: 1 }],
			['card:border-length', v1Card],
			['card:broken', broken],
			['attempt:a1b2c3d4', v1Attempt],
			['log:2026-03-02', [{ id: 'r1', state: 0 }]],
			['settings', { retention: 0.85 }]
		]);
		await prepareStore(store);
		expect(await store.get('meta')).toEqual({ schemaVersion: 2 });
		expect(await store.get('card:border-length')).toBeUndefined();
		expect(await store.get('card:broken')).toBeUndefined();
		const { records: cards, corrupt } = await loadDeck(store);
		expect(cards).toEqual([cardRecord({ id: 'border-length' })]);
		expect(corrupt).toEqual([entryName(cardKey('broken'), 'broken')]);
		expect(await storedCard(store, 'broken')).toEqual({ ...broken, schema: 2 });
		expect(await attemptRecords.get(store, 'a1b2c3d4')).toEqual(attempt());
		expect(await store.get('log:2026-03-02')).toEqual([{ id: 'r1', state: 0 }]);
		expect(await store.get('settings')).toEqual({ retention: 0.85 });
	});
});

it('a tab that saw the old version before another tab migrated does not migrate again', async () => {
	const store = freshStore();
	await plantMany(store, [
		['meta', { schemaVersion: 1 }],
		['card:border-length', { ...cardRecord(), schema: 1 }]
	]);
	await prepareStore(store);
	// The first tab studies the card...
	const studied = cardRecord({ updatedAt: cardRecord().updatedAt + 99 });
	await plantMany(store, inBuckets([['border-length', studied]]));
	// ...while the second tab had read the version before the migration.
	const late = {
		...store,
		get: async (key: string) => (key === 'meta' ? { schemaVersion: 1 } : store.get(key))
	};
	await prepareStore(late);
	expect(await storedCard(store, 'border-length')).toEqual(studied);
	expect(await store.get('meta')).toEqual({ schemaVersion: 2 });
});
