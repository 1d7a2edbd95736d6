import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { encodeQuizCode } from '../src/lib/share/quiz-code';
import {
	OFFLINE_SW_UPDATE_CHECK,
	expect,
	forgiveConsoleErrors,
	gotoHydrated,
	test,
	waitForServiceWorker,
	waitUntilReady
} from './fixtures';
import { ensurePoppler, flat, printPdf } from './pdf';
import { itemById, quizFor, recipe } from './quiz-helpers';

// The printed quiz as the printer gets it: Chromium's PDF of /print, read back page by page.

type PaperName = 'a4' | 'letter';
/** Paper sizes in points; Chromium rounds a page to whole CSS pixels, so compare within half a point. */
const PAPER_POINTS: Record<PaperName, [number, number]> = {
	a4: [595.28, 841.89],
	letter: [612, 792]
};

test.beforeAll(ensurePoppler);

/** The page as a PDF in the test's output folder, and each page's text. */
const printed = (page: Page, name: string) => printPdf(page, test.info().outputPath(`${name}.pdf`));

function expectPaper(size: number[], paper: PaperName) {
	size.forEach((points, i) => expect(points).toBeCloseTo(PAPER_POINTS[paper][i]!, 0));
}

/** The first and the last words each question shows, read from the page itself. */
async function questionEnds(page: Page, selector: string): Promise<[string, string][]> {
	return page.locator(selector).evaluateAll((questions) =>
		questions.map((question) => {
			const walker = document.createTreeWalker(question, NodeFilter.SHOW_TEXT);
			const words: string[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent!.replace(/\s+/g, ' ').trim();
				// Short labels ("A", "1.", "Answer") repeat everywhere: they pin nothing down.
				if (text.length >= 8) words.push(text);
			}
			return [words[0]!.slice(0, 28), words.at(-1)!.slice(-28)] as [string, string];
		})
	);
}

/**
 * The page each question starts and ends on, found in order (so an option that two questions
 * share is found in the right one); throws if a question's words are missing.
 */
function pagesOf(pages: string[], ends: [string, string][]): [number, number][] {
	const all = pages.join('\f');
	const pageAt = (offset: number) => all.slice(0, offset).split('\f').length - 1;
	let cursor = 0;
	return ends.map(([first, last], i) => {
		const start = all.indexOf(flat(first), cursor);
		if (start < 0) throw new Error(`question ${i + 1}: “${first}” not in the PDF`);
		const end = all.indexOf(flat(last), start);
		if (end < 0) throw new Error(`question ${i + 1}: “${last}” not in the PDF after its start`);
		cursor = end;
		return [pageAt(start), pageAt(end)];
	});
}

