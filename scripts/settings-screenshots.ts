// Screenshots of the appearance settings at work (for the README and reviews): /settings and the
// home, study and quiz pages with the dark theme chosen, and at the largest text at 360 px.
// Usage: npx jiti scripts/settings-screenshots.ts [outDir]  (serves build/)
import type { Page } from '@playwright/test';
import { screenshotSession } from './screenshot-session';

const outDir = process.argv[2] ?? 'docs/screenshots';
const { base, browser, close } = await screenshotSession(outDir);

async function open(page: Page, path: string) {
	await page.goto(`${base}${path}`);
	await page.waitForSelector('html[data-hydrated]');
	await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
}

/** Chooses on /settings as a person does, and waits until it is stored. */
async function choose(page: Page, group: string, choice: string) {
	await open(page, '/settings');
	await page.getByRole('group', { name: group }).getByRole('radio', { name: choice }).check();
	await page.getByTestId('appearance-status').getByText('Saved.').waitFor();
}

/** Home, study (answer shown), the quiz page and a question of Quick 10. */
async function tour(page: Page, name: string, fullPage: boolean) {
	for (const [path, file] of [
		['/', 'home'],
		['/study', 'study'],
		['/quiz', 'quiz']
	] as const) {
		await open(page, path);
		if (path === '/study') await page.getByRole('button', { name: 'Show answer' }).click();
		await page.screenshot({ path: `${outDir}/${file}-${name}.png`, fullPage });
	}
	await page.getByRole('button', { name: 'Quick 10' }).click();
	await page.waitForURL(/\/quiz\/play/);
	await page.getByText('Question 1 of 10').waitFor({ timeout: 60_000 });
	await page.screenshot({ path: `${outDir}/quiz-play-${name}.png`, fullPage });
}

try {
	// The dark theme chosen on a light system: the setting, not the system, decides.
	const dark = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		colorScheme: 'light',
		reducedMotion: 'reduce',
		serviceWorkers: 'block'
	});
	const page = await dark.newPage();
	await choose(page, 'Theme', 'Dark');
	await page.screenshot({ path: `${outDir}/settings-chosen-dark.png`, fullPage: true });
	await tour(page, 'chosen-dark', false);
	await dark.close();

	for (const theme of ['Light', 'Dark'] as const) {
		const phone = await browser.newContext({
			viewport: { width: 360, height: 780 },
			isMobile: true,
			hasTouch: true,
			reducedMotion: 'reduce',
			serviceWorkers: 'block'
		});
		const small = await phone.newPage();
		await choose(small, 'Theme', theme);
		await choose(small, 'Text size', 'Largest');
		const name = `largest-360-${theme.toLowerCase()}`;
		await small.screenshot({ path: `${outDir}/settings-${name}.png`, fullPage: true });
		await tour(small, name, false);
		await phone.close();
	}
} finally {
	await close();
}
