import type { Page } from '@playwright/test';
import type { Item } from '../src/lib/bank/schema';
import { correctResponse } from '../src/lib/quiz/check';
import { wrongResponse } from '../src/lib/quiz/fixtures/wrong-response';
import { generateQuiz } from '../src/lib/quiz/generate';
import { decodeClassCode } from '../src/lib/share/class-code';
import { encodeResultCode } from '../src/lib/share/result-code';
import { bank, itemById } from './quiz-helpers';

/** Nicknames of a made-up class; none may ever show on the projector. */
export const CLASS_NAMES = [
	'Aziz',
	'Nilufar',
	'Davron',
	'Zarina',
	'Bobur',
	'Madina',
	'Farhod',
	'Shahnoza'
];

async function ready(page: Page) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
}

/**
 * Makes a class session of `count` questions on /class and collects a result from each of
 * CLASS_NAMES (later questions missed more often, so the hardest are not simply the first).
 * Leaves the page on the session.
 */
export async function classWithResults(
	page: Page,
	count = 8
): Promise<{ items: Item[]; wrong: boolean[][] }> {
	await page.goto('/class');
	await ready(page);
	await page.locator('#class-count').fill(String(count));
	await page.getByRole('button', { name: 'Create session' }).click();
	await page.waitForURL(/\/class\/session#/);
	await ready(page);
	const code = (await page.getByTestId('class-code').textContent())!.replace(/\s/g, '');
	const decoded = decodeClassCode(code, bank.version);
	if (!decoded.ok) throw new Error(decoded.message);
	const quiz = generateQuiz(bank, decoded.session.recipe);
	if (!quiz.ok) throw new Error(quiz.message);
	const items = quiz.quiz.questions.map((q) => itemById.get(q.itemId)!);
	const wrong = CLASS_NAMES.map((_, s) => items.map((_, q) => (s * 7 + q * 5) % 11 < 2 + (q % 4)));
	const codes = CLASS_NAMES.map(
		(nickname, s) =>
			encodeResultCode(decoded.session, items, {
				nickname,
				responses: items.map((item, q) =>
					wrong[s]![q] ? wrongResponse(item) : correctResponse(item)
				)
			}).text
	);
	await page.getByLabel('Paste result codes').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add results' }).click();
	await page
		.getByTestId('grid-row')
		.nth(CLASS_NAMES.length - 1)
		.waitFor();
	return { items, wrong };
}
