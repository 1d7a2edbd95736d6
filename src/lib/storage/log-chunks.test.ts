import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { indexedDbStore } from './kv';
import { LOG_CHUNK_MAX, LogChunkSchema, loadLogChunks, readLogChunk } from './log-chunks';

describe('readLogChunk', () => {
	it('reads a day’s entries, keeping every field', () => {
		const entries = [{ id: 'r1', cardId: 'border-length', rating: 3, review: new Date(0) }];
		expect(readLogChunk('log:2026-03-02', entries)).toEqual({ day: '2026-03-02', entries });
		expect(readLogChunk('log:2026-03-02', [])).toEqual({ day: '2026-03-02', entries: [] });
	});

	it.each([
		['not a list', 'log:2026-03-02', { id: 'r1' }],
		['an entry without an id', 'log:2026-03-02', [{ id: 'r1' }, { rating: 3 }]],
		['an id that is not a string', 'log:2026-03-02', [{ id: 7 }]],
		['an entry that is not an object', 'log:2026-03-02', [{ id: 'r1' }, 'r2']],
		['an entry that is null', 'log:2026-03-02', [null]],
		['an entry that is a list', 'log:2026-03-02', [Object.assign(['x'], { id: 'r1' })]],
		['a key that is not a day', 'log:yesterday', [{ id: 'r1' }]],
		['a key with more after the day', 'log:2026-03-02x', [{ id: 'r1' }]]
	])('refuses %s', (_, key, value) => {
		expect(readLogChunk(key, value)).toBeUndefined();
	});

	it('refuses a chunk too long for a backup', () => {
		const entries = Array.from({ length: LOG_CHUNK_MAX + 1 }, (_, i) => ({ id: `r${i}` }));
		expect(readLogChunk('log:2026-03-02', entries)).toBeUndefined();
	});

	it('checks a backup’s chunk by the same rules, and passes it through uncopied', () => {
		const samples: unknown[] = [[{ id: 'a' }], [{ id: 'a', x: [1] }], [], [{}], [[]], 'x', null];
		for (const entries of samples) {
			const result = v.safeParse(LogChunkSchema, { day: '2026-03-02', entries });
			expect(result.success).toBe(readLogChunk('log:2026-03-02', entries) !== undefined);
		}
		expect(v.safeParse(LogChunkSchema, { day: 'monday', entries: [] }).success).toBe(false);
		expect(v.safeParse(LogChunkSchema, null).success).toBe(false);
		const chunk = { day: '2026-03-02', entries: [{ id: 'a' }] };
		expect(v.parse(LogChunkSchema, chunk)).toBe(chunk);
	});
});

describe('loadLogChunks', () => {
	it('lists readable chunks oldest first and the keys of damaged ones', async () => {
		const store = indexedDbStore('log-chunks-test', 'data');
		await store.setMany([
			['log:2026-03-03', [{ id: 'r2' }]],
			['log:2026-03-01', [{ id: 'r1' }]],
			['log:2026-03-02', 'garbage'],
			['card:x', [{ id: 'not a log' }]]
		]);
		const { chunks, corrupt } = await loadLogChunks(store);
		expect(chunks.map((c) => c.day)).toEqual(['2026-03-01', '2026-03-03']);
		expect(corrupt).toEqual(['log:2026-03-02']);
	});
});
