// Backup of a busy learner through /settings in Chromium: 10,000 cards and 100,000 reviews
// exported, then checked, previewed and imported into a fresh profile. The target is a ratio to
// a floor measured in the same run and page: JSON.stringify and JSON.parse of the same file.
// A second floor says what part of the cost is I/O no backup can avoid, in the same pages:
// every stored record read in one transaction, the same records written into a scratch
// database in one transaction, and the file made into a Blob.
import { statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.js';
import { startBuildServer } from './server.js';
import { withAppModules } from './vite-modules.js';
import { median } from './stats.js';

/** The app's own bucket function, so the planted deck is stored exactly as the app stores it. */
const { cardKey } = await withAppModules((load) => load('/src/lib/storage/card-buckets.ts'));

/** Export, check, preview and import together: at most 2× stringifying and parsing the file. */
const TARGETS = { ratio: 2 };
const RUNS = 3;
const CARDS = 10_000;
const DAYS = 100;
const REVIEWS_PER_DAY = 1000;
/** The timed figures of a run, each reported as its median over the runs. */
const TIMED = /** @type {const} */ ([
	'exportMs',
	'previewMs',
	'importMs',
	'totalMs',
	'floorMs',
	'ioFloorMs',
	'ioReadMs',
	'ioWriteMs',
	'blobMs',
	'readFileMs'
]);

/** @param {import('@playwright/test').Page} page */
async function ready(page) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('[data-loading]').first().waitFor({ state: 'detached', timeout: 60_000 });
}

/** Plants the deck and its log straight into IndexedDB, shaped as the app stores them. */
async function plant(page) {
	await page.evaluate(
		async ({ cards, keys, days, perDay }) => {
			const start = Date.UTC(2026, 0, 1);
			const open = indexedDB.open('hedged-bets');
			open.onupgradeneeded = () => open.result.createObjectStore('data');
			const db = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
			const tx = db.transaction('data', 'readwrite');
			const store = tx.objectStore('data');
			/** @type {Map<string, Record<string, unknown>>} */
			const buckets = new Map();
			for (let i = 0; i < cards; i++)
				buckets.set(keys[i], {
					...buckets.get(keys[i]),
					[`fact-${i}`]: {
						schema: 2,
						id: `fact-${i}`,
						card: {
							due: new Date(start + 86_400_000),
							stability: 3.1,
							difficulty: 5.2,
							elapsed_days: 1,
							scheduled_days: 3,
							learning_steps: 0,
							reps: 4,
							lapses: 1,
							state: 2,
							last_review: new Date(start)
						},
						suspended: false,
						buriedUntil: null,
						updatedAt: start + i
					}
				});
			for (const [key, bucket] of buckets) store.put(bucket, key);
			for (let d = 0; d < days; d++) {
				const review = new Date(start + d * 86_400_000);
				const entries = Array.from({ length: perDay }, (_, i) => ({
					id: `r${d}-${i}`,
					cardId: `fact-${(d * perDay + i) % cards}`,
					rating: 3,
					state: 2,
					due: new Date(review.getTime() + 3 * 86_400_000),
					stability: 3.3,
					difficulty: 5.1,
					elapsed_days: 1,
					last_elapsed_days: 1,
					scheduled_days: 3,
					learning_steps: 0,
					review
				}));
				// As grading stores them (storage/log-key.ts): chunks of 100 reviews.
				const day = review.toISOString().slice(0, 10);
				for (let c = 0; c * 100 < perDay; c++)
					store.put(
						entries.slice(c * 100, (c + 1) * 100),
						`log:${day}#${String(c).padStart(6, '0')}`
					);
			}
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
		},
		{
			cards: CARDS,
			keys: Array.from({ length: CARDS }, (_, i) => cardKey(`fact-${i}`)),
			days: DAYS,
			perDay: REVIEWS_PER_DAY
		}
	);
}

