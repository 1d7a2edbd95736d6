import { test as base, expect, type Page } from '@playwright/test';

/** Every route the app prerenders. */
export const ROUTES = [
	{ path: '/', heading: /Tajikistan and the Taliban/ },
	{
		path: '/article',
		heading: 'Tajik-Taliban Relations Slowly Warm, But Both Sides Hedge Their Bets'
	},
	{ path: '/study', heading: 'Study flashcards' },
	{ path: '/settings', heading: 'Settings' },
	{ path: '/class/join', heading: 'Join a class' }
] as const;

/** Waits until Svelte has hydrated the page (so clicks are never lost) and nothing is loading. */
export async function waitUntilReady(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
}

/** Opens a path and waits until it is ready to use. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await waitUntilReady(page);
}

/** Waits until the service worker controls the page (it claims clients on activation). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * A `page` that collects console errors and uncaught exceptions; a test fails if any appeared,
 * unless it takes them over through `consoleErrors` and asserts on them itself.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from this pattern
	consoleErrors: async ({}, use) => {
		await use([]);
	},
	page: async ({ page, consoleErrors }, use) => {
		page.on('console', (message) => {
			if (message.type() === 'error') consoleErrors.push(message.text());
		});
		page.on('pageerror', (error) => consoleErrors.push(error.message));
		await use(page);
		expect(consoleErrors, 'console errors').toEqual([]);
	}
});

/** Chromium's own log line for a document served with status 404: expected on the 404 page. */
export const DOCUMENT_404 = /^Failed to load resource: the server responded with a status of 404/;

/**
 * Chromium's own log lines when, offline, it re-checks the service worker script for updates on a
 * navigation. Nothing in the page can prevent or catch them; the app itself logs nothing.
 */
export const OFFLINE_SW_UPDATE_CHECK = [
	/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/,
	/^An unknown error occurred when fetching the script\.$/
];

/** Removes console errors a test expects (browser log lines, not app errors) before the fixture checks. */
export function forgiveConsoleErrors(errors: string[], patterns: RegExp[]): void {
	const kept = errors.filter((error) => !patterns.some((pattern) => pattern.test(error)));
	errors.splice(0, errors.length, ...kept);
}

export { expect };
