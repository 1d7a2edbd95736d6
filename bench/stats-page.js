// /stats in Chromium: painted with 10,000 cards and 100,000 review-log entries stored, against
// the deck load of /study on the same data in the same run (the floor: the study page reads the
// same cards, and the stats page reads the whole log besides); its weight; and Lighthouse with a
// year of generated reviews stored (tests/stats-fixture.ts), not just the empty page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.js';
import { DEBUG_PORT, lighthouseScores, pageWeight } from './app.js';
import { openStudy, plant, syntheticBank } from './deck.js';
import { startBuildServer } from './server.js';
import { kib, median, percentile } from './stats.js';
import { withAppModules } from './vite-modules.js';

const { cardKey, putCards, putRecords, plantedYear } = await withAppModules(async (load) => ({
	...(await load('/src/lib/storage/card-buckets.ts')),
	...(await load('/tests/idb.ts')),
	...(await load('/tests/stats-fixture.ts'))
}));

const CARDS = 10_000;
const LOG_DAYS = 1_000;
const LOGS_PER_DAY = 100;
const SEED = 20_260_302;
const RUNS = Number(process.env.STATS_RUNS ?? 15);
/** /stats painted at most this long after /study's deck load on the same store. */
const TARGET_MS = 300;
const TARGETS = { performance: 95, accessibility: 100, bestPractices: 100 };

/**
 * Runs before the page's scripts: marks the first frame painted with a chart in it (the cards'
 * figures come first) and the first with every section (the article map comes last), timed from
 * the stats page's own load mark.
 */
function markStatsPainted() {
	const painted = (/** @type {string} */ name) =>
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => performance.measure(name, 'stats-load-start');
			channel.port2.postMessage(undefined);
		});
	let first = false;
	const observer = new MutationObserver(() => {
		if (!first && document.querySelector('svg[data-chart]')) {
			first = true;
			painted('stats-painted');
		}
		if (!document.querySelector('[data-chart="mastery"]')) return;
		observer.disconnect();
		painted('stats-complete');
	});
	observer.observe(document, { subtree: true, childList: true });
}

/** @param {import('@playwright/test').Page} page @param {string} origin */
async function openStats(page, origin) {
	await page.goto(`${origin}/stats`);
	await page.waitForFunction(
		() => performance.getEntriesByName('stats-complete').length > 0,
		null,
		{
			timeout: 30_000
		}
	);
	return page.evaluate(() => ({
		painted: performance.getEntriesByName('stats-painted')[0]?.duration ?? NaN,
		complete: performance.getEntriesByName('stats-complete')[0]?.duration ?? NaN
	}));
}

/** Deck load and stats paint, in turns after one warm-up each, so a busy machine slows both alike. */
async function paintAgainstDeck(browser, origin, bankJson) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	await context.route('**/bank.json', (route) =>
		route.fulfill({ body: bankJson, contentType: 'application/json' })
	);
	await context.route(`${origin}/plant`, (route) =>
		route.fulfill({ body: '<!doctype html><title>plant</title>', contentType: 'text/html' })
	);
	await context.addInitScript(markStatsPainted);
	const page = await context.newPage();
	await page.goto(`${origin}/plant`);
	const ids = JSON.parse(bankJson).facts.map((/** @type {{ id: string }} */ f) => f.id);
	await page.evaluate(plant, {
		ids,
		keys: ids.map(cardKey),
		seed: SEED,
		days: LOG_DAYS,
		perDay: LOGS_PER_DAY
	});
	await openStudy(page, origin);
	await openStats(page, origin);
	const deck = [];
	const painted = [];
	const complete = [];
	for (let i = 0; i < RUNS; i++) {
		deck.push(await openStudy(page, origin));
		const stats = await openStats(page, origin);
		painted.push(stats.painted);
		complete.push(stats.complete);
	}
	await context.close();
	return { deck, painted, complete };
}

/** Lighthouse on /stats with a year of reviews stored in the browser's own profile. */
async function lighthouseWithYear(origin) {
	const profile = mkdtempSync(join(tmpdir(), 'stats-lighthouse-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: findChromium(),
		args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`]
	});
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const year = plantedYear({
			now: Date.now(),
			timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone
		});
		await putCards(page, year.cards);
		await putRecords(page, year.records);
		await page.close();
		const scores = await lighthouseScores(origin, '/stats', { disableStorageReset: true });
		return { ...scores, reviews: year.reviews };
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

export async function benchStatsPage() {
	const bankJson = JSON.stringify(syntheticBank(CARDS));
	const server = await startBuildServer();
	const misses = [];
	try {
		const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
		let runs;
		let weight;
		try {
			weight = await pageWeight(browser, server.origin, '/stats');
			runs = await paintAgainstDeck(browser, server.origin, bankJson);
		} finally {
			await browser.close();
		}
		const deck = median(runs.deck);
		const painted = median(runs.painted);
		const after = painted - deck;
		console.log(
			`\nStored: ${CARDS.toLocaleString('en')} cards, ${(LOG_DAYS * LOGS_PER_DAY).toLocaleString('en')} review-log entries over ${LOG_DAYS} days`
		);
		console.log(
			`/stats painted (${RUNS} page loads, from its store open to the first frame with charts, the cards' figures): median ${painted.toFixed(1)} ms, p95 ${percentile(runs.painted, 95).toFixed(1)} ms; every section (the 100,000 reviews read, the article map drawn): median ${median(runs.complete).toFixed(1)} ms, p95 ${percentile(runs.complete, 95).toFixed(1)} ms`
		);
		console.log(
			`floor: /study's deck load on the same store, median ${deck.toFixed(1)} ms; /stats painted ${after.toFixed(1)} ms after it (target ≤ ${TARGET_MS} ms)`
		);
		if (after > TARGET_MS)
			misses.push(`/stats painted ${after.toFixed(0)} ms after the deck load > ${TARGET_MS} ms`);
		console.log(
			`/stats route: ${kib(weight.js)} JS + ${kib(weight.css)} CSS = ${kib(weight.total)} gzip (${weight.files} files)`
		);

		const scores = await lighthouseWithYear(server.origin);
		console.log(
			`Lighthouse /stats with a year of ${scores.reviews.toLocaleString('en')} reviews stored: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores.bestPractices}, SEO ${scores.seo} (LCP ${scores.lcp.toFixed(0)} ms, total blocking time ${scores.tbt.toFixed(0)} ms, layout shift ${scores.cls.toFixed(3)})`
		);
		if (scores.performance < TARGETS.performance)
			misses.push(`/stats (a year) performance ${scores.performance} < ${TARGETS.performance}`);
		if (scores.accessibility < TARGETS.accessibility)
			misses.push(
				`/stats (a year) accessibility ${scores.accessibility} < ${TARGETS.accessibility}`
			);
		if (scores.bestPractices < TARGETS.bestPractices)
			misses.push(
				`/stats (a year) best practices ${scores.bestPractices} < ${TARGETS.bestPractices}`
			);
		return {
			figures: {
				paint: { ...runs, deck, painted, after },
				weight,
				lighthouse: { ...scores, runs: undefined }
			},
			misses
		};
	} finally {
		await server.close();
	}
}

// `node bench/stats-page.js` runs this part alone (after `vite build`).
if (import.meta.url === `file://${process.argv[1]}`) {
	const { misses } = await benchStatsPage();
	if (misses.length) {
		console.log(`Targets missed:\n- ${misses.join('\n- ')}`);
		process.exitCode = 1;
	}
}
