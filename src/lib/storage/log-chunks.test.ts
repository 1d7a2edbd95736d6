import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { logEntry } from './fixtures/log-entry';
import { indexedDbStore } from './kv';
import {
	LogChunkSchema,
	appendEntry,
	loadLogChunks,
	newChunks,
	readStoredLogValue,
	removeEntry
} from './log-chunks';
import { LOG_CHUNK_SIZE, LOG_IMPORT_CHUNK_SIZE, chunkKey } from './log-chunk-key';
import { readDone } from './schedules';
import { LOG_CHUNK_MAX, readDay, readLogRecord } from './log-record';
import { plantMany } from '$lib/storage/fixtures/plant';

const DAY = '2026-03-02';
const full = (n: number) => Array.from({ length: n }, (_, i) => logEntry(`r${i}`));

describe('readLogRecord', () => {
	it('reads a record’s entries, keeping every field and reviving dates', () => {
		const stored = [{ ...logEntry('r1'), review: '2026-03-02T00:00:01.000Z' }];
		expect(readLogRecord('log:2026-03-02#000003', stored)).toEqual({
			day: DAY,
			seq: 3,
			entries: [logEntry('r1')],
			bad: []
		});
		expect(readLogRecord('log:2026-03-02', [])).toEqual({
			day: DAY,
			seq: -1,
			entries: [],
			bad: []
		});
	});

	it.each([
		['not a list', 'log:2026-03-02', { id: 'r1' }],
		['a string', 'log:2026-03-02', 'garbage'],
		['a big integer', 'log:2026-03-02', 12n],
		['a key that is not a day', 'log:yesterday', [logEntry('r1')]],
		['a key with more after the day', 'log:2026-03-02x', [logEntry('r1')]]
	])('refuses a whole record that is %s', (_, key, value) => {
		expect(readLogRecord(key, value)).toBeUndefined();
	});

	it('refuses a record too long for a backup', () => {
		const entries = Array.from({ length: LOG_CHUNK_MAX + 1 }, () => logEntry('r'));
		expect(readLogRecord('log:2026-03-02', entries)).toBeUndefined();
	});

	it('regression: one bad entry sets aside that entry, not the whole day', () => {
		const stored = [logEntry('r1'), { id: 'r2' }, null, 'r3', [logEntry('r4')], logEntry('r5')];
		expect(readLogRecord('log:2026-03-02', stored)).toEqual({
			day: DAY,
			seq: -1,
			entries: [logEntry('r1'), logEntry('r5')],
			bad: [1, 2, 3, 4]
		});
	});

	it('checks a backup’s day by the same entry rules, and passes it through uncopied', () => {
		const samples: unknown[] = [[logEntry('a')], [], [{ id: 'a' }], [null], 'x', null];
		for (const entries of samples) {
			const result = v.safeParse(LogChunkSchema, { day: DAY, entries });
			const record = readLogRecord('log:2026-03-02', entries);
			expect(result.success).toBe(record !== undefined && record.bad.length === 0);
		}
		expect(v.safeParse(LogChunkSchema, { day: 'monday', entries: [] }).success).toBe(false);
		expect(v.safeParse(LogChunkSchema, null).success).toBe(false);
		const chunk = { day: DAY, entries: [logEntry('a')] };
		expect(v.parse(LogChunkSchema, chunk)).toBe(chunk);
	});
});

