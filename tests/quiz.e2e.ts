import { sourceHref } from '../src/lib/article/anchor';
import { QUESTION_TYPES } from '../src/lib/bank/question-types';
import { toMask } from '../src/lib/quiz/recipe';
import { encodeQuizCode } from '../src/lib/share/quiz-code';
import { toBase64Url } from '../src/lib/share/base64url';
import { fletcher16 } from '../src/lib/share/checksum';
import { expect, gotoHydrated, test, waitForServiceWorker, waitUntilReady } from './fixtures';
import { putCards, readCards } from './idb';
import {
	answerByKeyboard,
	bank,
	currentItem,
	itemById,
	quizFor,
	recipe,
	studiedCard
} from './quiz-helpers';

const KEYBOARD_TYPES = toMask(QUESTION_TYPES, [
	'single',
	'multiple',
	'true-false',
	'typed',
	'who-said'
]);

test('a shared recipe gives the same quiz in Chromium as in Node, and a whole quiz works by keyboard', async ({
	page
}) => {
	const r = recipe({ count: 8, types: KEYBOARD_TYPES, seed: 77 });
	const { quiz, href } = quizFor(r);
	await gotoHydrated(page, href);
	for (const [i, question] of quiz.questions.entries()) {
		await expect(page.getByTestId('progress')).toHaveText(`Question ${i + 1} of 8`);
		await expect(page.locator('h1[data-item-id]')).toHaveAttribute('data-item-id', question.itemId);
		await answerByKeyboard(page, question.order, true);
		await expect(page.getByTestId('feedback')).toContainText('Correct');
		await expect(page.getByTestId('announcer')).toHaveText('Correct.');
		await page.keyboard.press('Enter');
	}
	await expect(page.getByTestId('score')).toContainText('100%');
	await expect(page.getByTestId('score')).toContainText('8 of 8 right');
});

// Short answers and sortings show their own feedback: tests/understanding.e2e.ts.
const ANSWER_LINE_TYPES = QUESTION_TYPES.filter(
	(type) => type !== 'short-answer' && type !== 'classify'
);

for (const type of ANSWER_LINE_TYPES) {
	test(`a ${type} question answered wrong, then one answered right`, async ({ page }) => {
		const r = recipe({ count: 2, types: toMask(QUESTION_TYPES, [type]), seed: 5 });
		const { quiz, href } = quizFor(r);
		await gotoHydrated(page, href);
		const first = await answerByKeyboard(page, quiz.questions[0]!.order, false);
		const feedback = page.getByTestId('feedback');
		await expect(feedback).toContainText(/Not quite|Partly right/);
		if (first.type === 'matching') {
			const shown = await feedback.locator('ul.answer-list li').allTextContents();
			expect(shown.map((text, i) => text.includes(first.pairs[i]!.right))).toEqual(
				first.pairs.map(() => true)
			);
		} else if (first.type === 'ordering')
			await expect(feedback.locator('ol.answer-list li')).toHaveText(first.sequence);
		else await expect(feedback).toContainText(`Answer: ${first.answer}`);
		await expect(feedback).toContainText(first.explanation);
		// The primary passage first, then any further ones (`also`), each linked.
		const passages = [first.source, ...(first.also ?? [])];
		await expect(feedback.getByRole('link', { name: /Read it in the article/ })).toHaveCount(
			passages.length
		);
		await expect(
			feedback.getByRole('link', { name: /Read it in the article/ }).first()
		).toHaveAttribute('href', sourceHref(first.source));
		await expect(page.getByTestId('announcer')).toContainText(`The answer is: ${first.answer}`);
		await page.getByTestId('next').click();
		await answerByKeyboard(page, quiz.questions[1]!.order, true);
		await expect(feedback).toContainText('Correct');
	});
}

test('exam mode, results, then "Retry missed" asks only the missed questions', async ({ page }) => {
	const r = recipe({ count: 5, types: KEYBOARD_TYPES, feedback: 'end', seed: 9 });
	const { quiz, href } = quizFor(r);
	await gotoHydrated(page, href);
	for (const [i, question] of quiz.questions.entries()) {
		await answerByKeyboard(page, question.order, i % 2 === 0);
		await expect(page.getByTestId('feedback')).toHaveCount(0);
	}
	await expect(page.getByTestId('score')).toContainText('3 of 5 right');
	const missed = [quiz.questions[1]!.itemId, quiz.questions[3]!.itemId];
	await page.getByRole('link', { name: 'Retry missed (2)' }).click();
	await waitUntilReady(page);
	await expect(page.getByTestId('progress')).toHaveText('Question 1 of 2');
	expect(missed).toContain(await page.locator('h1[data-item-id]').getAttribute('data-item-id'));
});

