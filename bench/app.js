// Page weight, Lighthouse scores and precache size of the production build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HOME_BUDGET, assetWeight } from '../scripts/page-weight.js';
import { chromium, devices } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.js';
import { APP_PAGES as ROUTES } from '../scripts/app-pages.js';
import { startBuildServer } from './server.js';
import { kib, median } from './stats.js';

const LIGHTHOUSE_RUNS = 3;
export const DEBUG_PORT = 9333;
const TARGETS = { performance: 95, accessibility: 100, bestPractices: 100 };
/** Issue 10's first-paint targets for `/` (Lighthouse's default mobile run). */
const HOME_TARGETS = { fcp: 1000, lcp: 1200, requests: 15 };

/**
 * JS and CSS a route loads until the network is idle, lazy chunks included, gzip-compressed.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {string} route
 */
export async function pageWeight(browser, origin, route) {
	const context = await browser.newContext({ ...devices['Pixel 5'] });
	const page = await context.newPage();
	/** @type {Set<string>} */
	const assets = new Set();
	page.on('response', (response) => {
		const { pathname } = new URL(response.url());
		if (/\.(js|css)$/.test(pathname)) assets.add(pathname);
	});
	const response = await page.goto(origin + route, { waitUntil: 'networkidle' });
	// The page's own <style> and <script> blocks count too, as in tests/budget.e2e.ts.
	const html = (await response?.text()) ?? '';
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.waitForLoadState('networkidle');
	await context.close();
	return assetWeight('build', assets, html);
}

/**
 * Lighthouse's default (mobile) run of a route, LIGHTHOUSE_RUNS times: medians of the scores, first
 * paints and request count (requests made before the service worker's precache starts).
 * @param {string} origin
 * @param {string} route
 * @param {{ disableStorageReset?: boolean }} [flags] e.g. keep the data a bench planted
 */
export async function lighthouseScores(origin, route, flags = {}) {
	const runs = [];
	for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
		const result = await lighthouse(origin + route, {
			...flags,
			port: DEBUG_PORT,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
		const { categories, audits } = result.lhr;
		const requests = /** @type {{ items?: { url: string }[] } | undefined} */ (
			audits['network-requests']?.details
		);
		runs.push({
			performance: Math.round((categories.performance?.score ?? 0) * 100),
			accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
			bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
			seo: Math.round((categories.seo?.score ?? 0) * 100),
			fcp: audits['first-contentful-paint']?.numericValue ?? 0,
			lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
			tbt: audits['total-blocking-time']?.numericValue ?? 0,
			cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
			// The worker's own precache fetches are not the page's first load.
			requests: (requests?.items ?? []).filter((r) => !/\/sw\.js$|\/workbox-/.test(r.url)).length,
			urls: (requests?.items ?? []).map((r) => r.url)
		});
	}
	/** @param {'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'fcp' | 'lcp' | 'tbt' | 'cls' | 'requests'} key */
	const mid = (key) => median(runs.map((r) => r[key]));
	return {
		performance: mid('performance'),
		accessibility: mid('accessibility'),
		bestPractices: mid('bestPractices'),
		seo: mid('seo'),
		fcp: mid('fcp'),
		lcp: mid('lcp'),
		tbt: mid('tbt'),
		cls: mid('cls'),
		requests: mid('requests'),
		runs
	};
}

/** Sums the files the generated service worker precaches. */
export function precacheSize(buildDir = 'build') {
	const sw = readFileSync(join(buildDir, 'sw.js'), 'utf8');
	const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
	let raw = 0;
	let gzip = 0;
	for (const url of urls) {
		const name = url === '/' ? 'index.html' : /\.[a-z0-9]+$/i.test(url) ? url : `${url}.html`;
		const path = join(buildDir, name);
		const bytes = readFileSync(path);
		raw += bytes.length;
		gzip += gzipSync(bytes).length;
	}
	return { entries: urls.length, raw, gzip };
}

/**
 * What `/` misses of its targets: the budget test's ceiling (40 KiB less the 2 KiB kept free), and
 * issue 10's first and largest paint and requests.
 * @param {number} total the home page's JS and CSS, gzip
 * @param {{ fcp: number, lcp: number, requests: number }} scores
 */
function homeMisses(total, { fcp, lcp, requests }) {
	const misses = [];
	const ceiling = HOME_BUDGET.limit - HOME_BUDGET.headroom;
	if (total > ceiling) misses.push(`home JS+CSS ${kib(total)} > ${kib(ceiling)}`);
	if (fcp > HOME_TARGETS.fcp) misses.push(`/ FCP ${Math.round(fcp)} ms > ${HOME_TARGETS.fcp} ms`);
	if (lcp > HOME_TARGETS.lcp) misses.push(`/ LCP ${Math.round(lcp)} ms > ${HOME_TARGETS.lcp} ms`);
	if (requests > HOME_TARGETS.requests)
		misses.push(`/ ${requests} requests > ${HOME_TARGETS.requests}`);
	return misses;
}

/** Runs the app benchmark and returns its figures and any missed targets. */
export async function benchApp() {
	const server = await startBuildServer();
	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`]
	});
	const routes = [];
	const misses = [];
	try {
		for (const route of ROUTES) {
			const weight = await pageWeight(browser, server.origin, route);
			const scores = await lighthouseScores(server.origin, route);
			routes.push({ route, weight, scores });
			if (route === '/') misses.push(...homeMisses(weight.total, scores));
			if (scores.performance < TARGETS.performance)
				misses.push(`${route} performance ${scores.performance} < ${TARGETS.performance}`);
			if (scores.accessibility < TARGETS.accessibility)
				misses.push(`${route} accessibility ${scores.accessibility} < ${TARGETS.accessibility}`);
			if (scores.bestPractices < TARGETS.bestPractices)
				misses.push(`${route} best practices ${scores.bestPractices} < ${TARGETS.bestPractices}`);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const precache = precacheSize();
	console.log(
		'\nRoute        JS gz      CSS gz     total      perf  a11y  best  FCP ms  LCP ms  requests'
	);
	for (const { route, weight, scores } of routes) {
		console.log(
			`${route.padEnd(12)} ${kib(weight.js).padEnd(10)} ${kib(weight.css).padEnd(10)} ${kib(weight.total).padEnd(10)} ${String(scores.performance).padEnd(5)} ${String(scores.accessibility).padEnd(5)} ${String(scores.bestPractices).padEnd(5)} ${String(Math.round(scores.fcp)).padEnd(7)} ${String(Math.round(scores.lcp)).padEnd(7)} ${scores.requests}`
		);
	}
	console.log(
		`Precache: ${precache.entries} entries, ${kib(precache.raw)} (${kib(precache.gzip)} gzip)`
	);
	return { figures: { routes, precache }, misses };
}
