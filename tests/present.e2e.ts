import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { encodeQuizCode } from '../src/lib/share/quiz-code';
import { presentHref } from '../src/lib/share/links';
import {
	OFFLINE_SW_UPDATE_CHECK,
	expect,
	forgiveConsoleErrors,
	gotoHydrated,
	test,
	waitForServiceWorker
} from './fixtures';
import { CLASS_NAMES, classWithResults } from './present-helpers';
import { itemById, quizFor, recipe } from './quiz-helpers';

const quizRecipe = recipe({ count: 5, seed: 777 });
const { quiz } = quizFor(quizRecipe);
const items = quiz.questions.map((q) => itemById.get(q.itemId)!);
const projectorPath = presentHref({ kind: 'quiz', code: encodeQuizCode(quizRecipe) });
const presenterPath = presentHref({ kind: 'quiz', code: encodeQuizCode(quizRecipe) }, 'presenter');

const prompt = (page: Page) => page.getByTestId('prompt');

async function axeClean(page: Page) {
	// The offline-ready toast appears at any moment: judge the page once its animations have ended.
	await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

test('the projector steps through a quiz by keys, and reveals the answer, then why and the source', async ({
	page
}) => {
	await gotoHydrated(page, projectorPath);
	await expect(prompt(page)).toHaveText(items[0]!.prompt);
	await expect(page.getByTestId('progress')).toContainText('Question 1 of 5');
	await expect(page.getByTestId('reveal')).toHaveCount(0);
	await expect(page.getByText('Right', { exact: true })).toHaveCount(0);
	// The header and navigation of the app are not on the projector.
	await expect(page.locator('.site-header')).toBeHidden();

	// The reveal's first step marks the answer on the options; the second (W) takes their place
	// with why it is right and the article's words.
	await page.keyboard.press('r');
	await expect(page.getByTestId('present-status')).toContainText('Answer:');
	await expect(page.getByText('Right', { exact: true }).first()).toBeVisible();
	await expect(page.getByTestId('reveal')).toHaveCount(0);
	await page.keyboard.press('w');
	const reveal = page.getByTestId('reveal');
	await expect(reveal).toContainText(items[0]!.explanation);
	// Every passage the question rests on is shown; the first is its source.
	await expect(reveal.getByTestId('source').first()).toContainText(items[0]!.source.quote);
	await expect(page.getByTestId('slide-choices')).toHaveCount(0);
	await expect(page.getByTestId('present-status')).toHaveText(`Why: ${items[0]!.explanation}`);
	await expect(page.getByRole('button', { name: /^Why & source/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.keyboard.press('w');
	await expect(page.getByTestId('reveal')).toHaveCount(0);
	await expect(page.getByText('Right', { exact: true }).first()).toBeVisible();

	await page.keyboard.press('ArrowRight');
	await expect(prompt(page)).toHaveText(items[1]!.prompt);
	await expect(page.getByTestId('reveal')).toHaveCount(0);
	await page.keyboard.press(' ');
	await expect(prompt(page)).toHaveText(items[2]!.prompt);
	await page.keyboard.press('ArrowLeft');
	await expect(prompt(page)).toHaveText(items[1]!.prompt);
	await expect(page.getByTestId('progress')).toContainText('Question 2 of 5');

	// Every key is a visible button too.
	await page.getByRole('button', { name: /^Next/ }).click();
	await expect(prompt(page)).toHaveText(items[2]!.prompt);
	await page.getByRole('button', { name: /^Reveal/ }).click();
	await expect(page.getByRole('button', { name: /^Hide answer/ })).toBeVisible();
	await page.getByRole('button', { name: /^Why & source/ }).click();
	await expect(page.getByTestId('reveal')).toBeVisible();
	await page.getByRole('button', { name: /^Back/ }).click();
	await expect(prompt(page)).toHaveText(items[1]!.prompt);
	for (const name of [/^Back/, /^Reveal/, /^Why & source/, /^Next/, /^Full screen/, /^Leave/]) {
		const box = await page.getByRole('button', { name }).boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(44);
	}

	// Past the last question: a closing slide, then Esc leaves.
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { name: 'That’s all 5 questions' })).toBeVisible();
	await page.keyboard.press('Escape');
	await page.waitForURL(/\/quiz$/);
});

test('a presentation clicker (Page Down and Page Up) reveals the answer, then why, then moves on', async ({
	page
}) => {
	await gotoHydrated(page, projectorPath);
	await expect(prompt(page)).toHaveText(items[0]!.prompt);
	await page.keyboard.press('PageDown');
	await expect(page.getByRole('button', { name: /^Hide answer/ })).toBeVisible();
	await expect(page.getByTestId('reveal')).toHaveCount(0);
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('reveal')).toContainText(items[0]!.explanation);
	await page.keyboard.press('PageDown');
	await expect(prompt(page)).toHaveText(items[1]!.prompt);
	await expect(page.getByRole('button', { name: /^Reveal/ })).toBeVisible();
	// Back a step at a time: into the question before on its last step, as slides go back.
	await page.keyboard.press('PageUp');
	await expect(prompt(page)).toHaveText(items[0]!.prompt);
	await expect(page.getByTestId('reveal')).toBeVisible();
	await page.keyboard.press('PageUp');
	await expect(page.getByTestId('reveal')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /^Hide answer/ })).toBeVisible();
});

