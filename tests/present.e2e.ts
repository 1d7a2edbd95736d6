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
import { bank, itemById, quizFor, recipe } from './quiz-helpers';

const quizRecipe = recipe({ count: 5, seed: 777 });
const { quiz } = quizFor(quizRecipe);
const items = quiz.questions.map((q) => itemById.get(q.itemId)!);
const projectorPath = presentHref({ kind: 'quiz', code: encodeQuizCode(quizRecipe) });
const presenterPath = presentHref({ kind: 'quiz', code: encodeQuizCode(quizRecipe) }, 'presenter');

const prompt = (page: Page) => page.getByTestId('prompt');

/** How far the projector's content reaches past the window's foot, in px (0 when it fits). */
const pastTheFoot = (page: Page) =>
	page.evaluate(() => {
		const frame = document.querySelector('.present')!;
		const bottoms = [...frame.querySelectorAll('[data-testid="stage"] *')].map(
			(el) => el.getBoundingClientRect().bottom + frame.scrollTop
		);
		return Math.max(0, Math.round(Math.max(...bottoms) - frame.clientHeight));
	});

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
	// Back a step at a time: to the last question, hidden, as a clicker's back goes.
	await page.keyboard.press('PageUp');
	await expect(prompt(page)).toHaveText(items[0]!.prompt);
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageUp');
	await expect(page.getByTestId('reveal')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /^Hide answer/ })).toBeVisible();
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

test('the projector’s type is big enough for the back of a room at 1920×1080, and grows with the root size', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await gotoHydrated(page, projectorPath);
	// The smallest type of what a selector finds (none found is a failure, not a pass).
	const px = (selector: string) =>
		page.evaluate((selector) => {
			const sizes = [...document.querySelectorAll(selector)].map((el) =>
				parseFloat(getComputedStyle(el).fontSize)
			);
			if (!sizes.length) throw new Error(`nothing on the stage matches ${selector}`);
			return Math.min(...sizes);
		}, selector);
	// The answer on the options (R), then why and the passages in their place (W).
	const sizes = async () => {
		await page.keyboard.press('r');
		const question = await px('[data-testid="prompt"]');
		const options = await px('[data-testid="slide-choices"] .text, [data-testid="answer-line"]');
		const chrome = await px('[data-testid="progress"] p, .instruction, .title');
		await page.keyboard.press('w');
		const reveal = await px('[data-testid="reveal"] :is(p, blockquote, figcaption, span)');
		await page.keyboard.press('r');
		return { question, options, reveal, chrome };
	};
	const normal = await sizes();
	expect(normal.question).toBeGreaterThanOrEqual(48);
	expect(normal.options).toBeGreaterThanOrEqual(32);
	expect(normal.reveal).toBeGreaterThanOrEqual(32);
	expect(normal.chrome).toBeGreaterThanOrEqual(32);
	// A text-size setting scales the root font size; the minimums scale with it.
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	const large = await sizes();
	expect(large.question).toBeGreaterThanOrEqual(96);
	expect(large.options).toBeGreaterThanOrEqual(64);
});

