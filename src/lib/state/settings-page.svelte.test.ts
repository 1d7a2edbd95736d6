import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { cardRecord, inBuckets } from '$lib/storage/fixtures/card-record';
import { logEntry } from '$lib/storage/fixtures/log-entry';
import { plantMany } from '$lib/storage/fixtures/plant';
import { indexedDbStore, type KeyValueStore } from '$lib/storage/kv';
import { SettingsPage } from './settings-page.svelte';

let n = 0;

/** A page over a fresh store that counts its range reads; its downloads land in `files`. */
async function pageOver(plant: (store: KeyValueStore) => Promise<void> = async () => {}) {
	const store = indexedDbStore(`settings-page-${++n}`, 'data');
	await plant(store);
	const reads = { entries: 0 };
	const counted: KeyValueStore = {
		...store,
		entries: (prefix) => (reads.entries++, store.entries(prefix)),
		parts: (prefix, splits, read) => (reads.entries++, store.parts(prefix, splits, read)),
		partsOf: (prefix, size, read) => (reads.entries++, store.partsOf(prefix, size, read))
	};
	const files: string[] = [];
	const page = new SettingsPage({
		open: async () => counted,
		download: (_, text) => files.push(text),
		storage: {
			status: async () => ({ persisted: null, usage: null, quota: null }),
			persist: async () => null
		},
		appearance: { show: () => {}, forget: () => {} },
		now: () => new Date(2026, 2, 3, 12)
	});
	await page.load();
	return { page, store: counted, reads, files };
}

const words = (page: SettingsPage) => page.counts?.map(({ noun, n }) => `${n} ${noun[1]}`);

describe('the settings page', () => {
	it('shows the counts after an import from its plan, reading nothing again', async () => {
		const source = await pageOver((store) =>
			plantMany(store, [
				...inBuckets([['border-length', cardRecord({ id: 'border-length' })]]),
				['log:2026-03-02#000000', [logEntry('r1'), logEntry('r2')]]
			])
		);
		await source.page.backup.exportAll(source.store);
		const target = await pageOver((store) =>
			plantMany(store, [['log:2026-03-01#000000', [logEntry('r0')]]])
		);
		await target.page.backup.choose(target.store, new File([source.files[0]!], 'b.json'));
		const before = target.reads.entries;
		await target.page.importBackup();
		expect(target.page.backup.importStatus).toMatch(/^Backup imported/);
		expect(target.reads.entries).toBe(before);
		expect(words(target.page)).toEqual(['1 cards', '3 reviews', '0 quizzes', '0 class sessions']);
		// The same counts as reading everything again.
		await target.page.refresh();
		expect(words(target.page)).toEqual(['1 cards', '3 reviews', '0 quizzes', '0 class sessions']);
	});

	it('regression: after an import onto a damaged card, the counts said the card was there', async () => {
		const source = await pageOver((store) =>
			plantMany(store, inBuckets([['border-length', cardRecord({ id: 'border-length' })]]))
		);
		await source.page.backup.exportAll(source.store);
		// The same card stored damaged here: the import keeps it as it is and writes nothing over it.
		const target = await pageOver((store) =>
			plantMany(store, inBuckets([['border-length', { junk: 1 }]]))
		);
		expect(target.page.damaged).toHaveLength(1);
		await target.page.backup.choose(target.store, new File([source.files[0]!], 'b.json'));
		await target.page.importBackup();
		expect(words(target.page)?.[0]).toBe('0 cards');
		await target.page.refresh();
		expect(words(target.page)?.[0]).toBe('0 cards');
	});
});
