import type { Page } from '@playwright/test';
import { encodeQuizCode } from '../src/lib/share/quiz-code';
import { presentHref } from '../src/lib/share/links';
import { expect, gotoHydrated, test } from './fixtures';
import { classWithResults } from './present-helpers';
import { bank, itemById, quizFor, recipe } from './quiz-helpers';

// The projector's type and fit: big enough for the back of a room, and every slide on one
// 1080p screen (the projector's behaviour is present.e2e.ts).

const projectorPath = presentHref({
	kind: 'quiz',
	code: encodeQuizCode(recipe({ count: 5, seed: 777 }))
});

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
