import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, gotoHydrated, test, waitUntilReady } from './fixtures';
import { cardKey, entryName } from '../src/lib/storage/card-buckets';
import { DEFAULT_APPEARANCE } from '../src/lib/storage/settings-appearance';
import { putCards, putRecords, readCards, readRecords } from './idb';

const IPHONE_SAFARI =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

const DAY = Date.UTC(2026, 2, 2);

/** A valid stored card record (schema 2), as the study page writes it. */
const cardRecord = (id: string, updatedAt = DAY + 1000) => ({
	schema: 2,
	id,
	card: {
		due: new Date(DAY + 86_400_000),
		stability: 2.3,
		difficulty: 5.1,
		elapsed_days: 0,
		scheduled_days: 1,
		learning_steps: 0,
		reps: 2,
		lapses: 0,
		state: 2,
		last_review: new Date(DAY)
	},
	suspended: false,
	buriedUntil: null,
	updatedAt
});

const reviewLog = [
	{ id: 'r1', cardId: 'border-length', rating: 3, state: 1, review: '2026-03-02T10:00:00.000Z' },
	{ id: 'r2', cardId: 'rahmon-age', rating: 1, state: 1, review: '2026-03-02T10:05:00.000Z' }
];

/**
 * Opens /settings once (so the origin's database exists), plants records, and reloads. Cards
 * are given as `card:<fact id>` and go into their buckets.
 */
async function openWith(page: Page, records: [string, unknown][]) {
	await gotoHydrated(page, '/settings');
	const isCard = ([key]: [string, unknown]) => key.startsWith('card:');
	await putCards(
		page,
		records.filter(isCard).map(([key, value]) => [key.slice('card:'.length), value])
	);
	await putRecords(
		page,
		records.filter((record) => !isCard(record))
	);
	await page.reload();
	await waitUntilReady(page);
}

/** A backup file's text: an empty one at the defaults, with `data` replacing its fields. */
const backupOf = (data: object) =>
	JSON.stringify({
		type: 'hedged-bets-backup',
		version: 1,
		exportedAt: '2026-03-03T12:00:00.000Z',
		data: {
			schemaVersion: 2,
			cards: [],
			logs: [],
			attempts: [],
			settings: { retention: 0.9, newPerDay: 20, reviewsPerDay: 200 },
			...data
		}
	});

/** A value nested `depth` lists deep. */
const nested = (depth: number): unknown => (depth ? [nested(depth - 1)] : 'bottom');

const field = (page: Page, name: string) => page.getByRole('textbox', { name });

