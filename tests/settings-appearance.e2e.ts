import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, gotoHydrated, test, waitUntilReady } from './fixtures';
import { readRecords } from './idb';

// Theme, text size and motion: chosen on /settings, applied before the first paint on every page
// (shell/appearance.js, from the localStorage mirror), shared by open tabs, surviving reload.

const MIRROR = 'hedged-bets-appearance';

/** Picks a choice on /settings and waits until it is stored. */
async function choose(page: Page, group: string, choice: string) {
	await page.getByRole('group', { name: group }).getByRole('radio', { name: choice }).check();
	await expect(page.getByTestId('appearance-status')).toHaveText('Saved.');
}

const rootFontSize = (page: Page) =>
	page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

/** What the page looked like when <body> first appeared: before any of the app's code ran. */
async function recordFirstBody(page: Page) {
	await page.addInitScript(() => {
		const observer = new MutationObserver(() => {
			if (!document.body) return;
			observer.disconnect();
			(window as unknown as { firstBody: object }).firstBody = {
				theme: document.documentElement.dataset.theme ?? null,
				textSize: document.documentElement.dataset.textSize ?? null,
				background: getComputedStyle(document.body).backgroundColor,
				colorScheme: getComputedStyle(document.documentElement).colorScheme,
				hydrated: document.documentElement.dataset.hydrated ?? null
			};
		});
		observer.observe(document, { childList: true, subtree: true });
	});
}

const firstBody = (page: Page) =>
	page.evaluate(() => (window as unknown as { firstBody: unknown }).firstBody);

const DARK_BG = 'rgb(16, 22, 25)';
const LIGHT_BG = 'rgb(247, 245, 240)';

test.describe('theme', () => {
	test.use({ colorScheme: 'light' });

	test('a dark theme chosen on a light system is there before the first paint after a reload', async ({
		page
	}) => {
		await gotoHydrated(page, '/settings');
		const group = page.getByRole('group', { name: 'Theme' });
		await expect(group.getByRole('radio', { name: 'System' })).toBeChecked();
		await choose(page, 'Theme', 'Dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			DARK_BG
		);
		expect((await readRecords(page, 'settings')).settings).toMatchObject({ theme: 'dark' });

		await recordFirstBody(page);
		for (const path of ['/settings', '/', '/study', '/article']) {
			await page.goto(path);
			// Set by the render-blocking script in <head>: before <body>, so before the app's code.
			expect(await firstBody(page), path).toEqual({
				theme: 'dark',
				textSize: null,
				background: DARK_BG,
				colorScheme: 'dark',
				hydrated: null
			});
			await waitUntilReady(page);
		}
		await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute(
			'content',
			'#172025'
		);
		await page.goto('/settings');
		await waitUntilReady(page);
		await expect(
			page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })
		).toBeChecked();
	});

	test('a light theme chosen on a dark system wins over the system', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await gotoHydrated(page, '/settings');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			DARK_BG
		);
		await choose(page, 'Theme', 'Light');
		await recordFirstBody(page);
		await page.reload();
		expect(await firstBody(page)).toMatchObject({ theme: 'light', background: LIGHT_BG });
		await waitUntilReady(page);
		await choose(page, 'Theme', 'System');
		await expect(page.locator('html')).not.toHaveAttribute('data-theme');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			DARK_BG
		);
	});

	test('a damaged mirror is ignored value by value, and the stored settings put it right', async ({
		page
	}) => {
		await gotoHydrated(page, '/');
		await page.evaluate(
			(key) =>
				localStorage.setItem(key, JSON.stringify({ v: 1, theme: 'purple', textSize: 'largest' })),
			MIRROR
		);
		await recordFirstBody(page);
		await page.reload();
		expect(await firstBody(page)).toMatchObject({
			theme: null,
			textSize: 'largest',
			background: LIGHT_BG
		});
		await waitUntilReady(page);
		// Opening the settings reads the real record (nothing stored: the defaults) and mirrors it.
		await gotoHydrated(page, '/settings');
		await expect(page.locator('html')).not.toHaveAttribute('data-text-size');
		expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), MIRROR))!)).toEqual({
			v: 1,
			theme: 'system',
			textSize: 'default',
			motion: 'system'
		});
	});
});

test('the largest text survives a reload and scales every page', async ({ page }) => {
	const pages = ['/', '/study', '/article', '/quiz', '/settings', '/class/join'];
	const headingSizes = async () => {
		const sizes: number[] = [];
		for (const path of pages) {
			await gotoHydrated(page, path);
			sizes.push(
				await page
					.locator('main h1')
					.first()
					.evaluate((h1) => parseFloat(getComputedStyle(h1).fontSize))
			);
		}
		return sizes;
	};
	const before = await headingSizes();
	await gotoHydrated(page, '/settings');
	await choose(page, 'Text size', 'Largest');
	expect(await rootFontSize(page)).toBe('24px');
	await page.reload();
	await waitUntilReady(page);
	expect(await rootFontSize(page)).toBe('24px');
	await expect(
		page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Largest' })
	).toBeChecked();
	const after = await headingSizes();
	after.forEach((size, i) => expect(size / before[i]!, pages[i]).toBeCloseTo(1.5, 1));

	await gotoHydrated(page, '/settings');
	await choose(page, 'Text size', 'Small');
	expect(await rootFontSize(page)).toBe('14px');
});

