// Screenshots of printing a class session: the Print block on the session page, /print on a
// screen (light, dark, phone), and the printed PDFs rendered to PNG with poppler's pdftoppm.
// Usage: npx jiti scripts/print-screenshots.ts [outDir]  (serves build/; needs poppler-utils)
import { execFileSync } from 'node:child_process';
import { mkdtemp, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { screenshotSession } from './screenshot-session';

const outDir = process.argv[2] ?? 'docs/screenshots';
const scratch = await mkdtemp(join(tmpdir(), 'print-shots-'));
const { base, browser, close } = await screenshotSession(outDir);

async function ready(page: Page) {
	await page.waitForSelector('html[data-hydrated]');
	await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
}

/** Prints the page as it is to PDF and keeps its first `pages` pages as PNGs at `dpi`. */
async function printPng(page: Page, name: string, pages = 1, dpi = 60) {
	const pdf = join(scratch, `${name}.pdf`);
	await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
	const prefix = join(scratch, name);
	execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-l', String(pages), pdf, prefix]);
	const digits = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]!
		.length;
	for (let p = 1; p <= pages; p++)
		await rename(
			`${prefix}-${String(p).padStart(digits, '0')}.png`,
			`${outDir}/print-${name}${pages > 1 ? `-p${p}` : ''}.png`
		);
}

try {
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			colorScheme,
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		await page.goto(`${base}/class`);
		await ready(page);
		await page.getByLabel('Name').fill('Period 3, 1 December');
		await page.locator('#class-count').fill('20');
		await page.getByRole('button', { name: 'Create session' }).click();
		await page.waitForURL(/\/class\/session#/);
		await ready(page);
		const block = page.getByTestId('print-links');
		await block.scrollIntoViewIfNeeded();
		if (colorScheme === 'light')
			await block.screenshot({ path: `${outDir}/print-session-block-${colorScheme}.png` });

		await block.getByRole('link', { name: 'Student sheet' }).click();
		await page.waitForURL(/\/print#/);
		await ready(page);
		await page.getByLabel('A4').check();
		await page.screenshot({ path: `${outDir}/print-screen-desktop-${colorScheme}.png` });
		if (colorScheme === 'dark') {
			await context.close();
			continue;
		}
		await printPng(page, 'student-a4', 2);
		await printPng(page, 'student-a4-100dpi', 1, 100);
		await page.getByLabel('Letter').check();
		await printPng(page, 'student-letter', 1);
		await page.getByLabel('Answer key').check();
		await printPng(page, 'key-letter', 1);
		await page.getByLabel('A4').check();
		await printPng(page, 'key-a4', 2);
		await page.getByLabel('Join poster').check();
		await printPng(page, 'poster-a4', 1);
		await page.getByLabel('Student sheet').check();
		await page.setViewportSize({ width: 360, height: 780 });
		await page.screenshot({ path: `${outDir}/print-screen-phone-${colorScheme}.png` });
		await context.close();
	}
} finally {
	await close();
}
console.log(`Print screenshots written to ${outDir}/`);