test.describe('study settings', () => {
	test('changed settings are saved, announced, and still there after a reload', async ({
		page
	}) => {
		await gotoHydrated(page, '/settings');
		await expect(page).toHaveTitle('Settings · Hedged Bets');
		await expect(field(page, 'Desired retention')).toHaveValue('0.90');
		await expect(field(page, 'New cards a day')).toHaveValue('20');
		await expect(field(page, 'Reviews a day')).toHaveValue('200');

		await field(page, 'Desired retention').fill('0.85');
		await field(page, 'New cards a day').fill('15');
		await field(page, 'Reviews a day').fill('120');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByTestId('settings-status')).toHaveText('Saved.');
		expect((await readRecords(page, 'settings')).settings).toEqual({
			retention: 0.85,
			newPerDay: 15,
			reviewsPerDay: 120,
			...DEFAULT_APPEARANCE
		});

		await page.reload();
		await waitUntilReady(page);
		await expect(field(page, 'Desired retention')).toHaveValue('0.85');
		await expect(field(page, 'New cards a day')).toHaveValue('15');
		await expect(field(page, 'Reviews a day')).toHaveValue('120');
	});

	test('regression: saving settings with storage full never retries', async ({ page }) => {
		await gotoHydrated(page, '/settings');
		// Storage is full until the test frees it; the save is retried on its own meanwhile.
		await page.evaluate(() => {
			const put = IDBObjectStore.prototype.put;
			const global = window as unknown as { storageFull: boolean };
			global.storageFull = true;
			IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
				if (global.storageFull)
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return put.apply(this, args);
			};
		});
		await field(page, 'New cards a day').fill('12');
		await page.getByRole('button', { name: 'Save' }).click();
		const failure = page.getByRole('alert').filter({ hasText: 'keeps trying' });
		await expect(failure).toBeVisible();
		await page.evaluate(
			() => ((window as unknown as { storageFull: boolean }).storageFull = false)
		);
		await expect(page.getByTestId('settings-status')).toHaveText('Saved.', { timeout: 7000 });
		await expect(failure).toHaveCount(0);
		expect((await readRecords(page, 'settings')).settings).toMatchObject({ newPerDay: 12 });
	});

	test('an out-of-range value gets an inline message naming the range, and nothing is stored', async ({
		page
	}) => {
		await openWith(page, [['settings', { retention: 0.9, newPerDay: 20, reviewsPerDay: 200 }]]);
		await field(page, 'Desired retention').fill('0.99');
		await field(page, 'New cards a day').fill('12');
		await field(page, 'New cards a day').press('Enter');
		const retention = field(page, 'Desired retention');
		await expect(retention).toBeFocused();
		await expect(retention).toHaveAttribute('aria-invalid', 'true');
		await expect(retention).toHaveAccessibleDescription(
			/Desired retention must be from 0\.80 to 0\.97\./
		);
		await expect(page.getByRole('alert')).toHaveText(
			'Desired retention must be from 0.80 to 0.97.'
		);
		await expect(page.getByTestId('settings-status')).toHaveText('');
		expect((await readRecords(page, 'settings')).settings).toEqual({
			retention: 0.9,
			newPerDay: 20,
			reviewsPerDay: 200
		});

		await retention.fill('0.95');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByTestId('settings-status')).toHaveText('Saved.');
	});

	test('an invalid stored value shows the notice and its default; the other values are kept', async ({
		page
	}) => {
		await openWith(page, [['settings', { retention: 1.5, newPerDay: 5, reviewsPerDay: 100 }]]);
		await expect(page.getByTestId('settings-notice')).toContainText(
			'A stored setting was invalid and is back to its default: desired retention.'
		);
		await expect(field(page, 'Desired retention')).toHaveValue('0.90');
		await expect(field(page, 'New cards a day')).toHaveValue('5');
		await expect(field(page, 'Reviews a day')).toHaveValue('100');

		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByTestId('settings-status')).toHaveText('Saved.');
		await expect(page.getByTestId('settings-notice')).toHaveCount(0);
		expect((await readRecords(page, 'settings')).settings).toEqual({
			retention: 0.9,
			newPerDay: 5,
			reviewsPerDay: 100,
			...DEFAULT_APPEARANCE
		});
	});

	test('settings saved in one tab appear in another open tab', async ({ page, context }) => {
		await gotoHydrated(page, '/settings');
		const other = await context.newPage();
		await gotoHydrated(other, '/settings');
		await field(page, 'New cards a day').fill('33');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(field(other, 'New cards a day')).toHaveValue('33');
		await other.close();
	});
});

test.describe('damaged records', () => {
	test('a damaged card is listed, kept in IndexedDB, and can be downloaded for a bug report', async ({
		page
	}) => {
		const damaged = { schema: 2, id: 'border-length', card: 'garbage' };
		const name = entryName(cardKey('border-length'), 'border-length');
		await openWith(page, [
			['card:border-length', damaged],
			['card:rahmon-age', cardRecord('rahmon-age')]
		]);
		const report = page.getByTestId('damaged-report');
		await expect(report).toContainText('1 record failed its checks.');
		await expect(report).toContainText('kept on this device, not used');
		await expect(page.getByTestId('damaged-keys').getByRole('listitem')).toHaveText([
			new RegExp(`${name}\\s+card`)
		]);
		await expect(page.getByTestId('backup-counts')).toHaveText(
			'On this device: 1 card, 0 reviews, 0 quizzes and 0 class sessions.'
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download damaged records' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(
			/^hedged-bets-damaged-records-\d{4}-\d{2}-\d{2}\.json$/
		);
		const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
		expect(file.records).toEqual([{ key: name, kind: 'card', value: damaged }]);

		await page.reload();
		await waitUntilReady(page);
		expect((await readCards(page))['border-length']).toEqual(damaged);
		await expect(page.getByTestId('damaged-keys')).toContainText(name);
	});

	test('with nothing damaged the report says so in one line', async ({ page }) => {
		await gotoHydrated(page, '/settings');
		await expect(page.getByTestId('damaged-report')).toHaveText(
			'None: every card, review log, quiz and class session on this device passed its checks.'
		);
		await expect(page.getByRole('button', { name: 'Download damaged records' })).toHaveCount(0);
	});
});