describe('loadLogChunks', () => {
	it('merges each day’s records into one list, oldest day first, and names what it set aside', async () => {
		const store = indexedDbStore('log-chunks-test', 'data');
		await plantMany(store, [
			['log:2026-03-03#000000', [logEntry('r3')]],
			['log:2026-03-01#000001', [logEntry('r1b'), { id: 'bad' }]],
			['log:2026-03-01', [logEntry('r0')]],
			['log:2026-03-01#000000', [logEntry('r1a')]],
			['log:2026-03-02', 'garbage'],
			['log:2026-03-02#000000', {}],
			['card:x', [{ id: 'not a log' }]]
		]);
		const { records: chunks, corrupt } = await loadLogChunks(store);
		expect(chunks).toEqual([
			{ day: '2026-03-01', entries: [logEntry('r0'), logEntry('r1a'), logEntry('r1b')] },
			{ day: '2026-03-03', entries: [logEntry('r3')] }
		]);
		expect(corrupt).toEqual([
			'log:2026-03-01#000001 entry 2',
			'log:2026-03-02',
			'log:2026-03-02#000000'
		]);
		expect(await readStoredLogValue(store, 'log:2026-03-01#000001 entry 2')).toEqual({ id: 'bad' });
		expect(await readStoredLogValue(store, 'log:2026-03-02')).toBe('garbage');
		expect(await readDay(store, '2026-03-01')).toEqual({
			done: { newCards: 3, reviews: 0 },
			damaged: ['log:2026-03-01#000001 entry 2']
		});
		expect(await readDone(store, '2026-03-01')).toEqual({ newCards: 3, reviews: 0 });
	});
});

describe('writing a day’s entries', () => {
	const walk = (...records: [string, unknown][]) => records;

	it('adds an entry to the newest chunk while it has room, then starts the next', () => {
		expect(appendEntry(DAY, walk(), logEntry('a'))).toEqual([chunkKey(DAY, 0), [logEntry('a')]]);
		const room = full(LOG_CHUNK_SIZE - 1);
		expect(appendEntry(DAY, walk([chunkKey(DAY, 4), room]), logEntry('a'))).toEqual([
			chunkKey(DAY, 4),
			[...room, logEntry('a')]
		]);
		expect(appendEntry(DAY, walk([chunkKey(DAY, 4), full(LOG_CHUNK_SIZE)]), logEntry('a'))).toEqual(
			[chunkKey(DAY, 5), [logEntry('a')]]
		);
	});

	it.each([
		['a string', 'garbage'],
		['an object', {}],
		['a big integer', 12n],
		['a list with a bad entry', [logEntry('r1'), { id: 'r2' }]]
	])(
		'regression: never writes over a damaged newest chunk (%s): the entry gets its own',
		(_, value) => {
			expect(appendEntry(DAY, walk([chunkKey(DAY, 2), value]), logEntry('a'))).toEqual([
				chunkKey(DAY, 3),
				[logEntry('a')]
			]);
		}
	);

	it('skips junk keys after the newest chunk, never reusing one', () => {
		const walked = walk(['log:2026-03-02#zz', 'junk'], [chunkKey(DAY, 1), full(LOG_CHUNK_SIZE)]);
		expect(appendEntry(DAY, walked, logEntry('a'))[0]).toBe(chunkKey(DAY, 2));
		expect(appendEntry(DAY, walk(['log:2026-03-02#zz', 'junk']), logEntry('a'))[0]).toBe(
			chunkKey(DAY, 0)
		);
	});

	it('splits imported entries into new chunks after the day’s, leaving out ids stored meanwhile', () => {
		const entries = full(LOG_IMPORT_CHUNK_SIZE + 2);
		const chunks = newChunks(
			DAY,
			walk([chunkKey(DAY, 1), [logEntry('r0')]], [chunkKey(DAY, 0), 'x']),
			entries
		);
		expect(chunks.map(([key, list]) => [key, list.length])).toEqual([
			[chunkKey(DAY, 2), LOG_IMPORT_CHUNK_SIZE],
			[chunkKey(DAY, 3), 1]
		]);
		expect(chunks[0]![1][0]!.id).toBe('r1');
		expect(newChunks(DAY, walk(), [])).toEqual([]);
	});

	it('takes an entry out of the chunk the walk stopped at, keeping its other items as they are', () => {
		const stored = [logEntry('a'), { id: 'bad' }, logEntry('b')];
		expect(
			removeEntry(walk([chunkKey(DAY, 1), [logEntry('c')]], [chunkKey(DAY, 0), stored]), 'b')
		).toEqual([chunkKey(DAY, 0), [logEntry('a'), { id: 'bad' }]]);
		expect(removeEntry(walk([chunkKey(DAY, 0), [logEntry('c')]]), 'b')).toBeUndefined();
		expect(removeEntry(walk(), 'b')).toBeUndefined();
	});
});
