// Screenshots of the projector at 1920×1080, light and dark: a question, its reveal in two steps
// (the answer, then why and the source), a matching
// and an ordering, the class's answers, and the presenter window (for the README and reviews).
// Usage: npx jiti scripts/present-screenshots.ts [outDir]  (serves build/)
import type { Page } from '@playwright/test';
import { presentHref } from '../src/lib/share/links';
import { encodeQuizCode } from '../src/lib/share/quiz-code';
import { classWithResults } from '../tests/present-helpers';
import { itemById, quizFor, recipe } from '../tests/quiz-helpers';
import { screenshotSession } from './screenshot-session';

const outDir = process.argv[2] ?? 'docs/screenshots';
const code = encodeQuizCode(recipe({ count: 12, seed: 31 }));
// A quiz of matching, ordering and typed questions only (type bits 3, 4 and 5), for their layouts.
const partsRecipe = recipe({ count: 6, types: 0b111000, seed: 1 });
const types = quizFor(partsRecipe).quiz.questions.map((q) => itemById.get(q.itemId)!.type);

const { base: baseURL, browser, close } = await screenshotSession(outDir);

async function ready(page: Page) {
	await page.waitForSelector('html[data-hydrated]');
	await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
}

/** Steps the projector to the first question of `type` (from the start). */
async function goToType(page: Page, type: string) {
	await page.keyboard.press('Home');
	for (let i = 0; i < types.indexOf(type as never); i++) await page.keyboard.press('ArrowRight');
}

try {
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({
			baseURL,
			viewport: { width: 1920, height: 1080 },
			colorScheme,
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		const shot = (name: string) =>
			page.screenshot({ path: `${outDir}/present-${name}-${colorScheme}.png` });
		await page.goto(presentHref({ kind: 'quiz', code }));
		await ready(page);
		await page.getByLabel('Countdown').selectOption('30');
		await page.locator('body').click({ position: { x: 5, y: 500 } });
		await shot('question');
		await page.keyboard.press('r');
		await shot('revealed');
		await page.keyboard.press('w');
		await shot('why');
		await page.goto(presentHref({ kind: 'quiz', code: encodeQuizCode(partsRecipe) }));
		await ready(page);
		for (const type of ['matching', 'ordering', 'typed'])
			if (types.includes(type as never)) {
				await goToType(page, type);
				// A typed question before reveal is only its answer line: the revealed one says more.
				if (type !== 'typed') await shot(`${type}`);
				await page.keyboard.press('r');
				await shot(`${type}-revealed`);
			}

		await classWithResults(page, 10);
		await page.getByRole('link', { name: 'Present the quiz' }).click();
		await page.waitForURL(/\/present#s=/);
		await ready(page);
		await page.keyboard.press('c');
		await shot('class-answers');
		await page.keyboard.press('h');
		await page.keyboard.press('c');
		await shot('class-hardest');

		const [presenter] = await Promise.all([
			context.waitForEvent('page'),
			page.getByRole('button', { name: 'Presenter view' }).click()
		]);
		await presenter.setViewportSize({ width: 1920, height: 1080 });
		await ready(presenter);
		await presenter.getByTestId('audience-status').getByText('Projector window open').waitFor();
		await presenter.screenshot({ path: `${outDir}/present-presenter-${colorScheme}.png` });
		await context.close();
	}
} finally {
	await close();
}
