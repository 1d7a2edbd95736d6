// Screenshots of the teacher's classroom pages, light and dark, with a class of results made here
// (for the README and reviews). Usage: npx jiti scripts/class-screenshots.ts [outDir]  (serves build/)
import type { Page } from '@playwright/test';
import { CLASS_NAMES, createClassSession, pasteClassResults } from '../tests/present-helpers';
import { screenshotSession } from './screenshot-session';

const outDir = process.argv[2] ?? 'docs/screenshots';
// The projector tests' class, then more, and one name twice (to show the same-name warning).
const NAMES = [
	...CLASS_NAMES,
	'Rustam',
	'Gulnora',
	'Jasur',
	'Malika',
	'Timur',
	'Dilnoza',
	'Sardor',
	'Kamila',
	'Aziz'
];

const { base, browser, close } = await screenshotSession(outDir);

async function ready(page: Page) {
	await page.waitForSelector('html[data-hydrated]');
	await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
}

try {
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({
			baseURL: base,
			viewport: { width: 1280, height: 900 },
			colorScheme,
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		const { session, items } = await createClassSession(page, {
			count: 12,
			name: 'Period 3, 1 December'
		});
		await page.screenshot({ path: `${outDir}/class-session-desktop-${colorScheme}.png` });
		await pasteClassResults(page, session, items, NAMES);
		await page.getByTestId('latest-ack').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${outDir}/class-collect-desktop-${colorScheme}.png` });
		await page.locator('#report-title').scrollIntoViewIfNeeded();
		await page.evaluate(() => {
			document.getElementById('report-title')!.scrollIntoView({ block: 'start' });
			scrollBy(0, -24);
		});
		await page.screenshot({ path: `${outDir}/class-report-desktop-${colorScheme}.png` });
		await page.screenshot({
			path: `${outDir}/class-report-full-desktop-${colorScheme}.png`,
			fullPage: true
		});

		await page.emulateMedia({ media: 'print' });
		await page.screenshot({
			path: `${outDir}/class-report-print-${colorScheme}.png`,
			fullPage: true
		});
		await page.emulateMedia({ media: 'screen' });

		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.getByRole('button', { name: 'Show on projector' }).click();
		await page.getByTestId('projector-code').waitFor();
		await page.screenshot({ path: `${outDir}/class-projector-1920-${colorScheme}.png` });
		await page.keyboard.press('Escape');
		await page.setViewportSize({ width: 360, height: 780 });
		await page.screenshot({
			path: `${outDir}/class-session-phone-${colorScheme}.png`,
			fullPage: true
		});
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${base}/class`);
		await ready(page);
		await page.screenshot({ path: `${outDir}/class-desktop-${colorScheme}.png`, fullPage: true });
		await context.close();
	}
} finally {
	await close();
}
