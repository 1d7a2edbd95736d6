import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { article } from '$lib/article/source';
import { indexBank } from '$lib/bank/lookup';
import { cardRecord, inBuckets } from '$lib/storage/fixtures/card-record';
import { logEntry } from '$lib/storage/fixtures/log-entry';
import { plant, plantMany } from '$lib/storage/fixtures/plant';
import { chunkKey } from '$lib/storage/log-chunk-key';
import { indexedDbStore } from '$lib/storage/kv';
import { prepareStore } from '$lib/storage/open';
import { StatsPage } from './stats-page.svelte';
import { bank } from '$lib/bank/fixtures/real-bank';

const index = indexBank(bank);
const NOW = new Date('2026-03-02T18:00:00Z');

let n = 0;
async function page(
	setUp: (store: ReturnType<typeof indexedDbStore>) => Promise<void> = async () => {}
) {
	const store = indexedDbStore(`stats-page-${++n}`, 'data');
	await prepareStore(store);
	await setUp(store);
	const stages: number[] = [];
	const stats = new StatsPage({
		open: async () => store,
		bank: async () => index,
		article,
		timeZone: 'UTC',
		now: () => NOW,
		seed: () => 7,
		painted: async () => void stages.push(stats.stage)
	});
	return { stats, stages };
}

describe('the stats page', () => {
	it('shows the empty state when nothing was studied', async () => {
		const { stats } = await page();
		await stats.load();
		expect(stats.stage).toBe(4);
		expect(stats.noReviews).toBe(true);
		expect(stats.error).toBe('');
	});

	it('draws the cards’ figures first, then the log’s, then the article map', async () => {
		const { stats, stages } = await page(async (store) => {
			await plantMany(store, inBuckets([['border-length', cardRecord()]]));
			await plant(store, chunkKey('2026-03-02', 0), [
				logEntry('r1', { review: new Date('2026-03-02T10:00:00Z'), took: 4_000 }),
				logEntry('r2', { review: new Date('2026-03-02T10:01:00Z'), rating: 1, took: 6_000 })
			]);
		});
		await stats.load();
		// Painted after the cards (stage 1), then after each part of the log's figures.
		expect(stages).toEqual([1, 2, 3]);
		expect(stats.counts?.learning).toBe(1);
		expect(stats.today).toMatchObject({ reviews: 2, again: 1, timeMs: 10_000 });
		expect(stats.mastery).toHaveLength(24);
		expect(stats.quizHref(1)).toMatch(/^\/quiz\/play#q=/);
		expect(stats.quizHref(1)).toBe(stats.quizHref(1));
	});

	it('says why when the store cannot be read, and a missing bank only loses its sections', async () => {
		const broken = new StatsPage({
			open: () => Promise.reject(new Error('The browser refused to open storage.')),
			bank: async () => index,
			article,
			timeZone: 'UTC',
			painted: async () => {}
		});
		await broken.load();
		expect(broken.error).toBe('The browser refused to open storage.');

		const store = indexedDbStore(`stats-page-${++n}`, 'data');
		await prepareStore(store);
		const noBank = new StatsPage({
			open: async () => store,
			bank: () => Promise.reject(new Error('offline')),
			article,
			timeZone: 'UTC',
			painted: async () => {}
		});
		await noBank.load();
		expect(noBank.bankError).toBe('offline');
		expect(noBank.mastery).toBeUndefined();
		expect(noBank.counts?.total).toBe(0);
	});
});