test.describe('motion', () => {
	const flashDuration = async (page: Page) => {
		await page.goto('/article#p12s2');
		await waitUntilReady(page);
		return page
			.locator('.sentence.target')
			.evaluate((sentence) => getComputedStyle(sentence).animationDuration);
	};

	test('Reduce stops animations on a system that allows them', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		expect(await flashDuration(page)).toBe('1.6s');
		await gotoHydrated(page, '/settings');
		await choose(page, 'Motion', 'Reduce');
		await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
		expect(await flashDuration(page)).toBe('1e-05s');
	});

	test('Full keeps them on a system that asks for less, and System follows the system', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		expect(await flashDuration(page)).toBe('1e-05s');
		await gotoHydrated(page, '/settings');
		await choose(page, 'Motion', 'Full');
		expect(await flashDuration(page)).toBe('1.6s');
		await gotoHydrated(page, '/settings');
		await choose(page, 'Motion', 'System');
		expect(await flashDuration(page)).toBe('1e-05s');
	});

	test('regression: the More sheet stayed still with Full chosen on a system that asks for less', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoHydrated(page, '/settings');
		await choose(page, 'Motion', 'Full');
		await page.getByRole('button', { name: 'More' }).click();
		const sheet = page.getByRole('dialog', { name: 'More' });
		await expect(sheet).toBeVisible();
		const motion = await sheet.evaluate((dialog) => {
			const style = getComputedStyle(dialog);
			return `${style.animationName === 'none' ? 'none' : 'rise'} ${style.animationDuration}`;
		});
		expect(motion).toBe('rise 0.22s');
	});
});

test('a choice made in one tab applies in the other open tabs without a reload', async ({
	page,
	context
}) => {
	await gotoHydrated(page, '/settings');
	const study = await context.newPage();
	await gotoHydrated(study, '/study');
	const settings = await context.newPage();
	await gotoHydrated(settings, '/settings');
	await study.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

	await choose(page, 'Theme', 'Dark');
	await choose(page, 'Text size', 'Larger');
	await expect(study.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(study.locator('html')).toHaveAttribute('data-text-size', 'larger');
	expect(await rootFontSize(study)).toBe('20px');
	// The same page, changed in place.
	expect(await study.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
	// The other settings page shows the choices too, as a setting saved there would be shown.
	await expect(
		settings.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })
	).toBeChecked();
	await expect(
		settings.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Larger' })
	).toBeChecked();
	await study.close();
	await settings.close();
});

test('the choices work from the keyboard: arrows move within a group', async ({ page }) => {
	await gotoHydrated(page, '/settings');
	const system = page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'System' });
	await system.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByTestId('appearance-status')).toHaveText('Saved.');
});

for (const theme of ['Light', 'Dark'] as const) {
	test.describe(`axe, with the ${theme.toLowerCase()} theme chosen against the system`, () => {
		test.use({ colorScheme: theme === 'Dark' ? 'light' : 'dark', reducedMotion: 'reduce' });

		test(`no violation on the main pages`, async ({ page }) => {
			// Six pages of axe in one test: slow on a busy machine.
			test.slow();
			await gotoHydrated(page, '/settings');
			await choose(page, 'Theme', theme);
			for (const path of ['/', '/study', '/article', '/quiz', '/settings', '/class/join']) {
				await gotoHydrated(page, path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
				const results = await new AxeBuilder({ page }).analyze();
				expect(
					results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
					path
				).toEqual([]);
			}
		});
	});
}

test.describe('largest text on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

	test('no page grows wider than the screen, and the study answer bar stays above the tab bar', async ({
		page
	}) => {
		await gotoHydrated(page, '/settings');
		await choose(page, 'Text size', 'Largest');
		for (const path of ['/', '/study', '/quiz', '/article', '/settings', '/class/join']) {
			await gotoHydrated(page, path);
			if (path === '/study') await page.getByTestId('show-answer').click();
			const overflowing = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('body *')]
					.filter((element) => {
						const box = element.getBoundingClientRect();
						return box.width > 0 && (box.right > width + 1 || box.left < -1);
					})
					.filter((element) => !element.closest('.visually-hidden, .skip-link'))
					.map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
			});
			expect(overflowing, path).toEqual([]);
		}
		// On /study, after "Show answer": every grade button whole, and none behind the tab bar.
		await page.goto('/study');
		await waitUntilReady(page);
		await page.getByTestId('show-answer').click();
		const nav = await page.locator('nav[aria-label="Main"]').boundingBox();
		const boxes = [];
		for (const grade of ['1', '2', '3', '4']) {
			const box = (await page.getByTestId(`grade-${grade}`).boundingBox())!;
			expect(box.x + box.width, `grade ${grade}`).toBeLessThanOrEqual(360);
			expect(box.y + box.height, `grade ${grade}`).toBeLessThanOrEqual(nav!.y);
			boxes.push(box);
		}
		// Two by two, never three and one.
		const [again, hard, good, easy] = boxes.map((box) => Math.round(box.y)) as [
			number,
			number,
			number,
			number
		];
		expect([again === hard, hard < good, good === easy]).toEqual([true, true, true]);
	});
});
