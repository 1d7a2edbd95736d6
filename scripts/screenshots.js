#!/usr/bin/env node
// Takes phone and desktop screenshots, light and dark, of every route (for the README and reviews).
// Usage: node scripts/screenshots.js [outDir] [route ...] [--study N]   (serves build/ itself)
// --study N first studies N flashcards by keyboard, so pages show some progress.
// --more also shoots each route on the phone with the navigation's More sheet open.
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { createStaticServer } from './serve.js';

const args = process.argv.slice(2);
const studyAt = args.indexOf('--study');
const studyCount = studyAt < 0 ? 0 : Number(args.splice(studyAt, 2)[1]);
const moreAt = args.indexOf('--more');
const withMore = moreAt >= 0 && Boolean(args.splice(moreAt, 1));
const [outDir = 'screenshots', ...routeArgs] = args;
const routes = routeArgs.length ? routeArgs : ['/', '/article', '/article#p12s2', '/missing-page'];
const sizes = [
	{ name: 'phone', viewport: { width: 360, height: 780 }, isMobile: true, deviceScaleFactor: 2 },
	{ name: 'desktop', viewport: { width: 1280, height: 860 }, isMobile: false, deviceScaleFactor: 1 }
];

/** Grades `count` flashcards Good by keyboard on /study, each stored before the next shows. */
async function study(page, count) {
	if (!count) return;
	await page.goto(`${base}/study`);
	await page.locator('[data-testid=show-answer]').waitFor();
	for (let i = 0; i < count; i++) {
		const id = await page.getByTestId('flashcard').getAttribute('data-card-id');
		await page.keyboard.press('Space');
		await page.keyboard.press(i % 3 ? '3' : '4');
		await page.locator(`[data-testid=flashcard]:not([data-card-id="${id}"])`).waitFor();
	}
}

const server = createStaticServer({ root: () => 'build' });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	for (const size of sizes) {
		for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
			const context = await browser.newContext({
				...size,
				colorScheme,
				reducedMotion: 'reduce',
				serviceWorkers: 'block'
			});
			const page = await context.newPage();
			await study(page, studyCount);
			for (const route of routes) {
				await page.goto(base + route);
				await page.waitForSelector('html[data-hydrated]');
				await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
				const slug = route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
				await page.screenshot({
					path: `${outDir}/${slug}-${size.name}-${colorScheme}.png`,
					fullPage: false
				});
				if (withMore && size.name === 'phone') {
					await page.getByRole('button', { name: 'More' }).click();
					await page.getByRole('dialog', { name: 'More' }).waitFor();
					await page.mouse.move(0, 0);
					await page.screenshot({ path: `${outDir}/${slug}-${size.name}-more-${colorScheme}.png` });
					await page.keyboard.press('Escape');
				}
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	server.close();
}
console.log(`Screenshots in ${outDir}/`);
