import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { check } from '../src/lib/quiz/check';
import { encodeClassCode, type ClassSession } from '../src/lib/share/class-code';
import { futureClassCode } from '../src/lib/share/fixtures/future-class-code';
import { classJoinHref } from '../src/lib/share/links';
import { decodeResultCode } from '../src/lib/share/result-code';
import {
	OFFLINE_SW_UPDATE_CHECK,
	expect,
	forgiveConsoleErrors,
	gotoHydrated,
	test,
	waitForServiceWorker,
	waitUntilReady
} from './fixtures';
import { answerByKeyboard, itemById, quizFor, recipe } from './quiz-helpers';
import { BUILD_DIR } from './builds';
import { readRecords } from './idb';

const session = (seconds: number | null = null, seed = 31_337): ClassSession => ({
	recipe: recipe({ count: 8, seed, feedback: 'end' }),
	secondsPerQuestion: seconds
});

async function axeClean(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

/** The phone's target size: every visible button and link on the page at least 44 px tall. */
async function smallTargets(page: Page) {
	return page.locator('main a.button, main button, main input').evaluateAll((elements) =>
		elements
			.filter((el) => (el as HTMLElement).offsetParent !== null)
			.filter((el) => el.getBoundingClientRect().height < 44)
			.map((el) => el.textContent?.trim() || el.id)
	);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`a student's phone (${colorScheme})`, () => {
		test.use({
			colorScheme,
			reducedMotion: 'reduce',
			viewport: { width: 360, height: 800 },
			hasTouch: true
		});

		test('offline, joins by typing the code, answers every question by keyboard and shows a result code that holds those answers', async ({
			page,
			context,
			consoleErrors
		}) => {
			// A whole quiz with four axe runs: longer than the default 30 s on a busy machine.
			test.slow();
			const s = session();
			const code = encodeClassCode(s);
			const { quiz } = quizFor(s.recipe);
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			// A Web Share stand-in that keeps what it was given (headless Chromium has none).
			await page.addInitScript(() => {
				const shared: ShareData[] = [];
				Object.assign(window, { shared });
				navigator.share = async (data?: ShareData) => void shared.push(data ?? {});
			});
			await gotoHydrated(page, '/quiz');
			await waitForServiceWorker(page);
			await context.setOffline(true);

			await page.getByLabel('Got a code from your teacher? Type it here.').fill('');
			await page.getByRole('button', { name: 'Join', exact: true }).click();
			await waitUntilReady(page);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join a class');

			const field = page.getByLabel('Class code');
			const slip = code.slice(0, 5) + (code[5] === '7' ? '8' : '7') + code.slice(6);
			await field.fill(slip);
			await field.press('Enter');
			await expect(page.getByTestId('code-error')).toContainText('mistyped');
			await expect(field).toBeFocused();
			await field.fill(futureClassCode());
			await field.press('Enter');
			await expect(page.getByTestId('code-error')).toContainText('newer version of the app');
			await axeClean(page);
			expect(await smallTargets(page)).toEqual([]);

			// Lower case, no hyphens, O for 0 and L for 1: all read as the teacher's code.
			await field.fill(code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l'));
			await field.press('Enter');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
			expect(new URL(page.url()).hash).toBe(new URL(classJoinHref(code), page.url()).hash);
			await expect(page.getByText('stays on this phone')).toBeVisible();
			await axeClean(page);

			const nickname = page.getByLabel('Your name or nickname');
			await nickname.press('Enter');
			await expect(page.getByRole('alert')).toContainText('Give a nickname');
			await nickname.fill('Zoë K');
			await nickname.press('Enter');

			const right: boolean[] = [];
			for (const [i, question] of quiz.questions.entries()) {
				await expect(page.getByTestId('progress')).toHaveText(`Question ${i + 1} of 8`);
				// Exam mode: no feedback between questions.
				await expect(page.getByTestId('feedback')).toHaveCount(0);
				right.push(i % 3 !== 1);
				await answerByKeyboard(page, question.order, right[i]!);
			}

			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Done, Zoë K!');
			const rightCount = right.filter(Boolean).length;
			await expect(page.getByTestId('score')).toContainText(`${rightCount} of 8`);
			await expect(page.getByTestId('result-qr')).toBeVisible();
			await expect(page.getByTestId('result-qr')).toHaveAttribute('role', 'img');
			const text = (await page.getByTestId('result-code').textContent())!.trim();
			const items = quiz.questions.map((q) => itemById.get(q.itemId)!);
			const decoded = decodeResultCode(text, s, items);
			if (!decoded.ok) throw new Error(decoded.message);
			expect(decoded.result.nickname).toBe('Zoë K');
			expect(decoded.result.responses.map((r, i) => check(items[i]!, r).score === 1)).toEqual(
				right
			);
			await axeClean(page);
			expect(await smallTargets(page)).toEqual([]);
			// For docs/screenshots (SCREENSHOT_DIR=docs/screenshots): the screen as the teacher sees it.
			if (process.env.SCREENSHOT_DIR) {
				await page.getByRole('button', { name: 'OK' }).click();
				await page.evaluate(() => scrollTo({ top: 0 }));
				await page.screenshot({
					path: `${process.env.SCREENSHOT_DIR}/class-result-phone-${colorScheme}.png`
				});
			}

			await page.getByRole('button', { name: 'Copy code' }).click();
			await expect(page.getByText('Result code copied.')).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
			await page.getByRole('button', { name: 'Share…' }).click();
			await expect(page.getByText('Shared.')).toBeVisible();
			expect(
				await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)
			).toEqual([{ title: 'My quiz result', text: `Zoë K’s quiz result code: ${text}` }]);
			await page.getByText('See your answers').click();
			await expect(page.locator('.review li')).toHaveCount(8);
			await axeClean(page);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBe(0);
			// Reopening the teacher's link after the end shows the same result again.
			await page.goto('/');
			await page.goto(classJoinHref(code));
			await waitUntilReady(page);
			await expect(page.getByTestId('result-code')).toHaveText(text);
			await context.setOffline(false);
			forgiveConsoleErrors(consoleErrors, OFFLINE_SW_UPDATE_CHECK);
		});
	});
}