test('regression: exam mode brings the wrong card forward', async ({ page }) => {
	const allRight = quizFor(recipe({ count: 5, types: KEYBOARD_TYPES, feedback: 'end', seed: 9 }));
	const oneWrong = quizFor(recipe({ count: 4, types: KEYBOARD_TYPES, feedback: 'end', seed: 12 }));
	const factOf = (question: { itemId: string }) => itemById.get(question.itemId)!.fact;
	const missedFact = factOf(oneWrong.quiz.questions[1]!);
	expect(allRight.quiz.questions.map(factOf)).not.toContain(missedFact);
	const due = new Date(Date.now() + 10 * 86_400_000);
	await gotoHydrated(page, '/');
	await putCards(
		page,
		bank.facts.map((fact) => [fact.id, studiedCard(fact.id, due)])
	);
	const broughtForward = async () =>
		Object.entries(await readCards(page))
			.filter(([, record]) => (record as { card: { due: Date } }).card.due < due)
			.map(([id]) => id);

	// Answered all right: no card comes forward.
	await gotoHydrated(page, allRight.href);
	for (const question of allRight.quiz.questions)
		await answerByKeyboard(page, question.order, true);
	await expect(page.getByTestId('score')).toContainText('5 of 5 right');

	// One wrong answer (not the last): exactly its own fact's card comes forward.
	await gotoHydrated(page, oneWrong.href);
	for (const [i, question] of oneWrong.quiz.questions.entries())
		await answerByKeyboard(page, question.order, i !== 1);
	await expect(page.getByTestId('score')).toContainText('3 of 4 right');
	await expect.poll(broughtForward).toContain(missedFact);
	expect(await broughtForward()).toEqual([missedFact]);
});

test('a reload in the middle of a quiz resumes at the same question', async ({ page }) => {
	const { quiz, href } = quizFor(recipe({ count: 6, types: KEYBOARD_TYPES, seed: 31 }));
	await gotoHydrated(page, href);
	await answerByKeyboard(page, quiz.questions[0]!.order, true);
	await page.getByTestId('next').click();
	await answerByKeyboard(page, quiz.questions[1]!.order, false);
	await page.reload();
	await waitUntilReady(page);
	await expect(page.getByTestId('progress')).toHaveText('Question 2 of 6');
	await expect(page.getByTestId('feedback')).toContainText(/Not quite|Partly/);
	await page.getByTestId('next').click();
	await expect(page.getByTestId('progress')).toHaveText('Question 3 of 6');
	await page.goto('/quiz');
	await waitUntilReady(page);
	await expect(page.getByTestId('recent')).toContainText('in progress: question 3 of 6');
});

test('the shared link opens the same quiz in a fresh browser profile', async ({
	page,
	browser
}) => {
	const { quiz, href } = quizFor(recipe({ count: 10, seed: 4242 }));
	const other = await browser.newContext();
	try {
		const second = await other.newPage();
		for (const p of [page, second]) {
			await gotoHydrated(p, href);
			await expect(p.locator('h1[data-item-id]')).toHaveAttribute(
				'data-item-id',
				quiz.questions[0]!.itemId
			);
			await expect(p.locator('.option')).toHaveText(
				(await p.locator('.option').allTextContents()).map((t) => t)
			);
		}
		expect(await second.locator('.option, .pair, .steps li').allTextContents()).toEqual(
			await page.locator('.option, .pair, .steps li').allTextContents()
		);
	} finally {
		await other.close();
	}
});

test('Quick 10 starts a quiz in one tap, also offline', async ({ page, context }) => {
	await gotoHydrated(page, '/quiz');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto('/quiz');
	await waitUntilReady(page);
	await page.getByRole('button', { name: 'Quick 10' }).click();
	await waitUntilReady(page);
	await expect(page.getByTestId('progress')).toHaveText('Question 1 of 10');
	const item = await currentItem(page);
	expect(item.id).toBeTruthy();
	await context.setOffline(false);
});