/** Lines of the app's frame and of the toolbar, which must not be printed. */
async function screenOnlyLines(page: Page): Promise<string[]> {
	const paper = flat(await page.getByTestId('paper').innerText());
	const lines = await page
		.locator('.site-header, .site-footer, .skip-link, [data-testid=print-toolbar]')
		.evaluateAll((nodes) => nodes.flatMap((node) => (node.textContent ?? '').split(/\n|(?<=\.)/)));
	return [...new Set(lines.map(flat))].filter((line) => line.length >= 4 && !paper.includes(line));
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const quizCode = encodeQuizCode(recipe({ count: 20, seed: 5150, feedback: 'end' }));
const { quiz } = quizFor(recipe({ count: 20, seed: 5150, feedback: 'end' }));
const items = quiz.questions.map((q) => itemById.get(q.itemId)!);

for (const paper of ['a4', 'letter'] as const) {
	test(`the student sheet prints on ${paper} with no navigation, no answers and no question split across pages`, async ({
		page
	}) => {
		await gotoHydrated(page, `/print#q=${quizCode}&sheet=student&paper=${paper}`);
		await expect(page.getByTestId('student-sheet')).toBeVisible();
		const numbers = await page
			.locator('[data-question]')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-question')));
		expect(numbers).toEqual(items.map((_, i) => String(i + 1)));

		const { pages, size } = await printed(page, `student-${paper}`);
		expectPaper(size, paper);
		const text = pages.join(' ');
		for (const line of await screenOnlyLines(page)) expect(text).not.toContain(line);
		expect(text).toContain('Name');
		expect(text).toContain('Date');

		for (const item of items) {
			// An explanation may open with the prompt's own words ("Mélanie Sadozaï is a researcher
			// at…"): only words the prompt does not print give the answer away.
			const opening = flat(item.explanation).slice(0, 40);
			if (!flat(item.prompt).includes(opening)) expect(text).not.toContain(opening);
			// A "who said it?" quotes its sentence in the question itself; no other sheet line may.
			if (!item.prompt.includes(item.source.quote))
				expect(text).not.toContain(flat(item.source.quote));
		}
		expect(text).not.toMatch(/Answer key|At a glance/);

		const spans = pagesOf(pages, await questionEnds(page, '[data-question]'));
		spans.forEach(([start, end], i) => expect(end, `question ${i + 1}`).toBe(start));
		const perPage = pages.map((_, p) => spans.filter(([start]) => start === p).length);
		test.info().annotations.push({
			type: 'questions per page',
			description: `${paper}: ${perPage.join(', ')} (${pages.length} pages for ${items.length})`
		});
		console.log(`student ${paper}: questions per page ${perPage.join(', ')}`);
	});

	test(`the answer key prints on ${paper} with every answer, why, and its sentence, none split`, async ({
		page
	}) => {
		await gotoHydrated(page, `/print#q=${quizCode}&sheet=key&paper=${paper}`);
		await expect(page.getByTestId('answer-key')).toBeVisible();
		const { pages, size } = await printed(page, `key-${paper}`);
		expectPaper(size, paper);
		const text = pages.join(' ');
		for (const line of await screenOnlyLines(page)) expect(text).not.toContain(line);
		for (const item of items) {
			expect(text).toContain(flat(item.explanation).slice(0, 40));
			expect(text).toContain(flat(item.source.quote).slice(0, 40));
		}
		const spans = pagesOf(pages, await questionEnds(page, '.entry[data-question]'));
		spans.forEach(([start, end], i) => expect(end, `key entry ${i + 1}`).toBe(start));
		console.log(
			`key ${paper}: entries per page ${pages.map((_, p) => spans.filter(([s]) => s === p).length).join(', ')}`
		);
	});

	test(`the join poster is one ${paper} page with the QR and the code`, async ({ page }) => {
		await gotoHydrated(page, `/print#q=${quizCode}&sheet=poster&paper=${paper}`);
		await expect(page.getByTestId('poster-qr')).toBeVisible();
		const { pages, size } = await printed(page, `poster-${paper}`);
		expectPaper(size, paper);
		expect(pages).toHaveLength(1);
		expect(pages[0]).toContain(quizCode);
		expect(pages[0]).toContain('/quiz/play#q=');
	});
}

test('a 50-question quiz, the most a quiz asks, splits no question or key entry on either paper', async ({
	page
}) => {
	const code = encodeQuizCode(recipe({ count: 50, seed: 77, feedback: 'end' }));
	for (const paper of ['a4', 'letter'] as const) {
		await gotoHydrated(page, `/print#q=${code}&sheet=student&paper=${paper}`);
		const sheet = await printed(page, `student-50-${paper}`);
		const spans = pagesOf(sheet.pages, await questionEnds(page, '[data-question]'));
		expect(spans).toHaveLength(50);
		spans.forEach(([start, end], i) => expect(end, `${paper} question ${i + 1}`).toBe(start));
		const perPage = sheet.pages.map((_, p) => spans.filter(([start]) => start === p).length);
		console.log(`student 50 ${paper}: questions per page ${perPage.join(', ')}`);

		await page.getByLabel('Answer key').check();
		const key = await printed(page, `key-50-${paper}`);
		const entries = pagesOf(key.pages, await questionEnds(page, '.entry[data-question]'));
		entries.forEach(([start, end], i) => expect(end, `${paper} key entry ${i + 1}`).toBe(start));
	}
});

test('the student sheet lists the options in the order the quiz shows them', async ({ page }) => {
	await gotoHydrated(page, `/print#q=${quizCode}&sheet=student`);
	for (const [i, question] of quiz.questions.entries()) {
		const item = items[i]!;
		if (!('options' in item)) continue;
		const shown = page.locator(`[data-question="${i + 1}"] .options li`);
		await expect(shown).toHaveText(
			question.order.map(
				(index, position) => new RegExp(`${'ABCDEF'[position]}\\s*${escaped(item.options[index]!)}`)
			)
		);
	}
});

test('a class session prints from its page: the sheet carries its class code, the toolbar switches sheet and paper, Print opens the dialog', async ({
	page
}) => {
	await gotoHydrated(page, '/class');
	await page.locator('#class-count').fill('10');
	await expect(page.getByTestId('availability')).toContainText('the quiz takes 10');
	await page.getByRole('button', { name: 'Create session' }).click();
	await page.waitForURL(/\/class\/session#/);
	const groups = await page.getByTestId('class-code').locator('span').allTextContents();
	const print = page.getByTestId('print-links');
	await print.getByRole('link', { name: 'Student sheet' }).click();
	await page.waitForURL(/\/print#s=/);
	await expect(page.getByTestId('student-sheet')).toContainText(groups.join('-'));
	await expect(page.locator('[data-question]')).toHaveCount(10);

	await page.getByLabel('Answer key').check();
	await expect(page.getByTestId('answer-key')).toBeVisible();
	await page.getByLabel('Letter').check();
	expect(new URL(page.url()).hash).toMatch(/^#s=[a-z0-9-]+&sheet=key&paper=letter$/);
	await page.reload();
	await expect(page.getByTestId('answer-key')).toBeVisible();
	await expect(page.getByLabel('Letter')).toBeChecked();

	await page.evaluate(() => {
		window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
	});
	await page.getByRole('button', { name: 'Print', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
	await page.getByRole('link', { name: '← Back' }).click();
	await page.waitForURL(/\/class\/session#/);
});

test('the print page is accessible, and says why a link prints nothing', async ({ page }) => {
	await gotoHydrated(page, `/print#q=${quizCode}&sheet=student`);
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
	await gotoHydrated(page, '/print#s=not-here');
	await expect(page.getByRole('alert')).toContainText('isn’t on this device');
	await gotoHydrated(page, '/print#q=damaged');
	await expect(page.getByRole('alert')).toContainText('This quiz link doesn’t work');
});

test('a quiz prints offline, from the service worker', async ({ page, context, consoleErrors }) => {
	await gotoHydrated(page, '/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	const response = await page.goto(`/print#q=${quizCode}&sheet=key&paper=a4`);
	expect(response?.fromServiceWorker()).toBe(true);
	await waitUntilReady(page);
	await expect(page.locator('.entry[data-question]')).toHaveCount(items.length);
	await context.setOffline(false);
	forgiveConsoleErrors(consoleErrors, OFFLINE_SW_UPDATE_CHECK);
});
