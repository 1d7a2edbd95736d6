import type { Page } from '@playwright/test';
import type { Item } from '../src/lib/bank/schema';
import { correctResponse } from '../src/lib/quiz/check';
import { wrongResponse } from '../src/lib/quiz/fixtures/wrong-response';
import { generateQuiz } from '../src/lib/quiz/generate';
import { decodeClassCode, type ClassSession } from '../src/lib/share/class-code';
import { encodeResultCode } from '../src/lib/share/result-code';
import { bank, itemById } from './quiz-helpers';

// A made-up class for the classroom's screenshots and the projector's tests: a session made on
// /class as a teacher makes it, and results pasted as a teacher pastes them.

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

/** Makes a session of `count` questions on /class (relative to the context's baseURL); leaves the page on it. */
export async function createClassSession(
	page: Page,
	{ count, name }: { count: number; name?: string }
): Promise<{ session: ClassSession; items: Item[] }> {
	await page.goto('/class');
	await ready(page);
	if (name) await page.getByLabel('Name').fill(name);
	await page.locator('#class-count').fill(String(count));
	await page.getByRole('button', { name: 'Create session' }).click();
	await page.waitForURL(/\/class\/session#/);
	await ready(page);
	const code = (await page.getByTestId('class-code').textContent())!.replace(/\s/g, '');
	const decoded = decodeClassCode(code, bank.version);
	if (!decoded.ok) throw new Error(decoded.message);
	const quiz = generateQuiz(bank, decoded.session.recipe);
	if (!quiz.ok) throw new Error(quiz.message);
	return {
		session: decoded.session,
		items: quiz.quiz.questions.map((q) => itemById.get(q.itemId)!)
	};
}

/**
 * Pastes a result from each of `names` on the session page: each student misses some questions,
 * the later ones more often (so the hardest are not simply the first), and leaves a few blank.
 */
export async function pasteClassResults(
	page: Page,
	session: ClassSession,
	items: Item[],
	names: readonly string[] = CLASS_NAMES
): Promise<void> {
	const codes = names.map((nickname, s) => {
		const responses = items.map((item, q) => {
			if ((s + q) % 13 === 0) return null;
			return (s * 7 + q * 5) % 11 < 2 + (q % 4) ? wrongResponse(item) : correctResponse(item);
		});
		return encodeResultCode(session, items, { nickname, responses }).text;
	});
	await page.getByLabel('Paste result codes').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add results' }).click();
	await page
		.getByTestId('grid-row')
		.nth(names.length - 1)
		.waitFor();
}

/** A session of `count` questions with a result from each of CLASS_NAMES; leaves the page on it. */
export async function classWithResults(page: Page, count = 8): Promise<{ items: Item[] }> {
	const { session, items } = await createClassSession(page, { count });
	await pasteClassResults(page, session, items);
	return { items };
}