test('the builder makes the quiz asked for and says when the choices allow fewer', async ({
	page
}) => {
	await gotoHydrated(page, '/quiz');
	await page.getByLabel('Questions', { exact: true }).fill('15');
	await page.getByLabel('History').check();
	await page.getByLabel('Outlook').check();
	await expect(page.getByTestId('availability')).toContainText('the quiz takes 15');
	await page.getByLabel('Questions', { exact: true }).fill('40');
	await expect(page.getByTestId('availability')).toContainText('Only');
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeDisabled();
	await page.getByLabel('Questions', { exact: true }).fill('12');
	await page.getByLabel('At the end (exam)').check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await waitUntilReady(page);
	await expect(page.getByTestId('progress')).toHaveText('Question 1 of 12');
	const item = await currentItem(page);
	expect(item.topics.some((t) => t === 'history' || t === 'outlook')).toBe(true);
});

test('"Quiz me" on a paragraph asks only about that paragraph', async ({ page }) => {
	await gotoHydrated(page, '/article');
	await page.getByRole('button', { name: 'Quiz me on paragraph 12' }).click();
	await waitUntilReady(page);
	const facts = new Set(bank.items.filter((i) => i.source.paragraph === 12).map((i) => i.fact))
		.size;
	await expect(page.getByTestId('progress')).toHaveText(`Question 1 of ${Math.min(10, facts)}`);
	expect((await currentItem(page)).source.paragraph).toBe(12);
});

const good = encodeQuizCode(recipe());
/** A code of a later layout: version 2, and the Fletcher-16 of the rest at the end, as every layout has. */
const newer = (() => {
	const bytes = Uint8Array.of(3, 1, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	const sum = fletcher16(bytes.subarray(0, bytes.length - 2));
	bytes.set([sum >> 8, sum & 255], bytes.length - 2);
	return toBase64Url(bytes);
})();
for (const [name, hash, message] of [
	['malformed', '#q=hello', 'incomplete or damaged'],
	[
		'tampered',
		`#q=${good.slice(0, 5)}${good[5] === 'A' ? 'B' : 'A'}${good.slice(6)}`,
		'changed or mistyped'
	],
	['future-version', `#q=${newer}`, 'newer version of the app'],
	// regression: a random code starting with a version byte of 3–15 was called newer
	['random code with a later version byte', '#q=AwEKAAAAAAAAAAAAAAAA', 'incomplete or damaged'],
	[
		'old-bank',
		`#q=${encodeQuizCode(recipe({ bankVersion: 1 }))}`,
		'version 1 of the question bank'
	],
	['unknown attempt', '#a=deadbeef', 'isn’t on this device']
] as const) {
	test(`a ${name} quiz link gets a clear message and a way on`, async ({ page }) => {
		await gotoHydrated(page, `/quiz/play${hash}`);
		const problem = page.getByTestId('quiz-problem');
		await expect(problem).toContainText(message);
		await problem.getByRole('link', { name: 'New quiz' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quizzes');
	});
}

test('an old-bank link offers the same settings with the current questions', async ({ page }) => {
	await gotoHydrated(page, `/quiz/play#q=${encodeQuizCode(recipe({ bankVersion: 1, count: 7 }))}`);
	await page.getByRole('button', { name: 'Same settings, current questions' }).click();
	await waitUntilReady(page);
	await expect(page.getByTestId('progress')).toHaveText('Question 1 of 7');
});

test('reopening a finished quiz link shows its results; "Take it again" starts afresh', async ({
	page
}) => {
	const { quiz, href } = quizFor(recipe({ count: 2, types: KEYBOARD_TYPES, seed: 8 }));
	await gotoHydrated(page, href);
	for (const question of quiz.questions) {
		await answerByKeyboard(page, question.order, true);
		await page.keyboard.press('Enter');
	}
	await expect(page.getByTestId('score')).toContainText('2 of 2 right');
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
	await page.reload();
	await waitUntilReady(page);
	await expect(page.getByTestId('score')).toContainText('2 of 2 right');
	await page.getByRole('link', { name: 'Take it again' }).click();
	await waitUntilReady(page);
	await expect(page.getByTestId('progress')).toHaveText('Question 1 of 2');
	await expect(page).toHaveURL(new RegExp(`${href.replace(/[#?]/g, '.')}$`));
});