test.describe('backups', () => {
	test('a backup downloaded in one profile imports into a fresh one, after a preview', async ({
		page,
		browser,
		baseURL
	}) => {
		await openWith(page, [
			['card:border-length', cardRecord('border-length')],
			['card:rahmon-age', cardRecord('rahmon-age', DAY + 2000)],
			['log:2026-03-02', reviewLog],
			['settings', { retention: 0.85, newPerDay: 10, reviewsPerDay: 100 }]
		]);
		await expect(page.getByTestId('backup-counts')).toHaveText(
			'On this device: 2 cards, 2 reviews, 0 quizzes and 0 class sessions.'
		);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download backup' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^hedged-bets-backup-\d{4}-\d{2}-\d{2}\.json$/);
		await expect(page.getByTestId('export-status')).toContainText(
			'with 2 cards, 2 reviews, 0 quizzes and 0 class sessions'
		);
		const backupPath = await download.path();
		const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
		expect(backup).toMatchObject({ type: 'hedged-bets-backup', version: 1 });

		const fresh = await browser.newContext({ baseURL });
		const other = await fresh.newPage();
		const errors: string[] = [];
		other.on('pageerror', (error) => errors.push(error.message));
		await gotoHydrated(other, '/settings');
		await expect(other.getByTestId('backup-counts')).toHaveText(
			'On this device: 0 cards, 0 reviews, 0 quizzes and 0 class sessions.'
		);
		await other.getByLabel('Backup file').setInputFiles(backupPath);
		const preview = other.getByTestId('import-preview');
		await expect(preview).toBeFocused();
		await expect(preview).toContainText(
			'it holds 2 cards, 2 reviews, 0 quizzes and 0 class sessions'
		);
		await expect(preview).toContainText(
			'Importing this backup adds 2 cards and 2 reviews, and replaces your study settings with the backup’s (desired retention 0.85, 10 new cards a day, 100 reviews a day).'
		);
		expect(await readCards(other)).toEqual({});

		await preview.getByRole('button', { name: 'Import' }).click();
		await expect(other.getByTestId('import-status')).toHaveText(
			/^Backup imported: it added 2 cards and 2 reviews, and replaced your study settings/
		);
		await expect(other.getByTestId('backup-counts')).toHaveText(
			'On this device: 2 cards, 2 reviews, 0 quizzes and 0 class sessions.'
		);
		await expect(other.getByRole('textbox', { name: 'New cards a day' })).toHaveValue('10');

		const cards = await readCards(other);
		expect(Object.keys(cards).sort()).toEqual(['border-length', 'rahmon-age']);
		expect(cards['rahmon-age']).toMatchObject({ id: 'rahmon-age', updatedAt: DAY + 2000 });
		// Imported as a chunk of its own, with its dates revived.
		expect(await readRecords(other, 'log:')).toEqual({
			'log:2026-03-02#000000': reviewLog.map((entry) => ({
				...entry,
				review: new Date(entry.review)
			}))
		});
		// A backup names every setting; written whole, the record holds them all.
		expect((await readRecords(other, 'settings')).settings).toEqual({
			retention: 0.85,
			newPerDay: 10,
			reviewsPerDay: 100,
			...DEFAULT_APPEARANCE
		});

		// The same file again: nothing left to add, so there is nothing to confirm.
		await other.getByLabel('Backup file').setInputFiles(backupPath);
		await expect(other.getByTestId('import-preview')).toContainText(
			'Everything in this backup is already on this device'
		);
		await expect(other.getByRole('button', { name: 'Import' })).toHaveCount(0);
		await other.getByRole('button', { name: 'Close' }).click();
		await expect(other.getByTestId('import-preview')).toHaveCount(0);
		expect(errors).toEqual([]);
		await fresh.close();
	});

	test('cancel after the preview writes nothing', async ({ page }) => {
		await gotoHydrated(page, '/settings');
		const backup = {
			type: 'hedged-bets-backup',
			version: 1,
			exportedAt: '2026-03-03T12:00:00.000Z',
			data: {
				schemaVersion: 2,
				cards: [cardRecord('border-length')],
				logs: [],
				attempts: [],
				settings: { retention: 0.9, newPerDay: 20, reviewsPerDay: 200 }
			}
		};
		await page.getByLabel('Backup file').setInputFiles({
			name: 'backup.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(backup))
		});
		await expect(page.getByTestId('import-preview')).toContainText(
			'Importing this backup adds 1 card.'
		);
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByTestId('import-preview')).toHaveCount(0);
		await expect(page.getByLabel('Backup file')).toBeFocused();
		expect(await readCards(page)).toEqual({});
	});

	for (const [name, text, message] of [
		['a file that is not JSON', 'Dear diary, today I studied.', /not valid JSON/],
		[
			// It used to preview as "adds 1 review", then fail as "storage may be turned off".
			'regression: a backup nested 4,000 levels deep',
			backupOf({ logs: [{ day: '2026-03-02', entries: [{ id: 'r1', deep: nested(4000) }] }] }),
			/nested more than 100 levels deep/
		],
		[
			'a backup from a newer version',
			JSON.stringify({ type: 'hedged-bets-backup', version: 2, data: {} }),
			/made by a newer version of the app/
		],
		[
			'a backup cut short',
			'{"type":"hedged-bets-backup","version":1,"exportedAt":"2026-03-03T12:00:00.000Z","data":{"cards":[',
			/not valid JSON \(it may be cut short\)/
		],
		[
			'a backup with an impossible setting',
			backupOf({ settings: { retention: 3, newPerDay: 20, reviewsPerDay: 200 } }),
			/damaged \(data\.settings\.retention/
		]
	] as const)
		test(`${name} is refused with a clear message and changes nothing`, async ({ page }) => {
			await openWith(page, [
				['card:border-length', cardRecord('border-length')],
				['log:2026-03-02', reviewLog]
			]);
			const before = await readRecords(page);
			await page.getByLabel('Backup file').setInputFiles({
				name: 'backup.json',
				mimeType: 'application/json',
				buffer: Buffer.from(text)
			});
			const alert = page.getByTestId('import-error');
			await expect(alert).toHaveRole('alert');
			await expect(alert).toContainText(message);
			await expect(alert).toContainText('Nothing was imported.');
			await expect(page.getByTestId('import-preview')).toHaveCount(0);
			expect(await readRecords(page)).toEqual(before);
		});
});

