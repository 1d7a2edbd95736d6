import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FACT_COUNT } from '$lib/bank/deck-size';
import { T, cardRecord, inBuckets } from '$lib/storage/fixtures/card-record';
import { indexedDbStore } from '$lib/storage/kv';
import { READ_ONLY_WORDS } from '$lib/storage/meta-words';
import { prepareStore } from '$lib/storage/open';
import { dueSummary, summaryProblem } from './due-summary';
import { plant, plantMany } from '$lib/storage/fixtures/plant';

// dueSummary reads the app's own database, as the home page does.
const store = indexedDbStore();
const now = new Date(T + 12 * 3600_000);

/** What the home page would show: the counts, or its sentence instead of them. */
const shown = () =>
	dueSummary(now, 'UTC').then(
		(counts) => counts,
		(error: unknown) => summaryProblem(error)
	);

describe('the home page’s counts tell the same story as /study', () => {
	it('counts a fresh store', async () => {
		await store.rewrite((entries) => ({ write: [], remove: entries.map(([key]) => key) }));
		await prepareStore(store);
		expect(await shown()).toEqual({ new: 20, learning: 0, due: 0 });
	});

	it('regression: a future-schema meta shows /study’s newer-version message, not counts', async () => {
		// The home page used to say "51 cards to study today" while /study refused, read-only.
		await plant(store, 'meta', { schemaVersion: 99 });
		expect(await shown()).toBe(READ_ONLY_WORDS.newer);
		await expect(prepareStore(store)).rejects.toThrow(READ_ONLY_WORDS.newer);
	});

	it('regression: a garbage meta shows /study’s damaged-record message, and stays as it is', async () => {
		await plant(store, 'meta', 'garbage');
		expect(await shown()).toBe(READ_ONLY_WORDS.damaged);
		await expect(prepareStore(store)).rejects.toThrow(READ_ONLY_WORDS.damaged);
		expect(await store.get('meta')).toBe('garbage');
	});

	it('regression: a card only study’s check refused is counted neither as due nor as new', async () => {
		await plant(store, 'meta', { schemaVersion: 2 });
		await plantMany(store, [
			...inBuckets([
				// Due and in review, but with a fractional rep count: study sets it aside.
				[
					'odd-one',
					cardRecord({ id: 'odd-one', card: { ...cardRecord().card, state: 2, reps: 1.5 } })
				],
				['border-length', cardRecord()]
			]),
			['settings', { retention: 0.9, newPerDay: 9999, reviewsPerDay: 200 }]
		]);
		expect(await shown()).toEqual({ new: FACT_COUNT - 2, learning: 1, due: 0 });
	});

	it('says the storage can’t be read for any other failure', () => {
		expect(summaryProblem(new Error('x'))).toBe('Your progress can’t be read in this browser.');
	});
});
