import {
	OFFLINE_SW_UPDATE_CHECK,
	expect,
	forgiveConsoleErrors,
	gotoHydrated,
	test,
	waitForServiceWorker,
	waitUntilReady
} from './fixtures';

test.describe('phone, 360 px', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('the tab bar holds four pages and More, each a 44 px target with its whole label', async ({
		page
	}) => {
		await gotoHydrated(page, '/');
		const nav = page.getByRole('navigation', { name: 'Main' });
		const tabs = nav.locator('a:visible, button:visible');
		await expect(tabs).toHaveText(['Home', 'Study', 'Quiz', 'Article', 'More']);
		for (const tab of await tabs.all()) {
			const box = await tab.boundingBox();
			expect(box?.height).toBeGreaterThanOrEqual(44);
			expect(box?.width).toBeGreaterThanOrEqual(44);
			const clipped = await tab
				.locator('span')
				.evaluate((label) => label.scrollWidth > label.clientWidth);
			expect(clipped).toBe(false);
		}
	});

	test('More opens a labelled sheet; Esc closes it and focus returns to More', async ({ page }) => {
		await gotoHydrated(page, '/');
		const more = page.getByRole('button', { name: 'More' });
		await expect(more).toHaveAttribute('aria-expanded', 'false');
		await more.click();
		const sheet = page.getByRole('dialog', { name: 'More' });
		await expect(sheet).toBeVisible();
		await expect(more).toHaveAttribute('aria-expanded', 'true');
		await expect(sheet.getByRole('link')).toHaveText(['Class', 'Stats', 'Bank', 'Settings']);
		// Every page of the nav exists now: none waits as "Coming soon".
		await expect(sheet.getByText('Coming soon')).toHaveCount(0);

		// Focus stays inside the modal sheet.
		for (let i = 0; i < 5; i++) {
			await page.keyboard.press('Tab');
			expect(await sheet.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
		}
		await page.keyboard.press('Escape');
		await expect(sheet).toBeHidden();
		await expect(more).toBeFocused();
		await expect(more).toHaveAttribute('aria-expanded', 'false');
	});

	test('a page in the sheet opens from it and marks More as the current tab', async ({ page }) => {
		await gotoHydrated(page, '/');
		await page.getByRole('button', { name: 'More' }).click();
		await page
			.getByRole('dialog', { name: 'More' })
			.getByRole('link', { name: 'Settings' })
			.click();
		await expect(page).toHaveURL(/\/settings$/);
		await expect(page.getByRole('dialog')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'More' })).toHaveClass(/current/);
		await page.getByRole('button', { name: 'More' }).click();
		await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute(
			'aria-current',
			'page'
		);
	});

	test('a tap on the backdrop closes the sheet', async ({ page }) => {
		await gotoHydrated(page, '/');
		await page.getByRole('button', { name: 'More' }).click();
		await expect(page.getByRole('dialog', { name: 'More' })).toBeVisible();
		await page.mouse.click(180, 40);
		await expect(page.getByRole('dialog')).toHaveCount(0);
	});

	test('with reduced motion the sheet appears without sliding', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoHydrated(page, '/');
		await page.getByRole('button', { name: 'More' }).click();
		const sheet = page.getByRole('dialog', { name: 'More' });
		await expect(sheet).toBeVisible();
		// app.css's rule: every animation over in a hundredth of a millisecond.
		expect(await sheet.evaluate((dialog) => getComputedStyle(dialog).animationDuration)).toBe(
			'1e-05s'
		);
	});
});

test('on a wide screen every page is in the header and there is no More', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await gotoHydrated(page, '/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.locator('a:visible')).toHaveText([
		'Home',
		'Study',
		'Quiz',
		'Article',
		'Class',
		'Stats',
		'Bank',
		'Settings'
	]);
	await expect(nav.getByRole('button', { name: 'More' })).toBeHidden();
});

test('regression: the icon sprite inlined in the page takes no room above the header', async ({
	page
}) => {
	await gotoHydrated(page, '/');
	expect((await page.locator('header').boundingBox())?.y).toBe(0);
});

test('offline, the More sheet still opens: its lazy chunk is in the precache', async ({
	page,
	context,
	consoleErrors
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await gotoHydrated(page, '/');
	await waitForServiceWorker(page);
	await expect(page.getByTestId('offline-ready')).toBeVisible();
	await context.setOffline(true);
	await page.reload();
	await waitUntilReady(page);
	await page.getByRole('button', { name: 'More' }).click();
	await expect(page.getByRole('dialog', { name: 'More' })).toBeVisible();
	forgiveConsoleErrors(consoleErrors, OFFLINE_SW_UPDATE_CHECK);
});

// The app's code is not preloaded on navigation (vite.config.ts, `modulePreload`): the browser
// finds a page's modules as it imports them. Its stylesheets must still arrive with it.
test('every page reached from the header has the stylesheets its own load would give it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const sheets = () =>
		page.evaluate(() =>
			[...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]:not([disabled])')]
				.map((link) => new URL(link.href).pathname)
				.filter((path) => path.endsWith('.css'))
		);
	const linkedBy = async (path: string) => {
		const html = await (await page.request.get(path)).text();
		return [...html.matchAll(/<link href="\.?([^"]+\.css)" rel="stylesheet"/g)].map(
			(match) => new URL(match[1]!, 'http://x/').pathname
		);
	};
	for (const name of ['Study', 'Quiz', 'Article', 'Class', 'Stats', 'Bank', 'Settings']) {
		await gotoHydrated(page, '/');
		const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
		const path = (await link.getAttribute('href'))!;
		await link.click();
		await page.waitForURL(path);
		await expect(page.locator('main h1')).toBeVisible();
		const wanted = (await linkedBy(path)).filter((sheet) => !sheet.includes('/shell.'));
		expect(wanted.length, `${path} links stylesheets of its own`).toBeGreaterThan(0);
		await expect
			.poll(sheets, { message: `${path}'s stylesheets` })
			.toEqual(expect.arrayContaining(wanted));
	}
});