test('regression: a quarter of revealed slides ran off a 1080p projector (the options, the explanation and the passages side by side)', async ({
	page
}) => {
	test.setTimeout(240_000);
	await page.setViewportSize({ width: 1920, height: 1080 });
	// The smallest type on the slide and of its question, to see that fitting kept the floors.
	const measure = async () => ({
		by: await pastTheFoot(page),
		...(await page.evaluate(() => {
			const worded = [...document.querySelectorAll('.slide *')].filter((el) =>
				[...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
			);
			const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
			return {
				text: Math.min(...worded.map(size)),
				question: size(document.querySelector('[data-testid="prompt"]')!)
			};
		}))
	});
	let smallest = { text: Infinity, question: Infinity };
	// Every question of the bank, in each step: asked, its answer on the options, then why. The
	// quizzes of 50 that reach them all are worked out here, and only their new questions visited.
	const seen = new Set<string>();
	const visits: { href: string; questions: { at: number; id: string }[] }[] = [];
	for (let seed = 1; seen.size < bank.items.length; seed++) {
		expect(seed, 'quizzes of 50 reach every question of the bank').toBeLessThan(500);
		const r = recipe({ count: 50, seed });
		const questions = quizFor(r).quiz.questions.flatMap(({ itemId: id }, at) =>
			seen.has(id) ? [] : (seen.add(id), [{ at, id }])
		);
		if (questions.length)
			visits.push({ href: presentHref({ kind: 'quiz', code: encodeQuizCode(r) }), questions });
	}
	const runOff: string[] = [];
	for (const { href, questions } of visits) {
		await gotoHydrated(page, href);
		await expect(prompt(page)).toBeVisible();
		let on = 0;
		for (const { at, id } of questions) {
			for (; on < at; on++) await page.keyboard.press('ArrowRight');
			await expect(prompt(page)).toHaveText(itemById.get(id)!.prompt);
			for (const [step, key] of [
				['asked', 'r'],
				['answer', 'w'],
				['why', 'r']
			] as const) {
				const { by, text, question } = await measure();
				if (by) runOff.push(`${id} ${step}: ${by} px`);
				smallest = {
					text: Math.min(smallest.text, text),
					question: Math.min(smallest.question, question)
				};
				await page.keyboard.press(key);
			}
		}
	}
	expect(runOff).toEqual([]);
	// The room's floors held while fitting: nothing under 32 px, no question under 48 px.
	expect(smallest.text).toBeGreaterThanOrEqual(32);
	expect(smallest.question).toBeGreaterThanOrEqual(48);
});

test('regression: the class’s answers ran off a 1080p projector (the controls on two lines, a sorting’s bars under its groups)', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1920, height: 1080 });
	// The sessions' seeds drawn from a fixed sequence, so the same questions are checked each run.
	await page.addInitScript(() => {
		let state = 0x9e3779b9;
		crypto.getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
			const bytes = new Uint8Array(array!.buffer, array!.byteOffset, array!.byteLength);
			for (let i = 0; i < bytes.length; i++) {
				state ^= state << 13;
				state ^= state >>> 17;
				state ^= state << 5;
				bytes[i] = state & 0xff;
			}
			return array;
		};
	});
	const runOff: string[] = [];
	const types = new Set<string>();
	for (let session = 0; session < 3; session++) {
		const { items } = await classWithResults(page, 50);
		await page.getByRole('link', { name: 'Present the quiz' }).click();
		await page.waitForURL(/\/present#s=/);
		await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
		for (const item of items) {
			types.add(item.type);
			await page.keyboard.press('c');
			await expect(page.getByTestId('class-summary')).toBeVisible();
			const by = await pastTheFoot(page);
			if (by) runOff.push(`${item.id}: ${by} px`);
			await page.keyboard.press('ArrowRight');
		}
		await page.keyboard.press('Escape');
		await page.waitForURL(/\/class\/session#/);
	}
	// The kinds that ran off were among those checked.
	expect([...types]).toEqual(expect.arrayContaining(['classify', 'matching', 'multiple']));
	expect(runOff).toEqual([]);
});

test('on a small projector a long slide scrolls by ↑ and ↓, and the quiz stays where it is', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	// The bank's longest question: a short answer, its model answer and three passages.
	const long = 'hedge-both-sides/short-answer';
	const r = [1, 2, 3, 4, 5, 6, 7, 8]
		.map((seed) => recipe({ count: 50, seed }))
		.find((r) => quizFor(r).quiz.questions.some((q) => q.itemId === long))!;
	const at = quizFor(r).quiz.questions.findIndex((q) => q.itemId === long);
	await gotoHydrated(page, presentHref({ kind: 'quiz', code: encodeQuizCode(r) }));
	await expect(prompt(page)).toBeVisible();
	for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
	await expect(prompt(page)).toHaveText(itemById.get(long)!.prompt);
	await page.keyboard.press('w');
	await expect(page.getByTestId('reveal')).toBeVisible();
	const frame = page.locator('.present');
	await expect(frame).toBeFocused();
	const scrolled = () => frame.evaluate((el) => el.scrollTop);
	expect(await scrolled()).toBe(0);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect.poll(scrolled).toBeGreaterThan(0);
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect.poll(scrolled).toBe(0);
	await expect(prompt(page)).toHaveText(itemById.get(long)!.prompt);
	await expect(page.getByTestId('reveal')).toBeVisible();
});

test('regression: the projector ran off a 360 px phone’s screen (a header column at least 12em of 32 px type)', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await gotoHydrated(page, projectorPath);
	const overflow = () =>
		page.evaluate(() => ({
			page: document.documentElement.scrollWidth - innerWidth,
			cut: [...document.querySelectorAll('[data-testid="stage"] *')]
				.filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
				.map((el) => el.className)
		}));
	for (const step of ['question', 'revealed', 'next question']) {
		expect(await overflow(), step).toEqual({ page: 0, cut: [] });
		await page.keyboard.press(step === 'question' ? 'r' : 'ArrowRight');
	}
	// A phone's type, not the room's: the question still leads.
	const question = await prompt(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(question).toBeGreaterThanOrEqual(24);
	expect(question).toBeLessThan(48);
});

test('the quiz builder presents the quiz it would start', async ({ page }) => {
	await gotoHydrated(page, '/quiz');
	await page.getByRole('button', { name: 'Present this quiz' }).click();
	await page.waitForURL(/\/present#q=/);
	await expect(prompt(page)).toBeVisible();
	await expect(page.getByTestId('progress')).toContainText(/Question 1 of \d+/);
});
