import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_MAX_BYTES } from '$lib/storage/backup-format';
import { cardRecord, inBuckets, storedCard } from '$lib/storage/fixtures/card-record';
import { logEntry } from '$lib/storage/fixtures/log-entry';
import { indexedDbStore, type KeyValueStore } from '$lib/storage/kv';
import { takeInventory } from '$lib/storage/inventory';
import { readSettings } from '$lib/storage/settings';
import { BackupFlow } from './backup-flow.svelte';
import { plantMany } from '$lib/storage/fixtures/plant';

let n = 0;
const freshStore = () => indexedDbStore(`backup-flow-${++n}`, 'data');
const now = () => new Date(2026, 2, 3, 12, 0);

async function plant(store: KeyValueStore) {
	await plantMany(store, [
		...inBuckets([
			['border-length', cardRecord({ id: 'border-length' })],
			['rahmon-age', cardRecord({ id: 'rahmon-age' })]
		]),
		['log:2026-03-02#000000', [logEntry('r1'), logEntry('r2'), logEntry('r3')]],
		['settings', { retention: 0.85, newPerDay: 10, reviewsPerDay: 100 }]
	]);
}

/** A flow whose downloads land in `files`. */
function flow() {
	const files: { name: string; text: string }[] = [];
	return { files, flow: new BackupFlow((name, text) => files.push({ name, text }), now) };
}

/** A flow that has exported the planted store and previews that file for an empty `target`. */
async function previewing() {
	const source = freshStore();
	await plant(source);
	const { files, flow: f } = flow();
	await f.exportAll(source);
	const target = freshStore();
	await f.choose(target, new File([files[0]!.text], 'b.json'));
	return { flow: f, target };
}

