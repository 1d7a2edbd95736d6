import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { ankiNotesOf, readAnkiFile } from '../src/lib/bank/export/readers/anki-reader';
import { readGift } from '../src/lib/bank/export/readers/gift-reader';
import { readQuizlet } from '../src/lib/bank/export/readers/quizlet-reader';
import { parseCsv } from '../src/lib/quiz/fixtures/csv-reader';
import { expect, gotoHydrated, test, waitForServiceWorker, waitUntilReady } from './fixtures';

const bank = JSON.parse(readFileSync('build/bank.json', 'utf8')) as {
	version: number;
	items: {
		id: string;
		fact: string;
		type: string;
		topics: string[];
		difficulty: number;
		prompt: string;
		source: { paragraph: number; sentence: number; sentenceEnd?: number };
	}[];
	facts: { id: string; card: { front: string; back: string } }[];
};
const total = bank.items.length;
const factCount = bank.facts.length;

test('the built site serves the whole bank as /bank.json, precached', async ({ request }) => {
	const served = await (await request.get('/bank.json')).json();
	expect(served.items).toHaveLength(total);
	expect(served.version).toBe(3);
	const sw = await (await request.get('/sw.js')).text();
	expect(sw).toContain('url:"bank.json"');
});

test('a teacher browses, filters and searches the bank', async ({ page }) => {
	await gotoHydrated(page, '/bank');
	await expect(page.getByTestId('bank-count')).toHaveText(
		`Showing ${total} of ${total} questions on ${factCount} facts`
	);
	await expect(page.locator('article.card')).toHaveCount(20);
	await page.getByRole('button', { name: /^Show more/ }).click();
	await expect(page.locator('article.card')).toHaveCount(40);

	await page.getByLabel('Type').selectOption('typed');
	const typed = bank.items.filter((i) => i.type === 'typed').length;
	await expect(page.getByTestId('bank-count')).toHaveText(
		`Showing ${typed} of ${total} questions on ${factCount} facts`
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
		`Showing ${total} of ${total} questions on ${factCount} facts`
	);

	await page.getByLabel('Paragraph').check();
	await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Paragraph 1');
});

test('a filtered link restores its filter, and a question links to its sentence', async ({
	page
}) => {
	// An item citing one sentence (a range is named "sentences 1–2" and linked as p12s1-2).
	const item = bank.items.find((i) => i.source.paragraph === 12 && !i.source.sentenceEnd)!;
	const inParagraph = bank.items.filter((i) => i.source.paragraph === 12).length;
	await gotoHydrated(page, '/bank?paragraph=12&group=paragraph');
	await expect(page.getByTestId('bank-count')).toHaveText(
		`Showing ${inParagraph} of ${total} questions on ${factCount} facts`
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
		`Showing ${expected} of ${total} questions on ${factCount} facts`
	);
});

