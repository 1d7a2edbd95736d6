import { HOME_BUDGET, assetWeight } from '../scripts/page-weight.js';
import { BUILD_DIR } from './builds';
import { expect, test, waitForServiceWorker, waitUntilReady } from './fixtures';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('a first visit to the home page loads at most 38 KiB of JS and CSS (gzip), lazy chunks included', async ({
	page
}) => {
	const loaded: string[] = [];
	page.on('response', (response) => loaded.push(new URL(response.url()).pathname));
	const response = await page.goto('/');
	const html = (await response?.text()) ?? '';
	await waitUntilReady(page);
	// Everything a first visit fetches: hydration, the due counts, the service worker's news.
	await waitForServiceWorker(page);
	await expect(page.getByTestId('offline-ready')).toBeVisible();
	await page.waitForLoadState('networkidle');

	const weight = assetWeight(BUILD_DIR, loaded, html);
	const ceiling = HOME_BUDGET.limit - HOME_BUDGET.headroom;
	console.log(
		`home: ${weight.files} files, JS ${weight.js} + CSS ${weight.css} = ${weight.total} bytes gzip; ` +
			`${HOME_BUDGET.limit - weight.total} bytes under 40 KiB`
	);
	expect(weight.total, `home JS+CSS gzip, ceiling ${ceiling}`).toBeLessThanOrEqual(ceiling);
});
