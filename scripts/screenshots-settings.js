#!/usr/bin/env node
// Screenshots of /settings with some progress planted (cards, a day of reviews, a quiz, one
// damaged card), phone and desktop, light and dark. Run after `vite build`.
// Usage: node scripts/screenshots-settings.js [outDir] [--full]
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { createStaticServer } from './serve.js';

const args = process.argv.slice(2);
const fullPage = args.includes('--full');
const outDir = args.find((arg) => !arg.startsWith('--')) ?? 'docs/screenshots';
const sizes = [
	{ name: 'phone', viewport: { width: 360, height: 800 }, isMobile: true, deviceScaleFactor: 2 },
	{ name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false, deviceScaleFactor: 1 }
];

const day = Date.UTC(2026, 2, 2);
const card = (id, i) => ({
	schema: 1,
	id,
	card: {
		due: new Date(day + (i + 1) * 86_400_000),
		stability: 2.3 + i,
		difficulty: 5.1,
		elapsed_days: 0,
		scheduled_days: i + 1,
		learning_steps: 0,
		reps: 2,
		lapses: 0,
		state: 2,
		last_review: new Date(day)
	},
	suspended: false,
	buriedUntil: null,
	updatedAt: day + i
});
const FACTS = ['border-length', 'rahmon-age', 'dushanbe-kabul', 'rogun-dam', 'casa-1000', 'tapi'];
const records = [
	...FACTS.map((id, i) => [`card:${id}`, card(id, i)]),
	['card:taliban-envoy', { schema: 1, id: 'taliban-envoy', card: 'garbage' }],
	[
		'log:2026-03-02',
		FACTS.map((id, i) => ({ id: `r${i}`, cardId: id, rating: 3, state: 2, review: new Date(day) }))
	],
	['settings', { retention: 0.9, newPerDay: 15, reviewsPerDay: 200 }]
];

const server = createStaticServer({ root: () => 'build' });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	for (const size of sizes) {
		for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
			const context = await browser.newContext({ ...size, colorScheme, serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(`${base}/settings`);
			await page.evaluate(async (records) => {
				const open = indexedDB.open('hedged-bets');
				open.onupgradeneeded = () => open.result.createObjectStore('data');
				const db = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
				const tx = db.transaction('data', 'readwrite');
				for (const [key, value] of records) tx.objectStore('data').put(value, key);
				await new Promise((resolve) => (tx.oncomplete = resolve));
				db.close();
			}, records);
			await page.reload();
			await page.waitForSelector('html[data-hydrated]');
			await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
			await page.screenshot({
				path: `${outDir}/settings-${size.name}-${colorScheme}.png`,
				fullPage
			});
			await context.close();
		}
	}
} finally {
	await browser.close();
	server.close();
}
console.log(`Screenshots in ${outDir}/`);
