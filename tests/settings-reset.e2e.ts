import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, gotoHydrated, test, waitUntilReady } from './fixtures';
import { attemptRecord } from '../src/lib/storage/fixtures/attempt-record';
import { putRecords, readRecords } from './idb';

// Reset all data: a backup offered first, a typed word, one transaction, other tabs reloaded empty.

const MIRROR = 'hedged-bets-appearance';

/** Opens /settings with a few stored records and a dark theme chosen. */
async function openWithData(page: Page) {
	await gotoHydrated(page, '/settings');
	await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
	await expect(page.getByTestId('appearance-status')).toHaveText('Saved.');
	await putRecords(page, [
		['attempt:a1b2c3d4', attemptRecord('a1b2c3d4')],
		['attempt:e5f6a7b8', attemptRecord('e5f6a7b8')],
		['something-else', 'kept by no kind']
	]);
	await page.reload();
	await waitUntilReady(page);
}

const deleteButton = (page: Page) => page.getByRole('button', { name: 'Delete all data' });
const word = (page: Page) => page.getByRole('textbox', { name: 'Type RESET to confirm' });

test('reset offers a backup, waits for the typed word, deletes everything and tells the other tabs', async ({
	page,
	context
}) => {
	await openWithData(page);
	const panel = page.getByRole('region', { name: 'Reset all data' });
	await expect(panel).toContainText('This cannot be undone.');

	// 1. The backup, through the same flow as the backup panel's.
	const download = page.waitForEvent('download');
	await panel.getByRole('button', { name: 'Download a backup' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^hedged-bets-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const backup = JSON.parse(readFileSync((await file.path())!, 'utf8'));
	expect(backup.data.settings.theme).toBe('dark');
	await expect(page.getByTestId('reset-backup-done')).toHaveText('Backup downloaded.');

	// 2. The word: the button stays off until it matches, in any case.
	await expect(deleteButton(page)).toBeDisabled();
	for (const text of ['rese', 'reset!', 'RESET ALL']) {
		await word(page).fill(text);
		await expect(deleteButton(page)).toBeDisabled();
	}
	await word(page).fill('Reset');
	await expect(deleteButton(page)).toBeEnabled();

	// Another tab, on a page that writes: it must reload rather than keep what it holds.
	const other = await context.newPage();
	await gotoHydrated(other, '/study');
	await other.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
	await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');

	await deleteButton(page).click();
	const status = page.getByTestId('reset-status');
	await expect(status).toContainText(/^Done: deleted 2 quizzes, and your settings\./);
	await expect(status.locator('p')).toBeFocused();
	expect(Object.keys(await readRecords(page))).toEqual(['meta']);
	expect(await page.evaluate((key) => localStorage.getItem(key), MIRROR)).toBeNull();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');
	await expect(
		page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'System' })
	).toBeChecked();
	await expect(page.getByTestId('backup-counts')).toContainText('0 quizzes');
	await expect(word(page)).toHaveValue('');
	await expect(deleteButton(page)).toBeDisabled();

	await expect
		.poll(() => other.evaluate(() => (window as unknown as { marker?: number }).marker))
		.toBeUndefined();
	await waitUntilReady(other);
	await expect(other.locator('html')).not.toHaveAttribute('data-theme');
	expect(Object.keys(await readRecords(other))).toEqual(['meta']);
	await other.close();

	// After a reload the app is as new, and keeps working.
	await page.reload();
	await waitUntilReady(page);
	await expect(page.getByTestId('backup-counts')).toContainText('0 quizzes');
});

test('a reset that fails says so and deletes nothing', async ({ page }) => {
	await openWithData(page);
	const before = await readRecords(page);
	// The database gives up in the middle of the transaction: IndexedDB rolls all of it back.
	await page.evaluate(() => {
		IDBObjectStore.prototype.delete = function () {
			this.transaction.abort();
			throw new DOMException('The transaction was aborted.', 'AbortError');
		};
	});
	await word(page).fill('RESET');
	await deleteButton(page).click();
	await expect(page.getByTestId('reset-error')).toContainText(/^Nothing was deleted: /);
	await expect(page.getByTestId('reset-status')).toHaveText('');
	expect(await readRecords(page)).toEqual(before);
	expect(await page.evaluate((key) => localStorage.getItem(key), MIRROR)).not.toBeNull();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
