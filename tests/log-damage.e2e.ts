import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, gotoHydrated, test } from './fixtures';
import { putRecords, readRecords } from './idb';

// A damaged review-log record of today, planted straight into IndexedDB: the next review on
// /study must leave it as it is, go to a record of its own, and say that the log is damaged.

/** Today's study day as the app counts it (rollover at 04:00, the device's time zone). */
const today = (page: Page) =>
	page.evaluate(() => {
		const day = new Date(Date.now() - 4 * 3_600_000);
		return [day.getFullYear(), day.getMonth() + 1, day.getDate()]
			.map((n) => String(n).padStart(2, '0'))
			.join('-');
	});

async function reviewOne(page: Page) {
	const before = await page.getByTestId('flashcard').getAttribute('data-card-id');
	await page.keyboard.press('Space');
	await expect(page.getByTestId('card-back')).toBeVisible();
	await page.keyboard.press('3');
	await expect(
		page.locator(`[data-testid="flashcard"]:not([data-card-id="${before}"])`)
	).toBeVisible();
	return before;
}

for (const [kind, plant] of [
	['a string', 'garbage'],
	['an empty object', {}],
	['a big integer', 'bigint']
] as const) {
	test(`regression: a damaged review-log day (${kind}) is never written over by the next review`, async ({
		page
	}) => {
		await gotoHydrated(page, '/study');
		const day = await today(page);
		const key = `log:${day}`;
		if (plant === 'bigint')
			await page.evaluate(async (key) => {
				const open = indexedDB.open('hedged-bets');
				const db = await new Promise<IDBDatabase>(
					(resolve) => (open.onsuccess = () => resolve(open.result))
				);
				const tx = db.transaction('data', 'readwrite');
				tx.objectStore('data').put(12n, key);
				await new Promise((resolve) => (tx.oncomplete = resolve));
				db.close();
			}, key);
		else await putRecords(page, [[key, plant]]);
		await gotoHydrated(page, '/study');
		await expect(page.getByTestId('log-damaged-notice')).toContainText(
			'Part of today’s review log is damaged'
		);

		const reviewed = await reviewOne(page);
		const records = await readRecords(page, key);
		const kept = await page.evaluate(async (key) => {
			const open = indexedDB.open('hedged-bets');
			const db = await new Promise<IDBDatabase>(
				(resolve) => (open.onsuccess = () => resolve(open.result))
			);
			const request = db.transaction('data').objectStore('data').get(key);
			const value = await new Promise(
				(resolve) => (request.onsuccess = () => resolve(request.result))
			);
			db.close();
			return typeof value === 'bigint' ? `${value}n` : JSON.stringify(value);
		}, key);
		expect(kept).toBe(plant === 'bigint' ? '12n' : JSON.stringify(plant));
		const chunk = records[`${key}#000000`] as { cardId: string }[];
		expect(chunk.map((entry) => entry.cardId)).toEqual([reviewed]);

		await gotoHydrated(page, '/settings');
		await expect(page.getByTestId('damaged-keys')).toContainText(key);
		await expect(page.getByTestId('backup-counts')).toContainText('1 review');
	});
}

test('regression: one bad entry is set aside, not the whole log day', async ({ page }) => {
	await gotoHydrated(page, '/settings');
	const entry = (id: string) => ({
		id,
		cardId: 'border-length',
		rating: 3,
		state: 2,
		review: '2026-03-02T10:00:00.000Z'
	});
	await putRecords(page, [
		['log:2026-03-02', [entry('r1'), { ...entry('r2'), rating: 99 }, entry('r3')]]
	]);
	await gotoHydrated(page, '/settings');
	await expect(page.getByTestId('damaged-keys').getByRole('listitem')).toHaveText([
		/log:2026-03-02 entry 2\s+review log/
	]);
	await expect(page.getByTestId('backup-counts')).toHaveText(
		'On this device: 0 cards, 2 reviews, 0 quizzes and 0 class sessions.'
	);
	// The bug report holds the bad entry itself, not its whole record.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download damaged records' }).click()
	]);
	const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
	expect(file.records).toEqual([
		{ key: 'log:2026-03-02 entry 2', kind: 'review log', value: { ...entry('r2'), rating: 99 } }
	]);
});
