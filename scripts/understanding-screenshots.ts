// Screenshots of the two self-explaining question types at 360 px, light and dark: a short answer
// (written, then self-checked, then its feedback) and a sorting (answered, then its feedback), for
// the README and reviews. Usage: npx jiti scripts/understanding-screenshots.ts [outDir]  (serves build/)
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseBank } from '../src/lib/bank/parse';
import { QUESTION_TYPES } from '../src/lib/bank/question-types';
import { generateQuiz } from '../src/lib/quiz/generate';
import { toMask, type QuizRecipe } from '../src/lib/quiz/recipe';
import { quizHref } from '../src/lib/share/links';
import { screenshotSession } from './screenshot-session';

const outDir = process.argv[2] ?? 'docs/screenshots';
const parsed = parseBank(JSON.parse(readFileSync('build/bank.json', 'utf8')));
if (!parsed.ok) throw new Error('build/bank.json is invalid');
const bank = parsed.bank;

/** A one-question quiz of the given item, found by trying seeds (the generator picks at random). */
function quizOf(itemId: string, type: (typeof QUESTION_TYPES)[number]): string {
	for (let seed = 1; seed < 5000; seed++) {
		const recipe: QuizRecipe = {
			bankVersion: bank.version,
			count: 1,
			types: toMask(QUESTION_TYPES, [type]),
			topics: 0,
			difficulty: 0,
			paragraphs: 0,
			seed,
			feedback: 'each'
		};
		const quiz = generateQuiz(bank, recipe);
		if (quiz.ok && quiz.quiz.questions[0]!.itemId === itemId) return quizHref(recipe);
	}
	throw new Error(`no seed gives ${itemId}`);
}

const { base, browser, close } = await screenshotSession(outDir);

async function shoot(page: Page, name: string, scheme: string) {
	await page.screenshot({ path: `${outDir}/${name}-phone-${scheme}.png`, fullPage: true });
}

try {
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({
			viewport: { width: 360, height: 780 },
			isMobile: true,
			deviceScaleFactor: 2,
			colorScheme,
			reducedMotion: 'reduce',
			serviceWorkers: 'block'
		});
		const page = await context.newPage();

		await page.goto(base + quizOf('why-rahmon-distrusts-taliban/short-answer', 'short-answer'));
		await page.waitForSelector('html[data-hydrated]');
		await page
			.getByTestId('written-answer')
			.fill('He has distrusted them since the 1990s, when Tajikistan had a civil war.');
		await shoot(page, 'short-answer-question', colorScheme);
		await page.getByRole('button', { name: 'Compare with the model answer' }).click();
		// The inputs sit under their labels (styled as cards): a person taps the label.
		await page.locator('.ticks label').nth(0).click();
		await page.locator('.ticks label').nth(1).click();
		await shoot(page, 'short-answer-self-check', colorScheme);
		await page.getByTestId('check').click();
		await page.getByTestId('feedback').waitFor();
		await shoot(page, 'short-answer-feedback', colorScheme);

		await page.goto(base + quizOf('hedge-both-sides/classify', 'classify'));
		await page.waitForSelector('html[data-hydrated]');
		const radios = page.locator('fieldset.statement');
		const count = await radios.count();
		for (let i = 0; i < count - 1; i++)
			await radios
				.nth(i)
				.locator('label')
				.nth(i % 2)
				.click();
		await shoot(page, 'classify-question', colorScheme);
		await radios
			.nth(count - 1)
			.locator('label')
			.nth(0)
			.click();
		await page.getByTestId('check').click();
		await page.getByTestId('feedback').waitFor();
		await shoot(page, 'classify-feedback', colorScheme);
		await context.close();
	}
} finally {
	await close();
}
console.log(`Wrote understanding screenshots to ${outDir}.`);