test('the second step says the answer in words, and no key of letters whose lines are gone', async ({
	page
}) => {
	// Typed, matching and ordering questions only (type bits 3, 4 and 5).
	const r = recipe({ count: 6, types: 0b111000, seed: 1 });
	const questions = quizFor(r).quiz.questions.map((q) => itemById.get(q.itemId)!);
	await gotoHydrated(page, presentHref({ kind: 'quiz', code: encodeQuizCode(r) }));
	await expect(prompt(page)).toBeVisible();
	const reveal = page.getByTestId('reveal');
	for (const item of questions) {
		await expect(prompt(page)).toHaveText(item.prompt);
		await page.keyboard.press('w');
		await expect(reveal).toContainText(item.explanation);
		if (item.type === 'typed') await expect(reveal).toContainText(`Answer ${item.answer}`);
		else {
			await expect(reveal).not.toContainText('Answer');
			await expect(reveal).toContainText(`Why ${item.explanation}`);
		}
		await page.keyboard.press('ArrowRight');
	}
	expect(questions.map((item) => item.type)).toEqual(expect.arrayContaining(['typed', 'matching']));
});

test('the projector’s options are lettered in the order the phones show them', async ({ page }) => {
	await gotoHydrated(page, projectorPath);
	for (const [q, question] of quiz.questions.entries()) {
		const item = items[q]!;
		if (item.type === 'single' || item.type === 'multiple' || item.type === 'who-said') {
			const texts = question.order.map((i) => item.options[i]!);
			const shown = await page.getByTestId('slide-choices').locator('li .text').allTextContents();
			expect(shown.map((t) => t.replace(/^[A-F]: ?/, ''))).toEqual(texts);
		}
		if (item.type === 'typed') await expect(page.getByTestId('answer-line')).toBeVisible();
		await page.keyboard.press('ArrowRight');
	}
});

test('the countdown is off by default; it pauses, takes more time and says when time is up', async ({
	page
}) => {
	// The page's clock stands still but for runFor, so a slow machine can't eat the seconds.
	await page.clock.install({ time: new Date('2026-12-01T09:00:00Z') });
	await gotoHydrated(page, projectorPath);
	await page.clock.pauseAt(new Date('2026-12-01T09:05:00Z'));
	await expect(page.getByTestId('countdown')).toHaveCount(0);
	await page.getByLabel('Countdown').selectOption('15');
	await expect(page.getByTestId('seconds-left')).toHaveText('0:15');
	await page.clock.runFor(5_000);
	await expect(page.getByTestId('seconds-left')).toHaveText('0:10');
	// Keys from here: a click waits for animation frames, which a paused clock holds back.
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press('p');
	await expect(page.getByTestId('countdown')).toContainText('Paused');
	await expect(page.getByRole('button', { name: /^Resume/ })).toBeVisible();
	await page.clock.runFor(30_000);
	await expect(page.getByTestId('seconds-left')).toHaveText('0:10');
	await page.keyboard.press('p');
	await expect(page.getByRole('button', { name: /^\+15 s/ })).toBeVisible();
	await page.keyboard.press('+');
	await expect(page.getByTestId('seconds-left')).toHaveText('0:25');
	await page.clock.runFor(26_000);
	await expect(page.getByTestId('countdown')).toContainText('Time’s up');
	await expect(page.getByTestId('present-status')).toHaveText('Time’s up.');
	// A new question starts its countdown afresh; revealing ends it.
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('seconds-left')).toHaveText('0:15');
	await page.keyboard.press('r');
	await expect(page.getByTestId('countdown')).toHaveCount(0);
});