/**
 * The I/O floor's IndexedDB part, in the exporting page: every stored record read with getAll in
 * one readonly transaction, then all of them put into a scratch database in one readwrite one.
 * @param {import('@playwright/test').Page} page
 */
async function storeFloor(page) {
	return page.evaluate(async () => {
		/** @param {IDBOpenDBRequest} open @returns {Promise<IDBDatabase>} */
		const opened = (open) =>
			new Promise((resolve, reject) => {
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
		/** @param {IDBTransaction} tx */
		const done = (tx) =>
			new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
		const db = await opened(indexedDB.open('hedged-bets'));
		const scratchOpen = indexedDB.open('bench-io-floor');
		scratchOpen.onupgradeneeded = () => scratchOpen.result.createObjectStore('data');
		const scratch = await opened(scratchOpen);
		let start = performance.now();
		const tx = db.transaction('data', 'readonly');
		const keys = tx.objectStore('data').getAllKeys();
		const values = tx.objectStore('data').getAll();
		await done(tx);
		const readMs = performance.now() - start;
		// Written as an import writes them: a day's log in records of up to 1,000 entries
		// (storage/log-chunk-key.ts), so the floor holds no more records than the app writes.
		/** @type {Map<IDBValidKey, unknown>} */
		const records = new Map();
		/** @type {Map<string, unknown[]>} */
		const filling = new Map();
		keys.result.forEach((key, i) => {
			const value = values.result[i];
			const day = /^log:(\d{4}-\d{2}-\d{2})/.exec(String(key))?.[1];
			if (!day || !Array.isArray(value)) return void records.set(key, value);
			let list = filling.get(day);
			if (!list || list.length + value.length > 1000) {
				filling.set(day, (list = []));
				records.set(key, list);
			}
			list.push(...value);
		});
		start = performance.now();
		const write = scratch.transaction('data', 'readwrite');
		const store = write.objectStore('data');
		for (const [key, value] of records) store.put(value, key);
		await done(write);
		const writeMs = performance.now() - start;
		db.close();
		scratch.close();
		await new Promise(
			(resolve) => (indexedDB.deleteDatabase('bench-io-floor').onsuccess = resolve)
		);
		return { records: keys.result.length, written: records.size, readMs, writeMs };
	});
}

/**
 * One export from `page` and one import of that file into a fresh profile, timed.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {import('@playwright/test').Page} page
 */
async function exportAndImport(browser, origin, page) {
	let start = Date.now();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.getByRole('button', { name: 'Download backup' }).click()
	]);
	const exportMs = Date.now() - start;
	const file = await download.path();
	const megabytes = statSync(file).size / 1e6;
	const io = await storeFloor(page);

	const target = await browser.newContext({ serviceWorkers: 'block' });
	const fresh = await target.newPage();
	await fresh.goto(`${origin}/settings`);
	await ready(fresh);
	// Timed from the file input's change event, so Playwright's own file transfer is left out.
	await fresh.evaluate(() => {
		const input = /** @type {HTMLInputElement} */ (document.getElementById('backup-file'));
		input.addEventListener(
			'change',
			() => Object.assign(window, { benchChosenAt: performance.now() }),
			{ capture: true }
		);
	});
	await fresh.setInputFiles('#backup-file', file);
	await fresh.getByTestId('import-preview').waitFor({ timeout: 60_000 });
	// Read before the floors are measured in this page (they used to be counted in the preview).
	const previewMs = Math.round(
		await fresh.evaluate(() => performance.now() - /** @type {any} */ (window).benchChosenAt)
	);
	// The floor, in the same page and on the same file: one JSON.parse and one JSON.stringify;
	// and the I/O floor's last part, the file's text made into a Blob as a download makes it.
	// Reading the chosen file as text is timed too, for the report: the app's check pays it,
	// and neither floor holds it.
	const floor = await fresh.evaluate(async () => {
		const input = /** @type {HTMLInputElement} */ (document.getElementById('backup-file'));
		let start = performance.now();
		const text = await input.files?.[0]?.text();
		const readFileMs = performance.now() - start;
		if (!text) throw new Error('no file chosen');
		start = performance.now();
		const data = JSON.parse(text);
		const parseMs = performance.now() - start;
		start = performance.now();
		JSON.stringify(data);
		const stringifyMs = performance.now() - start;
		start = performance.now();
		const blob = new Blob([text], { type: 'application/json' });
		const blobMs = performance.now() - start;
		if (blob.size < text.length) throw new Error('the Blob is short');
		return { parseMs, stringifyMs, blobMs, readFileMs };
	});
	start = Date.now();
	await fresh.getByRole('button', { name: 'Import' }).click();
	await fresh.getByText('Backup imported').waitFor({ timeout: 60_000 });
	const importMs = Date.now() - start;
	await fresh
		.getByTestId('backup-counts')
		.getByText('10,000 cards, 100,000 reviews')
		.waitFor({ timeout: 60_000 });

	const totalMs = exportMs + previewMs + importMs;
	await target.close();
	const floorMs = floor.parseMs + floor.stringifyMs;
	const ioFloorMs = io.readMs + io.writeMs + floor.blobMs;
	return {
		exportMs,
		previewMs,
		importMs,
		totalMs,
		floorMs,
		ioFloorMs,
		ioReadMs: io.readMs,
		ioWriteMs: io.writeMs,
		blobMs: floor.blobMs,
		readFileMs: floor.readFileMs,
		records: io.records,
		written: io.written,
		megabytes
	};
}