test('the bank works offline after one visit', async ({ page, context }) => {
	await gotoHydrated(page, '/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto('/bank');
	await waitUntilReady(page);
	await expect(page.getByTestId('bank-count')).toHaveText(
		`Showing ${total} of ${total} questions on ${factCount} facts`
	);
	await context.setOffline(false);
});

/** Opens the export panel, picks a format, downloads, and returns the file and its text. */
async function exportAs(page: Page, format: string): Promise<{ file: Download; text: string }> {
	const panel = page.locator('details.export');
	if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
	await page.getByLabel('Format').selectOption(format);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download' }).click();
	const file = await download;
	return { file, text: readFileSync((await file.path())!, 'utf8') };
}

test('a teacher exports the filtered questions for Anki, Moodle, Quizlet and a spreadsheet', async ({
	page
}) => {
	await gotoHydrated(page, '/bank?topic=economy&difficulty=2');
	const chosen = bank.items.filter((i) => i.topics.includes('economy') && i.difficulty === 2);
	const facts = bank.facts.filter((f) => chosen.some((i) => i.fact === f.id));
	expect(chosen.length).toBeGreaterThan(0);
	await page.locator('details.export summary').click();
	await expect(page.getByLabel(/Only what the filter shows/)).toBeChecked();
	await expect(page.getByTestId('export-count')).toHaveText(
		`The file will hold ${facts.length} flashcards.`
	);

	await page.getByLabel(/Questions too/).check();
	await expect(page.getByTestId('export-count')).toHaveText(
		`The file will hold ${facts.length} flashcards and ${chosen.length} questions.`
	);
	const anki = await exportAs(page, 'anki');
	expect(anki.file.suggestedFilename()).toBe(`hedged-bets-anki-filtered-b${bank.version}e1.txt`);
	await expect(page.getByTestId('export-status')).toHaveText(
		`Downloaded hedged-bets-anki-filtered-b${bank.version}e1.txt.`
	);
	const notes = ankiNotesOf(readAnkiFile(anki.text));
	expect(notes.map((n) => n.fields.GUID)).toEqual([
		...facts.map((f) => `hedged-bets:fact:${f.id}`),
		...chosen.map((i) => `hedged-bets:item:${i.id}`)
	]);
	expect(notes[0]!.fields.Front).toBe(facts[0]!.card.front);

	const gift = readGift((await exportAs(page, 'gift')).text);
	expect(gift.flatMap((q) => ('name' in q ? [q.name] : []))).toEqual(chosen.map((i) => i.id));
	expect(gift[0]).toEqual({ qtype: 'category', category: '$course$/Hedged Bets/Economy' });

	const quizlet = await exportAs(page, 'quizlet');
	expect(readQuizlet(quizlet.text, '\t', '\n')).toEqual(
		facts.map((f) => [f.card.front, f.card.back])
	);
	await expect(page.getByTestId('export-status')).toContainText(
		'Paste it into Quizlet’s import box'
	);

	await page.getByLabel(/Only what the filter shows/).uncheck();
	const csv = await exportAs(page, 'csv');
	expect(csv.file.suggestedFilename()).toBe(`hedged-bets-questions-b${bank.version}e1.csv`);
	const rows = parseCsv(csv.text.slice(1));
	expect(rows.slice(1).map((row) => row[0])).toEqual(bank.items.map((i) => i.id));
});

for (const colorScheme of ['light', 'dark'] as const)
	test(`the export panel works by keyboard at 360 px, and axe finds nothing (${colorScheme})`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
		await gotoHydrated(page, '/bank?type=matching');
		const summary = page.locator('details.export summary');
		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('Format')).toBeVisible();
		await page.getByLabel('Format').focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByLabel('Format')).toHaveValue('gift');
		const matching = bank.items.filter((i) => i.type === 'matching').length;
		await expect(page.getByTestId('export-count')).toHaveText(
			`The file will hold ${matching} questions.`
		);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download' }).focus();
		await page.keyboard.press('Enter');
		expect((await download).suggestedFilename()).toBe(
			`hedged-bets-moodle-gift-filtered-b${bank.version}e1.txt`
		);
		await expect(page.getByTestId('export-status')).toContainText('Downloaded');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
		const results = await new AxeBuilder({ page }).include('details.export').analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
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
			`Showing ${total} of ${total} questions on ${factCount} facts`
		);
	});
});

test('an item resting on several passages shows and links every one of them', async ({ page }) => {
	await gotoHydrated(page, '/bank?paragraph=17');
	const card = page.locator('[data-item-id="taliban-fine-line/multiple"]');
	await expect(card.locator('blockquote')).toHaveCount(4);
	await expect(card.locator('blockquote').nth(2)).toContainText(
		'praising the “positive relations”'
	);
	await card.getByRole('link', { name: 'Paragraph 3, sentence 1' }).click();
	await expect(page).toHaveURL(/\/article#p3s1$/);
	await expect(page.locator('#p3s1')).toHaveClass(/\btarget\b/);
});