test('F makes the projector full screen, and the button says so', async ({ page }) => {
	await gotoHydrated(page, projectorPath);
	await page.keyboard.press('f');
	await expect
		.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? ''))
		.toContain('present');
	await expect(page.getByRole('button', { name: /^Exit full screen/ })).toBeVisible();
	await page.getByRole('button', { name: /^Exit full screen/ }).click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('the presenter view follows the projector, and either carries on when the other closes', async ({
	page,
	context
}) => {
	await gotoHydrated(page, projectorPath);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('r');

	// Opened from the projector's button: a second window that catches up at once.
	const [presenter] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('button', { name: 'Presenter view' }).click()
	]);
	await presenter.waitForLoadState();
	expect(new URL(presenter.url()).hash).toContain('view=presenter');
	await expect(presenter.getByTestId('desk-prompt')).toHaveText(items[1]!.prompt);
	await expect(presenter.getByTestId('room-sees')).toHaveText('answer showing');
	await expect(presenter.getByTestId('up-next')).toContainText(items[2]!.prompt);
	await expect(presenter.getByTestId('audience-status')).toHaveText('Projector window open');
	// The presenter always sees the answer; the projector hands its controls over.
	await expect(presenter.getByTestId('reveal')).toContainText(items[1]!.explanation);
	await expect(page.getByTestId('controls')).toHaveCount(0);
	await expect(page.getByText('Steered from the presenter view')).toBeVisible();

	await presenter.keyboard.press('ArrowRight');
	await expect(prompt(page)).toHaveText(items[2]!.prompt);
	await expect(page.getByTestId('reveal')).toHaveCount(0);
	await presenter.getByRole('button', { name: /^Reveal/ }).click();
	await expect(page.getByText('Right', { exact: true }).first()).toBeVisible();
	await expect(page.getByTestId('reveal')).toHaveCount(0);
	await presenter.getByRole('button', { name: /^Why & source/ }).click();
	await expect(presenter.getByTestId('room-sees')).toHaveText('why and source showing');
	await expect(page.getByTestId('reveal')).toBeVisible();
	// The projector's own keys still work, and steer the presenter.
	await page.keyboard.press('ArrowRight');
	await expect(presenter.getByTestId('desk-prompt')).toHaveText(items[3]!.prompt);

	// The presenter closes: the projector carries on with its own controls back.
	await presenter.close();
	await expect(page.getByTestId('controls')).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(prompt(page)).toHaveText(items[2]!.prompt);

	// A presenter opened later catches up; then the projector closes and the presenter carries on.
	const late = await context.newPage();
	await gotoHydrated(late, presenterPath);
	await expect(late.getByTestId('desk-prompt')).toHaveText(items[2]!.prompt);
	await page.close();
	await expect(late.getByTestId('audience-status')).toHaveText('No projector window');
	await late.keyboard.press('ArrowRight');
	await expect(late.getByTestId('desk-prompt')).toHaveText(items[3]!.prompt);
	await late.getByRole('button', { name: /^Next/ }).click();
	await expect(late.getByTestId('desk-prompt')).toHaveText(items[4]!.prompt);
});

