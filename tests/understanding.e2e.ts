import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { QUESTION_TYPES } from '../src/lib/bank/question-types';
import { toMask } from '../src/lib/quiz/recipe';
import { expect, gotoHydrated, test } from './fixtures';
import { putCards } from './idb';
import {
	answerByKeyboard,
	currentItem,
	itemById,
	quizFor,
	recipe,
	studiedCard
} from './quiz-helpers';

const only = (type: (typeof QUESTION_TYPES)[number]) => toMask(QUESTION_TYPES, [type]);

test('a short answer: write, compare with the model, tick the points made, hear the score', async ({
	page
}) => {
	const { quiz, href } = quizFor(recipe({ count: 2, types: only('short-answer'), seed: 3 }));
	await gotoHydrated(page, href);
	const item = await currentItem(page);
	if (item.type !== 'short-answer') throw new Error('not a short answer');
	const check = page.getByTestId('check');
	const written = page.getByTestId('written-answer');
	await expect(written).toBeFocused();
	const compare = page.getByRole('button', { name: 'Compare with the model answer' });
	await expect(compare).toBeDisabled();
	await expect(check).toBeDisabled();
	await page.keyboard.type('Because of the 1990s.');
	await page.keyboard.press('Tab');
	await expect(compare).toBeFocused();
	await page.keyboard.press('Enter');
	// The model answer, then each point as a tick box described by the article's words.
	const shown = page.getByRole('region', { name: 'Model answer' });
	await expect(shown).toBeFocused();
	await expect(shown).toContainText(item.model);
	for (const point of item.points)
		await expect(
			page.getByRole('checkbox', { name: point.text, exact: true })
		).toHaveAccessibleDescription(`The article: “${point.quote}” (paragraph ${point.paragraph})`);
	await expect(written).toHaveAttribute('readonly', '');
	// Ticking is the answer: one of the points, then Check.
	await page.getByRole('checkbox', { name: item.points[0]!.text }).focus();
	await page.keyboard.press('Space');
	await check.focus();
	await page.keyboard.press('Enter');
	const n = item.points.length;
	const feedback = page.getByTestId('feedback');
	await expect(feedback).toContainText(`You made 1 of ${n} key points`);
	// The feedback links every point to its sentence, marking the one made.
	for (const point of item.points)
		await expect(
			feedback.getByRole('link', { name: new RegExp(point.quote.slice(0, 20)) })
		).toHaveAttribute('href', `/article#p${point.paragraph}s${point.sentence}`);
	await expect(feedback.getByText('Made:', { exact: true })).toHaveCount(1);
	await expect(page.getByTestId('announcer')).toHaveText(`You made 1 of ${n} key points.`);
	await page.getByTestId('next').click();
	await answerByKeyboard(page, quiz.questions[1]!.order, true);
	await expect(page.getByTestId('feedback')).toContainText(`key points`);
	await page.getByTestId('next').click();
	await expect(page.getByTestId('score')).toContainText(`${Math.round(((1 / n + 1) / 2) * 100)}%`);
	// The review keeps what was written (on this device) and which points were ticked.
	await expect(page.getByText('“Because of the 1990s.”')).toBeVisible();
});

test('a sorting by keyboard alone: wrong, then right, with partial credit announced', async ({
	page
}) => {
	const { quiz, href } = quizFor(recipe({ count: 2, types: only('classify'), seed: 4 }));
	await gotoHydrated(page, href);
	const item = await currentItem(page);
	if (item.type !== 'classify') throw new Error('not a sorting');
	// Every statement but the first in its group: partial credit.
	const order = quiz.questions[0]!.order;
	for (const [k, statement] of order.entries()) {
		await page.keyboard.press('Tab');
		const group = item.statements[statement]!.group;
		const want = k === 0 ? 1 - group : group;
		await page.keyboard.press(want === 0 ? 'Space' : 'ArrowRight');
	}
	await page.getByTestId('check').focus();
	await page.keyboard.press('Enter');
	const n = item.statements.length;
	const feedback = page.getByTestId('feedback');
	await expect(feedback).toContainText(`Partly right (${Math.round(((n - 1) / n) * 100)}%)`);
	await expect(page.getByTestId('announcer')).toContainText(
		`Partly right: ${n - 1} of ${n} statements in the right group.`
	);
	for (const group of item.groups)
		await expect(feedback.getByRole('heading', { name: group })).toBeVisible();
	await page.getByTestId('next').click();
	await answerByKeyboard(page, quiz.questions[1]!.order, true);
	await expect(feedback).toContainText('Correct');
	await expect(page.getByTestId('announcer')).toHaveText('Correct.');
});

const violations = async (page: Page) =>
	(await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violation at any step of a short answer or a sorting (${colorScheme})`, async ({
		page
	}) => {
		// Axe takes seconds a page on a busy machine, and this runs it at every step.
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
		const types = toMask(QUESTION_TYPES, ['short-answer', 'classify']);
		const { quiz, href } = quizFor(recipe({ count: 3, types, seed: 11 }));
		const kinds = quiz.questions.map((q) => itemById.get(q.itemId)!.type);
		expect(new Set(kinds)).toEqual(new Set(['short-answer', 'classify']));
		await gotoHydrated(page, href);
		for (const [i, question] of quiz.questions.entries()) {
			const item = await currentItem(page);
			if (item.type === 'short-answer') {
				await page.keyboard.type('An answer.');
				expect(await violations(page)).toEqual([]);
				await page.getByRole('button', { name: 'Compare with the model answer' }).click();
				expect(await violations(page)).toEqual([]);
				await page.getByTestId('check').click();
			} else await answerByKeyboard(page, question.order, i % 2 === 0);
			await expect(page.getByTestId('feedback')).toBeVisible();
			expect(await violations(page)).toEqual([]);
			await page.getByTestId('next').click();
		}
		await expect(page.getByTestId('score')).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
}

test('a flashcard whose fact has a short answer shows the model and key points on its back', async ({
	page
}) => {
	const item = itemById.get('why-rahmon-distrusts-taliban/short-answer');
	if (item?.type !== 'short-answer') throw new Error('the short answer is gone');
	await gotoHydrated(page, '/');
	await putCards(page, [[item.fact, studiedCard(item.fact, new Date(Date.now() - 60_000))]]);
	await gotoHydrated(page, '/');
	await expect(page.getByTestId('home-due')).toHaveText('1');
	await gotoHydrated(page, '/study');
	await expect(page.getByTestId('flashcard')).toHaveAttribute('data-card-id', item.fact);
	await expect(page.getByTestId('card-key-points')).toHaveCount(0);
	await page.keyboard.press('Space');
	const back = page.getByTestId('card-key-points');
	await expect(back).toContainText(item.model);
	for (const point of item.points) await expect(back).toContainText(point.text);
	expect(await violations(page)).toEqual([]);
});