test('a store written by a newer version of the app is shown as a message, not thrown', async ({
	page
}) => {
	await openWith(page, [['meta', { schemaVersion: 99 }]]);
	await expect(page.getByTestId('storage-error')).toHaveText(
		/saved by a newer version of the app\. Reload the page to update the app; nothing has been changed\./
	);
	await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Download backup' })).toBeDisabled();
	expect(await readRecords(page, 'meta')).toEqual({ meta: { schemaVersion: 99 } });
});

test.describe('storage on this device', () => {
	test('shows whether data is protected and how much space it uses, and can ask to keep it', async ({
		page
	}) => {
		await gotoHydrated(page, '/settings');
		await expect(page.getByTestId('usage')).toHaveText(/^\d[\d.,]* (bytes?|KB|MB|GB) of \d/);
		const persisted = page.getByTestId('persisted');
		await expect(persisted).toHaveText(/Protected|Not protected/);
		await expect(page.getByTestId('week-limit')).toHaveCount(0);
		const ask = page.getByRole('button', { name: 'Ask to keep my data' });
		if (await ask.isVisible()) {
			await ask.click();
			await expect(page.getByTestId('persist-answer')).toHaveText(/Done|said no|cannot be asked/);
		}
	});

	test('an iPhone Safari tab is told that Safari may delete the data after 7 days', async ({
		browser,
		baseURL
	}) => {
		const iphone = await browser.newContext({
			baseURL,
			userAgent: IPHONE_SAFARI,
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true
		});
		const page = await iphone.newPage();
		await gotoHydrated(page, '/settings');
		const advice = page.getByTestId('week-limit');
		await expect(advice).toContainText('Safari may delete your progress after 7 days away.');
		await expect(advice).toContainText('Add to Home Screen');
		await expect(advice).toContainText('download a backup');
		await iphone.close();
	});
});