test('junk on the channel is ignored', async ({ page }) => {
	await gotoHydrated(page, projectorPath);
	await page.evaluate((code) => {
		const channel = new BroadcastChannel(`hedged-bets-present:q:${code}`);
		for (const junk of [
			'next',
			{ v: 3, type: 'state' },
			{
				v: 2,
				type: 'state',
				from: 'x',
				role: 'presenter',
				show: {
					rev: 9,
					position: { order: 'quiz', at: 99, revealed: false, explained: false, results: false },
					seconds: null,
					countdown: null
				}
			}
		])
			channel.postMessage(junk);
		channel.close();
	}, encodeQuizCode(quizRecipe));
	await page.waitForTimeout(200);
	await expect(prompt(page)).toHaveText(items[0]!.prompt);
	await page.keyboard.press('ArrowRight');
	await expect(prompt(page)).toHaveText(items[1]!.prompt);
});

test('a class session’s answers on the projector: a bar per option, percent right, hardest first, no names', async ({
	page
}) => {
	const { items: classItems } = await classWithResults(page, 8);
	await page.getByRole('link', { name: 'Present the quiz' }).click();
	await page.waitForURL(/\/present#s=/);
	await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
	await expect(prompt(page)).toHaveText(classItems[0]!.prompt);
	await page.keyboard.press('c');
	await expect(page.getByTestId('class-summary')).toContainText(/\d+% right · 8 answers/);
	await expect(page.getByTestId('class-bar').first()).toBeVisible();
	const text = await page.locator('.present').innerText();
	for (const name of CLASS_NAMES) expect(text).not.toContain(name);

	await page.keyboard.press('h');
	await expect(page.getByTestId('progress')).toContainText('hardest first');
	await page.keyboard.press('c');
	const first = Number(
		(await page.getByTestId('class-summary').textContent())!.match(/(\d+)% right/)![1]
	);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('c');
	const second = Number(
		(await page.getByTestId('class-summary').textContent())!.match(/(\d+)% right/)![1]
	);
	expect(first).toBeLessThanOrEqual(second);
	await axeClean(page);
	await page.keyboard.press('Escape');
	await page.waitForURL(/\/class\/session#/);
});

for (const colorScheme of ['light', 'dark'] as const)
	test(`the projector and the presenter view are axe clean (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await gotoHydrated(page, projectorPath);
		// The offline-ready toast appears once the service worker is ready, at any moment: let it
		// arrive before axe looks, so that it is judged whole and not half risen.
		await waitForServiceWorker(page);
		await expect(page.getByTestId('offline-ready')).toBeVisible();
		await axeClean(page);
		await page.keyboard.press('r');
		await axeClean(page);
		await page.keyboard.press('w');
		await axeClean(page);
		await gotoHydrated(page, presenterPath);
		await expect(page.getByTestId('desk')).toBeVisible();
		await axeClean(page);
	});

test('the projector opens offline', async ({ page, context, consoleErrors }) => {
	await gotoHydrated(page, '/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await gotoHydrated(page, projectorPath);
	await expect(prompt(page)).toHaveText(items[0]!.prompt);
	forgiveConsoleErrors(consoleErrors, OFFLINE_SW_UPDATE_CHECK);
});

test('a projector link with no quiz, or a damaged session id, says so', async ({ page }) => {
	await gotoHydrated(page, '/present');
	await expect(page.getByRole('heading', { name: 'No quiz to project' })).toBeVisible();
	await page.goto('about:blank');
	await gotoHydrated(page, '/present#s=..%2Fx');
	await expect(page.getByRole('heading', { name: 'This projector link is damaged' })).toBeVisible();
	await page.goto('about:blank');
	await gotoHydrated(page, '/present#s=0123456789abcdef');
	await expect(
		page.getByRole('heading', { name: 'This session can’t be projected' })
	).toBeVisible();
	await expect(page.getByText('isn’t on this device')).toBeVisible();
});

test('the quiz builder presents the quiz it would start', async ({ page }) => {
	await gotoHydrated(page, '/quiz');
	await page.getByRole('button', { name: 'Present this quiz' }).click();
	await page.waitForURL(/\/present#q=/);
	await expect(prompt(page)).toBeVisible();
	await expect(page.getByTestId('progress')).toContainText(/Question 1 of \d+/);
});
