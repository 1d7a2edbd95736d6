import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../scripts/serve.js';
import { BUILD_DIR, NEXT_BUILD_DIR, buildVersion } from './builds';
import { expect, gotoHydrated, test, waitForServiceWorker, waitUntilReady } from './fixtures';

test('a new version shows a prompt, and one click on Reload shows the new version', async ({
	page
}) => {
	let root = BUILD_DIR;
	const server = createStaticServer({ root: () => root });
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	try {
		const [current, next] = [buildVersion(BUILD_DIR), buildVersion(NEXT_BUILD_DIR)];
		expect(next).not.toBe(current);

		await gotoHydrated(page, `${origin}/article`);
		await waitForServiceWorker(page);
		await expect(page.getByTestId('app-version')).toHaveText(current);
		await expect(page.getByTestId('update-prompt')).toHaveCount(0);

		root = NEXT_BUILD_DIR;
		await page.reload();
		await waitUntilReady(page);
		const prompt = page.getByTestId('update-prompt');
		await expect(prompt).toContainText('A new version is ready');
		await expect(page.getByTestId('app-version')).toHaveText(current);

		// "Later" hides it; the waiting version is offered again on the next visit.
		await prompt.getByRole('button', { name: 'Later' }).click();
		await expect(prompt).toHaveCount(0);
		await page.reload();
		await waitUntilReady(page);
		await expect(prompt).toContainText('A new version is ready');
		await expect(page.getByTestId('app-version')).toHaveText(current);

		await prompt.getByRole('button', { name: 'Reload' }).click();
		await expect(page.getByTestId('app-version')).toHaveText(next);
		await expect(page).toHaveURL(`${origin}/article`);
		await expect(page.getByTestId('update-prompt')).toHaveCount(0);
	} finally {
		server.close();
	}
});