test('the teacher’s link goes straight to the nickname, and a reload resumes the quiz', async ({
	page
}) => {
	const s = session(null, 99);
	const code = encodeClassCode(s);
	const { quiz } = quizFor(s.recipe);
	await gotoHydrated(page, classJoinHref(code));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
	// The name field has focus: the student types at once.
	await page.keyboard.type('Aziz');
	await page.keyboard.press('Enter');
	await answerByKeyboard(page, quiz.questions[0]!.order, true);
	await answerByKeyboard(page, quiz.questions[1]!.order, false);
	// Both answers are stored before the reload: the screen moves on at once, the write follows
	// (a busy machine reloaded while it was on its way, and the page rightly asked first).
	await expect
		.poll(async () => {
			const attempts = Object.values(await readRecords(page, 'attempt:'));
			return (attempts[0] as { answers: unknown[] } | undefined)?.answers.filter(Boolean).length;
		})
		.toBe(2);
	await page.reload();
	await waitUntilReady(page);
	await expect(page.getByTestId('progress')).toHaveText('Question 3 of 8');

	// The quiz page's "Join a class" field and its recent list lead back to the same quiz.
	await gotoHydrated(page, '/quiz');
	await page.getByRole('link', { name: new RegExp(`Class ${code} · Aziz`) }).click();
	await waitUntilReady(page);
	await expect(page.getByTestId('progress')).toHaveText('Question 3 of 8');
	await gotoHydrated(page, '/quiz');
	await page.getByLabel('Got a code from your teacher? Type it here.').fill(code.toLowerCase());
	await page.keyboard.press('Enter');
	await waitUntilReady(page);
	await expect(page.getByTestId('progress')).toHaveText('Question 3 of 8');
});

test('a timed question counts down, pauses, gets more time, is saved as is when time runs out, and the timer turns off', async ({
	page
}) => {
	// The page's clock stands still, so the countdown moves only when the test says.
	await page.clock.install({ time: new Date('2026-12-01T09:00:00Z') });
	await page.clock.pauseAt(new Date('2026-12-01T09:00:01Z'));
	const s = session(15, 7);
	await gotoHydrated(page, classJoinHref(encodeClassCode(s)));
	await page.getByLabel('Your name or nickname').fill('Aziz');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByTestId('seconds-left')).toHaveText('15');
	await page.clock.runFor(5_000);
	await expect(page.getByTestId('seconds-left')).toHaveText('10');
	await page.getByRole('button', { name: 'Pause' }).click();
	await page.clock.runFor(60_000);
	await expect(page.getByTestId('timer')).toContainText('10 s left · paused');
	await page.getByRole('button', { name: 'Resume' }).click();
	await page.getByRole('button', { name: '+15 s' }).click();
	await expect(page.getByTestId('seconds-left')).toHaveText('25');
	await page.clock.runFor(25_200);
	await expect(page.getByTestId('progress')).toHaveText('Question 2 of 8');
	await expect(page.getByTestId('timed-out')).toContainText('Time ran out on question 1');
	await expect(page.getByTestId('seconds-left')).toHaveText('15');
	await page.getByRole('button', { name: 'Turn off' }).click();
	await expect(page.getByTestId('timer')).toContainText('Timer off');
	await expect(page.getByTestId('seconds-left')).toHaveCount(0);
	await page.clock.runFor(120_000);
	await expect(page.getByTestId('progress')).toHaveText('Question 2 of 8');
});

test.describe('without the QR encoder', () => {
	// Requests go to the network, where the test can refuse the encoder's chunk.
	test.use({ serviceWorkers: 'block' });

	test('a result whose QR code cannot be drawn says so, and the code is still there to give', async ({
		page,
		consoleErrors
	}) => {
		await page.route('**/_app/immutable/chunks/*.js', (route) => {
			const file = `${BUILD_DIR}${new URL(route.request().url()).pathname}`;
			return readFileSync(file, 'utf8').includes('uqr only supports')
				? route.abort()
				: route.continue();
		});
		const s = session(null, 5);
		const { quiz } = quizFor(s.recipe);
		await gotoHydrated(page, classJoinHref(encodeClassCode(s)));
		await page.getByLabel('Your name or nickname').fill('Aziz');
		await page.keyboard.press('Enter');
		for (const question of quiz.questions) await answerByKeyboard(page, question.order, true);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Done, Aziz!');
		await expect(
			page.getByText('The QR code can’t be drawn here: give your teacher the code below.')
		).toBeVisible();
		await expect(page.getByTestId('result-qr')).toHaveCount(0);
		await expect(page.getByTestId('result-code')).toHaveText(/^[0-9A-Z]{5}(-[0-9A-Z]{1,5})+$/);
		forgiveConsoleErrors(consoleErrors, [/Failed to load resource: net::ERR_FAILED/]);
	});
});