describe('the backup flow', () => {
	it('exports, previews in words, imports, and a second import changes nothing', async () => {
		const source = freshStore();
		await plant(source);
		const { files, flow: exporter } = flow();
		await exporter.exportAll(source);
		expect(files.map((f) => f.name)).toEqual(['hedged-bets-backup-2026-03-03.json']);
		expect(exporter.exportStatus).toBe(
			'Saved hedged-bets-backup-2026-03-03.json with 2 cards, 3 reviews, 0 quizzes and 0 class sessions.'
		);

		const target = freshStore();
		const { flow: importer } = flow();
		const file = new File([files[0]!.text], files[0]!.name, { type: 'application/json' });
		await importer.choose(target, file);
		expect(importer.importError).toBe('');
		expect(importer.preview?.holds).toBe('2 cards, 3 reviews, 0 quizzes and 0 class sessions');
		expect(importer.preview?.changes).toBe(
			'Importing this backup adds 2 cards and 3 reviews, and replaces your study settings with the backup’s (desired retention 0.85, 10 new cards a day, 100 reviews a day).'
		);
		expect(await target.entries('')).toEqual([]);

		expect(await importer.confirm(target)).toBe(true);
		expect(importer.preview).toBeUndefined();
		expect(importer.importStatus).toMatch(/^Backup imported: it added 2 cards and 3 reviews/);
		// The same records; the settings are written whole, with the defaults of what the source lacked.
		const records = async (store: KeyValueStore) => {
			const all = Object.fromEntries(await store.entries(''));
			return { ...all, settings: readSettings(all.settings).settings };
		};
		expect(await records(target)).toEqual(await records(source));

		await importer.choose(target, file);
		expect(importer.preview?.worthImporting).toBe(false);
	});

	it.each([
		['not JSON', 'hello', /not valid JSON/],
		[
			'a future version',
			JSON.stringify({ type: 'hedged-bets-backup', version: 2 }),
			/newer version/
		],
		['another app’s file', '{"deck": []}', /not a Hedged Bets backup/]
	])('refuses %s with a message and writes nothing', async (_, text, message) => {
		const store = freshStore();
		await plant(store);
		const before = await store.entries('');
		const { flow: importer } = flow();
		await importer.choose(store, new File([text], 'x.json'));
		expect(importer.importError).toMatch(message);
		expect(importer.preview).toBeUndefined();
		expect(await store.entries('')).toEqual(before);
	});

	it('refuses a huge file by its size, before reading it', async () => {
		const { flow: importer } = flow();
		const huge = {
			name: 'huge.json',
			size: BACKUP_MAX_BYTES + 1,
			text: () => Promise.reject(new Error('read'))
		} as unknown as File;
		await importer.choose(freshStore(), huge);
		expect(importer.importError).toBe(
			'This file (52 MB) is larger than any backup of this app can be. Nothing was imported.'
		);
	});

	it('cancel drops the preview and writes nothing', async () => {
		const { flow: f, target } = await previewing();
		expect(f.preview).toBeDefined();
		f.cancel();
		expect(f.preview).toBeUndefined();
		expect(await target.entries('')).toEqual([]);
	});

	it('a failed write is shown, and the preview stays for another try', async () => {
		const { flow: f, target } = await previewing();
		const failing = {
			...target,
			updateScanning: () => Promise.reject(new Error('The device is out of space.'))
		};
		expect(await f.confirm(failing)).toBe(false);
		expect(f.importError).toBe('Nothing was imported: The device is out of space.');
		expect(f.preview).toBeDefined();
	});

	it('plans again when another tab changes what is stored', async () => {
		const { flow: f, target } = await previewing();
		expect(f.preview?.changes).toMatch(/^Importing this backup adds 2 cards and 3 reviews/);
		await plantMany(
			target,
			inBuckets([
				['border-length', cardRecord({ id: 'border-length', updatedAt: Date.UTC(2027, 0, 1) })]
			])
		);
		await f.replan(target);
		expect(f.preview?.changes).toMatch(/^Importing this backup adds 1 card and 3 reviews/);
		await f.confirm(target);
		expect((await storedCard(target, 'border-length')) as { updatedAt: number }).toMatchObject({
			updatedAt: Date.UTC(2027, 0, 1)
		});
	});

	it('regression: a change another tab made while a file was being read is planned for, not left out', async () => {
		const source = freshStore();
		await plant(source);
		const { files, flow: f } = flow();
		await f.exportAll(source);
		const target = freshStore();
		// Another tab writes a card, and says so, just after this plan has read the cards.
		let wrote = false;
		const racing: KeyValueStore = {
			...target,
			async parts(prefix, splits, each) {
				const read = await target.parts(prefix, splits, each);
				if (prefix === 'cards:' && !wrote) {
					wrote = true;
					const newer = cardRecord({ id: 'border-length', updatedAt: Date.UTC(2027, 0, 1) });
					await plantMany(target, inBuckets([['border-length', newer]]));
					void f.replan(racing);
				}
				return read;
			}
		};
		await f.choose(racing, new File([files[0]!.text], 'b.json'));
		expect(wrote).toBe(true);
		await vi.waitFor(() => expect(f.busy).toBeUndefined());
		expect(f.preview?.changes).toMatch(/^Importing this backup adds 1 card and 3 reviews/);
	});

	it('plans again over what the page has just read, reading nothing more', async () => {
		const { flow: f, target } = await previewing();
		const current = await takeInventory(target);
		current.data.cards = [cardRecord({ id: 'border-length', updatedAt: Date.UTC(2027, 0, 1) })];
		const unreadable = {
			...target,
			entries: () => Promise.reject(new Error('read again')),
			parts: () => Promise.reject(new Error('read again')),
			partsOf: () => Promise.reject(new Error('read again'))
		};
		await f.replan(unreadable, Promise.resolve(current));
		expect(f.importError).toBe('');
		expect(f.preview?.changes).toMatch(/^Importing this backup adds 1 card and 3 reviews/);
		// Without what was read, it reads for itself.
		await f.replan(target, Promise.resolve(undefined));
		expect(f.preview?.changes).toMatch(/^Importing this backup adds 2 cards and 3 reviews/);
	});

	it('regression: a replan after another tab’s change counted a damaged card as added again', async () => {
		const { flow: f, target } = await previewing();
		await plantMany(target, inBuckets([['border-length', { schema: 2, id: 'border-length' }]]));
		await f.replan(target);
		expect(f.preview?.changes).toMatch(/^Importing this backup adds 1 card and 3 reviews; /);
		expect(f.preview?.changes).toContain('leaves 1 card as it is');
		// Planned again over what the settings page read for its counts: the same plan.
		await f.replan(target, takeInventory(target));
		expect(f.preview?.plan.changes.cards).toMatchObject({ added: 1, kept: 1 });
		expect(f.preview?.changes).toContain('leaves 1 card as it is');
	});
});
