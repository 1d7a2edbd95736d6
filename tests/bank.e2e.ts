import { readFileSync } from 'node:fs';
import { expect, gotoHydrated, test, waitForServiceWorker, waitUntilReady } from './fixtures';

const bank = JSON.parse(readFileSync('build/bank.json', 'utf8')) as {
	items: {
		id: string;
		type: string;
		prompt: string;
		source: { paragraph: number; sentence: number };
	}[];
	facts: unknown[];
};
const total = bank.items.length;
const facts = bank.facts.length;

test('the built site serves the whole bank as /bank.json, precached', async ({ request }) => {
	const served = await (await request.get('/bank.json')).json();
	expect(served.items).toHaveLength(total);
	expect(served.version).toBe(2);
	const sw = await (await request.get('/sw.js')).text();
	expect(sw).toContain('url:"bank.json"');
});

test('a teacher browses, filters and searches the bank', async ({ page }) => {
	await gotoHydrated(page, '/bank');
	await expect(page.getByTestId('bank-count')).toHaveText(
		`Showing ${total} of ${total} questions on ${facts} facts`
	);
	await expect(page.locator('article.card')).toHaveCount(20);
	await page.getByRole('button', { name: /^Show more/ }).click();
	await expect(page.locator('article.card')).toHaveCount(40);

	await page.getByLabel('Type').selectOption('typed');
	const typed = bank.items.filter((i) => i.type === 'typed').length;
	await expect(page.getByTestId('bank-count')).toHaveText(
		`Showing ${typed} of ${total} questions on ${facts} facts`
	);
	await expect(page).toHaveURL(/\?type=typed$/);
	await expect(page.locator('article.card').first()).toContainText('Type the answer');

	await page.getByLabel('Type').selectOption('');
	await page.getByRole('searchbox', { name: 'Search' }).fill('sadozai regensburg');
	await expect(page.locator('article.card').first()).toContainText('Regensburg');
	await page.getByRole('searchbox', { name: 'Search' }).fill('zebra crossing');
	await expect(page.getByText('No question matches these filters.')).toBeVisible();
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page.getByTestId('bank-count')).toHaveText(
		`Showing ${total} of ${total} questions on ${facts} facts`
	);

	await page.getByLabel('Paragraph').check();
	await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Paragraph 1');
});

test('a filtered link restores its filter, and a question links to its sentence', async ({
	page
}) => {
	const item = bank.items.find((i) => i.source.paragraph === 12)!;
	const inParagraph = bank.items.filter((i) => i.source.paragraph === 12).length;
	await gotoHydrated(page, '/bank?paragraph=12&group=paragraph');
	await expect(page.getByTestId('bank-count')).toHaveText(
		`Showing ${inParagraph} of ${total} questions on ${facts} facts`
	);
	const card = page.locator(`[data-item-id="${item.id}"]`);
	await card.getByRole('link', { name: `Paragraph 12, sentence ${item.source.sentence}` }).click();
	await expect(page).toHaveURL(new RegExp(`/article#p12s${item.source.sentence}$`));
	await expect(page.locator(`#p12s${item.source.sentence}`)).toHaveClass(/\btarget\b/);
});

test('the article shows how many questions test each paragraph', async ({ page }) => {
	await gotoHydrated(page, '/article');
	const counts = page.getByTestId('paragraph-count');
	await expect(counts).toHaveCount(24);
	const expected = bank.items.filter((i) => i.source.paragraph === 1).length;
	await expect(counts.first()).toHaveText(
		`${expected} ${expected === 1 ? 'question tests' : 'questions test'} this paragraph`
	);
	await counts.first().click();
	await expect(page.getByTestId('bank-count')).toHaveText(
		`Showing ${expected} of ${total} questions on ${facts} facts`
	);
});

test('the bank works offline after one visit', async ({ page, context }) => {
	await gotoHydrated(page, '/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto('/bank');
	await waitUntilReady(page);
	await expect(page.getByTestId('bank-count')).toHaveText(
		`Showing ${total} of ${total} questions on ${facts} facts`
	);
	await context.setOffline(false);
});

test.describe('a broken deployment', () => {
	test.use({ serviceWorkers: 'block' });

	test('a /bank.json that fails its schema is refused, naming item and field', async ({ page }) => {
		const broken = JSON.parse(readFileSync('build/bank.json', 'utf8'));
		broken.items[3].difficulty = 7;
		delete broken.items[5].explanation;
		await page.route('**/bank.json', (route) => route.fulfill({ json: broken }));
		await gotoHydrated(page, '/bank');
		const error = page.getByTestId('bank-error');
		await expect(error).toContainText('failed its checks, so the app will not use any of it');
		await expect(error).toContainText(
			`Item "${broken.items[5].id}" (items[5]), field "explanation"`
		);
		await expect(page.locator('article.card')).toHaveCount(0);
	});

	test('a truncated /bank.json gets a clear message and a retry that works', async ({ page }) => {
		const text = readFileSync('build/bank.json', 'utf8');
		let calls = 0;
		await page.route('**/bank.json', (route) =>
			route.fulfill({
				body: calls++ === 0 ? text.slice(0, 5000) : text,
				contentType: 'application/json'
			})
		);
		await gotoHydrated(page, '/bank');
		await expect(page.getByTestId('bank-error')).toContainText('not valid JSON');
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByTestId('bank-count')).toHaveText(
			`Showing ${total} of ${total} questions on ${facts} facts`
		);
	});
});
