// Backup of a busy learner through /settings in Chromium: 10,000 cards and 100,000 reviews
// exported, then checked, previewed and imported into a fresh profile. The target is a ratio to
// a floor measured in the same run and page: JSON.stringify and JSON.parse of the same file.
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
	// The floor, in the same page and on the same file: one JSON.parse and one JSON.stringify.
	const floor = await fresh.evaluate(async () => {
		const input = /** @type {HTMLInputElement} */ (document.getElementById('backup-file'));
		const text = await input.files?.[0]?.text();
		if (!text) throw new Error('no file chosen');
		let start = performance.now();
		const data = JSON.parse(text);
		const parseMs = performance.now() - start;
		start = performance.now();
		JSON.stringify(data);
		return { parseMs, stringifyMs: performance.now() - start };
	});
	const previewMs = Math.round(
		await fresh.evaluate(() => performance.now() - /** @type {any} */ (window).benchChosenAt)
	);
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
	return { exportMs, previewMs, importMs, totalMs, floorMs, megabytes };
}

export async function benchBackup() {
	const server = await startBuildServer();
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	try {
		const source = await browser.newContext({ serviceWorkers: 'block' });
		const page = await source.newPage();
		await page.goto(`${server.origin}/settings`);
		await ready(page);
		await plant(page);
		await page.reload();
		await ready(page);

		/** @type {{ exportMs: number, previewMs: number, importMs: number, totalMs: number, floorMs: number }[]} */
		const runs = [];
		let megabytes = 0;
		for (let run = 0; run < RUNS; run++) {
			const timing = await exportAndImport(browser, server.origin, page);
			megabytes = timing.megabytes;
			runs.push(timing);
		}
		const pick = (
			/** @type {'exportMs' | 'previewMs' | 'importMs' | 'totalMs' | 'floorMs'} */ key
		) => median(runs.map((r) => r[key]));
		const [exportMs, previewMs, importMs] = [pick('exportMs'), pick('previewMs'), pick('importMs')];
		const totalMs = pick('totalMs');
		const floorMs = pick('floorMs');
		const ratio = totalMs / floorMs;
		console.log(
			`\nBackup (median of ${RUNS}) of ${CARDS.toLocaleString('en-US')} cards and ${(DAYS * REVIEWS_PER_DAY).toLocaleString('en-US')} reviews (${megabytes.toFixed(1)} MB): export ${exportMs} ms, check and preview ${Math.round(previewMs)} ms, import ${importMs} ms, total ${totalMs} ms; floor (JSON.stringify + JSON.parse of the file) ${Math.round(floorMs)} ms; ratio ${ratio.toFixed(2)}× (target ≤ ${TARGETS.ratio}×)`
		);
		const misses =
			ratio > TARGETS.ratio
				? [`backup export + import ${ratio.toFixed(2)}× its floor > ${TARGETS.ratio}×`]
				: [];
		return {
			figures: { exportMs, previewMs, importMs, totalMs, floorMs, ratio, megabytes, runs },
			misses
		};
	} finally {
		await browser.close();
		await server.close();
	}
}
