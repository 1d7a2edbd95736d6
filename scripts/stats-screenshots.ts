// Screenshots of /stats with a year of generated reviews and with none, at 360 px and desktop,
// light and dark (for the README and reviews). Usage: npx jiti scripts/stats-screenshots.ts [outDir]
// (serves build/).
import type { Page } from '@playwright/test';
import { putCards, putRecords } from '../tests/idb';
import { plantedYear } from '../tests/stats-fixture';
import { screenshotSession } from './screenshot-session';

const outDir = process.argv[2] ?? 'docs/screenshots';
const TIME_ZONE = 'Europe/Berlin';
const { base, browser, close } = await screenshotSession(outDir);

async function ready(page: Page) {
	await page.waitForSelector('html[data-hydrated]');
	await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
}

const SIZES = [
	{ name: 'phone', viewport: { width: 360, height: 780 } },
	{ name: 'desktop', viewport: { width: 1280, height: 900 } }
] as const;

try {
	for (const colorScheme of ['light', 'dark'] as const)
		for (const size of SIZES)
			for (const data of ['year', 'empty'] as const) {
				const context = await browser.newContext({
					viewport: size.viewport,
					colorScheme,
					timezoneId: TIME_ZONE,
					serviceWorkers: 'block'
				});
				const page = await context.newPage();
				await page.goto(`${base}/`);
				await ready(page);
				if (data === 'year') {
					const year = plantedYear({ now: Date.now(), timeZone: TIME_ZONE });
					await putCards(page, year.cards);
					await putRecords(page, year.records);
				}
				await page.goto(`${base}/stats`);
				await ready(page);
				await page.screenshot({
					path: `${outDir}/stats-${data}-${size.name}-${colorScheme}.png`,
					fullPage: true
				});
				await context.close();
			}
} finally {
	await close();
}
