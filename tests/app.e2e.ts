import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { APP_PAGES } from '../scripts/app-pages.js';
import {
	DOCUMENT_404,
	ROUTES,
	expect,
	forgiveConsoleErrors,
	gotoHydrated,
	test,
	waitUntilReady
} from './fixtures';

for (const route of ROUTES) {
	test(`${route.path} renders its heading with no console error`, async ({ page }) => {
		await gotoHydrated(page, route.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		await expect(page.getByTestId('app-version')).not.toBeEmpty();
	});
}

test('the header navigates between pages and marks the current one', async ({ page }) => {
	await gotoHydrated(page, '/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
	await nav.getByRole('link', { name: 'Article' }).click();
	await expect(page).toHaveURL(/\/article$/);
	await expect(nav.getByRole('link', { name: 'Article' })).toHaveAttribute('aria-current', 'page');
	await page.getByRole('link', { name: 'Hedged Bets' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page).toHaveTitle(/Hedged Bets/);
});

test('the home page leads into the article', async ({ page }) => {
	await gotoHydrated(page, '/');
	await page.getByRole('link', { name: 'Read the article' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[1].heading);
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({
	page
}) => {
	await gotoHydrated(page, '/article');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('an unknown path answers 404 with a helpful page and no console error', async ({
	page,
	consoleErrors
}) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await waitUntilReady(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page doesn’t exist');
	await expect(page.getByText('/no-such-page')).toBeVisible();
	await page.getByRole('link', { name: 'Go to the home page' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[0].heading);
	expect(consoleErrors.filter((e) => DOCUMENT_404.test(e))).toHaveLength(1);
	forgiveConsoleErrors(consoleErrors, [DOCUMENT_404]);
});

test('the article page shows the source text verbatim, with attribution', async ({ page }) => {
	await gotoHydrated(page, '/article');
	const paragraphs = readFileSync('src/lib/article/article.txt', 'utf8')
		.split('\n')
		.slice(1)
		.filter((line) => line.trim());
	const shown = await page.locator('.paragraph p.text').allTextContents();
	expect(shown.map((text) => text.trim())).toEqual(paragraphs.map((text) => text.trim()));
	await expect(page.getByText('The source · Eurasianet')).toBeVisible();
	await expect(page.locator('footer')).toContainText('Eurasianet');
});

test('the web manifest describes an installable app whose icons exist', async ({ request }) => {
	const manifest = await (await request.get('/manifest.webmanifest')).json();
	expect(manifest).toMatchObject({
		short_name: 'Hedged Bets',
		start_url: '/',
		scope: '/',
		display: 'standalone'
	});
	expect(manifest.description).toBeTruthy();
	const sizes = manifest.icons.map((icon: { sizes: string; purpose?: string }) =>
		[icon.sizes, icon.purpose ?? 'any'].join(' ')
	);
	expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
	for (const icon of manifest.icons) {
		expect((await request.get(icon.src)).status(), icon.src).toBe(200);
	}
	for (const shortcut of manifest.shortcuts) {
		expect((await request.get(shortcut.url)).status(), shortcut.url).toBe(200);
	}
});

test('every page carries a strict Content-Security-Policy', async ({ request }) => {
	for (const path of [
		...APP_PAGES,
		'/quiz/play',
		'/class/session',
		'/present',
		'/print',
		'/404.html'
	]) {
		const html = await (await request.get(path)).text();
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
		expect(csp, path).toBeTruthy();
		const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(scriptSrc).not.toContain('unsafe-eval');
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("default-src 'self'");
	}
});

/**
 * Records, in the page, when the browser painted (first-paint, first-contentful-paint) and when
 * the layout marked the page hydrated; returns a reader of those times.
 */
async function watchPaints(page: Page) {
	await page.addInitScript(() => {
		const seen: Record<string, number> = {};
		(window as unknown as { seen: Record<string, number> }).seen = seen;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) seen[entry.name] = entry.startTime;
		}).observe({ type: 'paint', buffered: true });
		new MutationObserver(() => {
			if (document.documentElement.dataset.hydrated) seen.hydrated ??= performance.now();
		}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
	});
	return () => page.evaluate(() => (window as unknown as { seen: Record<string, number> }).seen);
}

test('the home page is painted before the app hydrates it', async ({ page }) => {
	const seen = await watchPaints(page);
	// A slow phone: the page's own code takes four times as long.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await gotoHydrated(page, '/');
	const times = await seen();
	expect(times['first-contentful-paint']).toBeGreaterThan(0);
	expect(times['first-contentful-paint']).toBeLessThan(times.hydrated!);
});

test('the app’s code is fetched only after the page’s first paint', async ({ page }) => {
	const seen = await watchPaints(page);
	await gotoHydrated(page, '/');
	const painted = (await seen())['first-paint']!;
	const scripts = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => ({ url: new URL(entry.name).pathname, at: entry.startTime }))
			.filter((entry) => entry.url.endsWith('.js'))
	);
	expect(painted).toBeGreaterThan(0);
	expect(scripts.length).toBeGreaterThan(0);
	for (const script of scripts) expect(script.at, script.url).toBeGreaterThan(painted);
});

test('regression: a page whose clock is paused still starts (the first-frame wait never hydrated under a paused clock)', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-12-01T09:00:00Z') });
	await page.clock.pauseAt(new Date('2026-12-01T09:00:01Z'));
	await gotoHydrated(page, '/');
	await expect(page.getByRole('link', { name: 'Study' }).first()).toBeVisible();
});

test.describe('phone, as Lighthouse sees it', () => {
	test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

	for (const path of APP_PAGES)
		test(`regression: ${path} does not shift as its content arrives (the footer jumped on /class/join, CLS 0.16)`, async ({
			page
		}) => {
			await page.addInitScript(() => {
				const shifts: number[] = [];
				(window as unknown as { shifts: number[] }).shifts = shifts;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
						shifts.push(entry.value);
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await gotoHydrated(page, path);
			// Whatever a page fills in after it is ready (counts, a first card) has landed by now.
			await page.waitForTimeout(500);
			const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
			expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
		});
});
