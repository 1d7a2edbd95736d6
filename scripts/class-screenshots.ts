// Screenshots of the teacher's classroom pages, light and dark, with a class of results made here
// (for the README and reviews). Usage: npx jiti scripts/class-screenshots.ts [outDir]  (serves build/)
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseBank } from '../src/lib/bank/parse';
import type { Item } from '../src/lib/bank/schema';
import { correctResponse, type QuizResponse } from '../src/lib/quiz/check';
import { generateQuiz } from '../src/lib/quiz/generate';
import { decodeClassCode } from '../src/lib/share/class-code';
import { encodeResultCode } from '../src/lib/share/result-code';
import { screenshotSession } from './screenshot-session';

const outDir = process.argv[2] ?? 'docs/screenshots';
const parsed = parseBank(JSON.parse(readFileSync('build/bank.json', 'utf8')));
if (!parsed.ok) throw new Error('build/bank.json is invalid');
const bank = parsed.bank;
const NAMES = [
	'Aziz',
	'Nilufar',
	'Davron',
	'Zarina',
	'Bobur',
	'Madina',
	'Farhod',
	'Shahnoza',
	'Rustam',
	'Gulnora',
	'Jasur',
	'Malika',
	'Timur',
	'Dilnoza',
	'Sardor',
	'Kamila',
	'Aziz'
];

/** A wrong answer of the item's type (partly right where the type allows). */
function wrongResponse(item: Item): QuizResponse {
	switch (item.type) {
		case 'single':
		case 'who-said':
			return { type: 'choice', index: (item.correct + 1) % item.options.length };
		case 'multiple':
			return {
				type: 'choices',
				indexes: [item.correct[0]!, item.options.findIndex((_, i) => !item.correct.includes(i))]
			};
		case 'true-false':
			return { type: 'boolean', value: !item.correct };
		case 'typed':
			return { type: 'text', value: 'no idea' };
		case 'matching':
			return { type: 'pairs', rights: item.pairs.map((_, i) => (i < 2 ? 1 - i : i)) };
		case 'ordering':
			return { type: 'order', sequence: item.sequence.map((_, i) => i).reverse() };
	}
}

const { base, browser, close } = await screenshotSession(outDir);

async function ready(page: Page) {
	await page.waitForSelector('html[data-hydrated]');
	await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
}

try {
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			colorScheme,
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		await page.goto(`${base}/class`);
		await ready(page);
		await page.getByLabel('Name').fill('Period 3, 1 December');
		await page.locator('#class-count').fill('12');
		await page.getByRole('button', { name: 'Create session' }).click();
		await page.waitForURL(/\/class\/session#/);
		await ready(page);
		const code = (await page.getByTestId('class-code').textContent())!.replace(/\s/g, '');
		const decoded = decodeClassCode(code, bank.version);
		if (!decoded.ok) throw new Error(decoded.message);
		const quiz = generateQuiz(bank, decoded.session.recipe);
		if (!quiz.ok) throw new Error(quiz.message);
		const items = quiz.quiz.questions.map((q) => bank.items.find((i) => i.id === q.itemId)!);
		await page.screenshot({ path: `${outDir}/class-session-desktop-${colorScheme}.png` });

		// A class's results: each student misses some questions, the later ones more often.
		const codes = NAMES.map((nickname, s) => {
			const responses = items.map((item, q) => {
				const hard = (s * 7 + q * 5) % 11 < 2 + (q % 4);
				if ((s + q) % 13 === 0) return null;
				return hard ? wrongResponse(item) : correctResponse(item);
			});
			return encodeResultCode(decoded.session, items, { nickname, responses }).text;
		});
		await page.getByLabel('Paste result codes').fill(codes.join('\n'));
		await page.getByRole('button', { name: 'Add results' }).click();
		await page
			.getByTestId('grid-row')
			.nth(NAMES.length - 1)
			.waitFor();
		await page.getByTestId('latest-ack').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${outDir}/class-collect-desktop-${colorScheme}.png` });
		await page.locator('#report-title').scrollIntoViewIfNeeded();
		await page.evaluate(() => {
			document.getElementById('report-title')!.scrollIntoView({ block: 'start' });
			scrollBy(0, -24);
		});
		await page.screenshot({ path: `${outDir}/class-report-desktop-${colorScheme}.png` });
		await page.screenshot({
			path: `${outDir}/class-report-full-desktop-${colorScheme}.png`,
			fullPage: true
		});

		await page.emulateMedia({ media: 'print' });
		await page.screenshot({
			path: `${outDir}/class-report-print-${colorScheme}.png`,
			fullPage: true
		});
		await page.emulateMedia({ media: 'screen' });

		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.getByRole('button', { name: 'Show on projector' }).click();
		await page.getByTestId('projector-code').waitFor();
		await page.screenshot({ path: `${outDir}/class-projector-1920-${colorScheme}.png` });
		await page.keyboard.press('Escape');
		await page.setViewportSize({ width: 360, height: 780 });
		await page.screenshot({
			path: `${outDir}/class-session-phone-${colorScheme}.png`,
			fullPage: true
		});
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${base}/class`);
		await ready(page);
		await page.screenshot({ path: `${outDir}/class-desktop-${colorScheme}.png`, fullPage: true });
		await context.close();
	}
} finally {
	await close();
}
