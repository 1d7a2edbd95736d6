import {
	DOCUMENT_404,
	OFFLINE_SW_UPDATE_CHECK,
	ROUTES,
	expect,
	forgiveConsoleErrors,
	gotoHydrated,
	test,
	waitForServiceWorker,
	waitUntilReady
} from './fixtures';

test('after one visit every page works offline, and unknown paths get the 404 page', async ({
	page,
	context,
	consoleErrors
}) => {
	await gotoHydrated(page, '/');
	await waitForServiceWorker(page);
	await expect(page.getByTestId('offline-ready')).toContainText('Ready to work offline');

	await context.setOffline(true);
	await expect(page.getByTestId('offline-badge')).toBeVisible();

	for (const route of ROUTES) {
		const response = await page.goto(route.path);
		expect(response?.fromServiceWorker(), route.path).toBe(true);
		await waitUntilReady(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
		await expect(page.getByTestId('offline-badge')).toBeVisible();
	}

	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'Home' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[0].heading);
	await nav.getByRole('link', { name: 'Article' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[1].heading);

	await page.goto('/article#p11s1');
	await expect(page.locator('#p11s1')).toHaveClass(/\btarget\b/);

	const missing = await page.goto('/not/a/real/page');
	expect(missing?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page doesn’t exist');

	await context.setOffline(false);
	await expect(page.getByTestId('offline-badge')).toHaveCount(0);
	forgiveConsoleErrors(consoleErrors, OFFLINE_SW_UPDATE_CHECK);
});

test.describe('without a service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('the same visit fails offline (control for the test above)', async ({
		page,
		context,
		consoleErrors
	}) => {
		await gotoHydrated(page, '/');
		await context.setOffline(true);
		await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
		consoleErrors.length = 0;
	});
});

// Regression: the plugin's default './sw.js' made a page at /a/b register /a/sw.js, a 404.
test('a page at a nested unknown path registers the root service worker', async ({
	page,
	consoleErrors
}) => {
	await gotoHydrated(page, '/deep/nested/unknown');
	await waitForServiceWorker(page);
	const script = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
	expect(new URL(script!).pathname).toBe('/sw.js');
	forgiveConsoleErrors(consoleErrors, [DOCUMENT_404]);
});

test('regression: the offline-ready toast failed axe at random while it faded in', async ({
	page
}) => {
	// Axe looks whenever a test asks; a toast half risen was half transparent, so its text read
	// as low contrast. The toast now slides in at full opacity: no keyframe may lower it.
	await gotoHydrated(page, '/');
	await waitForServiceWorker(page);
	const toast = page.getByTestId('offline-ready');
	await expect(toast).toBeVisible();
	const frames = await toast.evaluate((element) => {
		const name = getComputedStyle(element).animationName;
		const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
		const keyframes = rules.find(
			(rule): rule is CSSKeyframesRule => rule instanceof CSSKeyframesRule && rule.name === name
		);
		return {
			name,
			frames: [...(keyframes?.cssRules ?? [])].map(
				(frame) => (frame as CSSKeyframeRule).style.opacity
			)
		};
	});
	expect(frames.name).not.toBe('none');
	expect(frames.frames.length).toBeGreaterThan(0);
	for (const opacity of frames.frames) expect(opacity).toBe('');
	expect(await toast.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
});