export async function benchBackup() {
	// BUILD_DIR as svelte.config.js reads it, so two builds can be measured side by side.
	const server = await startBuildServer(process.env.BUILD_DIR ?? 'build');
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	try {
		const source = await browser.newContext({ serviceWorkers: 'block' });
		const page = await source.newPage();
		await page.goto(`${server.origin}/settings`);
		await ready(page);
		await plant(page);
		await page.reload();
		await ready(page);

		/** @type {Awaited<ReturnType<typeof exportAndImport>>[]} */
		const runs = [];
		for (let run = 0; run < RUNS; run++)
			runs.push(await exportAndImport(browser, server.origin, page));
		const { megabytes, records, written } = runs[0];
		const m = Object.fromEntries(TIMED.map((key) => [key, median(runs.map((r) => r[key]))]));
		const ratio = m.totalMs / m.floorMs;
		const ioRatio = m.totalMs / (m.floorMs + m.ioFloorMs);
		const ms = (/** @type {number} */ n) => `${Math.round(n)} ms`;
		console.log(
			`\nBackup (median of ${RUNS}) of ${CARDS.toLocaleString('en-US')} cards and ${(DAYS * REVIEWS_PER_DAY).toLocaleString('en-US')} reviews (${megabytes.toFixed(1)} MB, ${records} records): export ${ms(m.exportMs)}, check and preview ${ms(m.previewMs)}, import ${ms(m.importMs)}, total ${ms(m.totalMs)}` +
				`\n  JSON floor (JSON.stringify + JSON.parse of the file) ${ms(m.floorMs)}: ratio ${ratio.toFixed(2)}× (target ≤ ${TARGETS.ratio}×)` +
				`\n  I/O floor ${ms(m.ioFloorMs)} (every record read in one getAll ${ms(m.ioReadMs)}, written to a scratch database in one transaction as ${written} records ${ms(m.ioWriteMs)}, the file made a Blob ${ms(m.blobMs)}): total / (JSON floor + I/O floor) ${ioRatio.toFixed(2)}×` +
				`\n  (reading the chosen file as text, in neither floor: ${ms(m.readFileMs)})`
		);
		const misses =
			ratio > TARGETS.ratio
				? [`backup export + import ${ratio.toFixed(2)}× its floor > ${TARGETS.ratio}×`]
				: [];
		return { figures: { ...m, ratio, ioRatio, megabytes, runs }, misses };
	} finally {
		await browser.close();
		await server.close();
	}
}
