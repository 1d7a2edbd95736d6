import type { Page } from '@playwright/test';
import facts from '../src/lib/bank/data/facts.json' with { type: 'json' };
import {
	OFFLINE_SW_UPDATE_CHECK,
	expect,
	forgiveConsoleErrors,
	gotoHydrated,
	test,
	waitForServiceWorker
} from './fixtures';
import { putCards, putRecords, readCards, readRecords } from './idb';
import { answerByKeyboard, itemById, quizFor, recipe, studiedCard } from './quiz-helpers';

const card = (page: Page) => page.getByTestId('flashcard');
const shownId = (page: Page) => card(page).getAttribute('data-card-id');

/** Shows the answer and grades by keyboard; resolves when the next card (or the end) is shown. */
async function reviewByKeyboard(page: Page, key: '1' | '2' | '3' | '4' = '3') {
	const before = await shownId(page);
	await page.keyboard.press('Space');
	await expect(page.getByTestId('card-back')).toBeVisible();
	await page.keyboard.press(key);
	await expect(
		page.locator(
			`[data-testid="flashcard"]:not([data-card-id="${before}"]), [data-testid="study-done"]`
		)
	).toBeVisible();
	return before;
}

const stored = async (page: Page) => {
	const records = await readRecords(page);
	const cards = Object.keys(await readCards(page));
	const log = Object.entries(records)
		.filter(([key]) => key.startsWith('log:'))
		.flatMap(([, entries]) => entries as { cardId: string; rating: number }[]);
	return { cards, log };
};

test('review ten cards by keyboard; after a reload the progress is still there', async ({
	page
}) => {
	await gotoHydrated(page, '/study');
	await expect(page.getByTestId('count-new')).toHaveText('20');
	await expect(card(page)).toHaveAttribute('data-card-id', facts[0]!.id);
	await expect(page.getByTestId('show-answer')).toBeFocused();

	await page.keyboard.press('Space');
	await expect(page.getByTestId('card-back')).toContainText(facts[0]!.card.back);
	await expect(page.getByRole('link', { name: /Paragraph 1, sentence 1/ })).toHaveAttribute(
		'href',
		'/article#p1s1'
	);
	await expect(page.getByRole('group', { name: 'How well did you remember?' })).toContainText(
		/1m.*Again.*6m.*Hard.*10m.*Good.*8d.*Easy/s
	);
	await expect(page.getByTestId('grade-3')).toBeFocused();
	await page.keyboard.press('3');
	await expect(page.getByTestId('announcer')).toHaveText('Good: again in 10m. Next card.');

	const reviewed = [facts[0]!.id];
	for (let i = 1; i < 10; i++) reviewed.push((await reviewByKeyboard(page, i % 2 ? '4' : '3'))!);
	await expect(page.getByTestId('count-new')).toHaveText('10');
	await expect(page.getByRole('progressbar', { name: 'Session progress' })).toHaveAttribute(
		'aria-valuetext',
		'10 studied, 10 left today'
	);

	await page.reload();
	await expect(page.getByTestId('count-new')).toHaveText('10');
	await expect(card(page)).toHaveAttribute('data-card-id', facts[10]!.id);
	const { cards, log } = await stored(page);
	expect(cards.sort()).toEqual([...reviewed].sort());
	expect(log.map((entry) => entry.cardId)).toEqual(reviewed);

	await gotoHydrated(page, '/');
	await expect(page.getByTestId('home-new')).toHaveText('10');
	await expect(page.getByTestId('home-learning')).toHaveText('0');
});

test('undo by Z takes back the last review, in storage too', async ({ page }) => {
	await gotoHydrated(page, '/study');
	await reviewByKeyboard(page, '1');
	await expect(page.getByTestId('count-new')).toHaveText('19');
	await page.keyboard.press('z');
	await expect(card(page)).toHaveAttribute('data-card-id', facts[0]!.id);
	await expect(page.getByTestId('card-back')).toHaveCount(0);
	await expect(page.getByTestId('count-new')).toHaveText('20');
	await expect(page.getByTestId('announcer')).toHaveText('Undone: the card is shown again.');
	const { log } = await stored(page);
	expect(log).toEqual([]);
	await page.keyboard.press('Control+z'); // nothing left to undo: no change
	await expect(page.getByTestId('count-new')).toHaveText('20');
});

test('a review is stored the moment the next card shows: close the tab then, reopen, it is there', async ({
	context
}) => {
	const page = await context.newPage();
	await gotoHydrated(page, '/study');
	await page.keyboard.press('Space');
	await page.keyboard.press('4');
	await card(page)
		.and(page.locator(`[data-card-id="${facts[1]!.id}"]`))
		.waitFor();
	await page.close();

	const reopened = await context.newPage();
	await gotoHydrated(reopened, '/study');
	await expect(reopened.getByTestId('count-new')).toHaveText('19');
	await expect(card(reopened)).toHaveAttribute('data-card-id', facts[1]!.id);
	expect((await stored(reopened)).log).toMatchObject([{ cardId: facts[0]!.id, rating: 4 }]);
});

test('review offline after one visit; the reviews are kept', async ({
	page,
	context,
	consoleErrors
}) => {
	await gotoHydrated(page, '/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await gotoHydrated(page, '/study');
	await reviewByKeyboard(page);
	await reviewByKeyboard(page);
	await page.reload();
	await expect(page.getByTestId('count-new')).toHaveText('18');
	expect((await stored(page)).log).toHaveLength(2);
	await context.setOffline(false);
	forgiveConsoleErrors(consoleErrors, OFFLINE_SW_UPDATE_CHECK);
});

test('two tabs: each picks up the other’s reviews and never overwrites them', async ({
	context
}) => {
	const [one, two] = [await context.newPage(), await context.newPage()];
	await gotoHydrated(one, '/study');
	await gotoHydrated(two, '/study');
	await expect(card(two)).toHaveAttribute('data-card-id', facts[0]!.id);

	await reviewByKeyboard(one, '4');
	// Tab two was showing the card tab one just studied: it moves on without a reload.
	await expect(two.getByTestId('count-new')).toHaveText('19');
	await expect(card(two)).toHaveAttribute('data-card-id', facts[1]!.id);

	await reviewByKeyboard(two, '4');
	await expect(one.getByTestId('count-new')).toHaveText('18');
	await expect(card(one)).toHaveAttribute('data-card-id', facts[2]!.id);

	const { cards, log } = await stored(one);
	expect(cards.sort()).toEqual([facts[0]!.id, facts[1]!.id].sort());
	expect(log.map((e) => e.cardId)).toEqual([facts[0]!.id, facts[1]!.id]);
});

test('the home page recounts when its tab is shown again, after reviews and a reset in another tab', async ({
	context
}) => {
	const [home, other] = [await context.newPage(), await context.newPage()];
	await gotoHydrated(home, '/');
	await expect(home.getByTestId('home-new')).toHaveText('20');

	await gotoHydrated(other, '/study');
	await reviewByKeyboard(other, '3');
	await reviewByKeyboard(other, '3');
	// Headless pages are never hidden: the events a browser sends when the tab comes back.
	await home.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect(home.getByTestId('home-new')).toHaveText('18');

	await gotoHydrated(other, '/settings');
	await other.getByRole('textbox', { name: 'Type RESET to confirm' }).fill('RESET');
	await other.getByRole('button', { name: 'Delete all data' }).click();
	await expect(other.getByTestId('reset-status')).toContainText(/^Done: deleted/);
	// Back from the back-forward cache, as after a tap on Back.
	await home.evaluate(() =>
		dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))
	);
	await expect(home.getByTestId('home-new')).toHaveText('20');
});

test('a damaged card record is set aside and kept; the rest of the deck works', async ({
	page
}) => {
	await gotoHydrated(page, '/');
	const damaged = { schema: 2, id: facts[0]!.id, card: 'garbage' };
	await putCards(page, [[facts[0]!.id, damaged]]);
	await gotoHydrated(page, '/study');
	await expect(page.getByTestId('damaged-notice')).toContainText('set aside');
	await expect(card(page)).toHaveAttribute('data-card-id', facts[1]!.id);
	await reviewByKeyboard(page);
	expect((await readCards(page))[facts[0]!.id]).toEqual(damaged);
});

test('a failed write is shown, stays pending, and lands when retried', async ({ page }) => {
	await gotoHydrated(page, '/study');
	// The next write fails as a full disk would make it fail.
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		let failures = 1;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if (failures-- > 0)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(page.getByTestId('save-error')).toContainText('out of storage space');
	await expect(card(page)).toHaveAttribute('data-card-id', facts[0]!.id);
	await page.getByRole('button', { name: 'Try again now' }).click();
	await expect(card(page)).toHaveAttribute('data-card-id', facts[1]!.id);
	await expect(page.getByTestId('save-error')).toHaveCount(0);
	expect((await stored(page)).log).toHaveLength(1);
});

test('done for today: the next due time and tomorrow’s counts', async ({ page }) => {
	await gotoHydrated(page, '/');
	await putRecords(page, [['settings', { retention: 0.9, newPerDay: 2, reviewsPerDay: 200 }]]);
	await gotoHydrated(page, '/study');
	await reviewByKeyboard(page, '4');
	await reviewByKeyboard(page, '4');
	await expect(page.getByTestId('study-done')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Done for today' })).toBeFocused();
	await expect(page.getByTestId('next-due')).not.toBeEmpty();
	await expect(page.getByTestId('tomorrow')).toHaveText('0 reviews and 2 new cards');
	await gotoHydrated(page, '/');
	await expect(page.getByTestId('home-today')).toContainText('All done for today');
});

test('buttons work as well as keys, on a phone', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	await gotoHydrated(page, '/study');
	await page.getByTestId('show-answer').tap();
	await page.getByTestId('grade-2').tap();
	await expect(card(page)).toHaveAttribute('data-card-id', facts[1]!.id);
	await page.getByRole('button', { name: 'Bury until tomorrow' }).tap();
	await expect(card(page)).toHaveAttribute('data-card-id', facts[2]!.id);
	await page.getByRole('button', { name: /^Suspend/ }).tap();
	await expect(card(page)).toHaveAttribute('data-card-id', facts[3]!.id);
	await page.getByTestId('undo').tap();
	await expect(card(page)).toHaveAttribute('data-card-id', facts[2]!.id);
	const records = await readCards(page);
	expect(records[facts[1]!.id]).toMatchObject({ buriedUntil: expect.any(String) });
	expect(records[facts[2]!.id]).toMatchObject({ suspended: false });
	await context.close();
});

test('a tab that missed the news never overwrites a newer card state', async ({ context }) => {
	const stale = await context.newPage();
	// This tab hears nothing from the others, as when a message is lost or a tab was asleep.
	await stale.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
	const fresh = await context.newPage();
	await gotoHydrated(stale, '/study');
	await gotoHydrated(fresh, '/study');
	await reviewByKeyboard(fresh, '4');
	const before = await readCards(fresh);

	await stale.keyboard.press('Space');
	await stale.keyboard.press('1');
	await expect(stale.getByRole('status').filter({ hasText: 'another tab' })).toBeVisible();
	await expect(card(stale)).toHaveAttribute('data-card-id', facts[1]!.id);
	expect(await readCards(fresh)).toEqual(before);
	expect((await stored(fresh)).log).toHaveLength(1);
});

test('a wrong quiz answer brings the fact’s card forward', async ({ page }) => {
	const { quiz, href } = quizFor(recipe({ count: 1, seed: 11 }));
	const item = itemById.get(quiz.questions[0]!.itemId)!;
	const due = new Date(Date.now() + 10 * 86_400_000);
	await gotoHydrated(page, '/');
	await putCards(page, [[item.fact, studiedCard(item.fact, due)]]);
	await gotoHydrated(page, '/');
	await expect(page.getByTestId('home-due')).toHaveText('0');

	await gotoHydrated(page, href);
	await answerByKeyboard(page, quiz.questions[0]!.order, false);
	await expect(page.getByTestId('feedback')).toBeVisible();
	await expect
		.poll(async () => {
			const record = (await readCards(page))[item.fact] as {
				card: { due: Date; stability: number };
			};
			return record.card.due.getTime() <= Date.now() && record.card.stability === 12;
		})
		.toBe(true);

	await gotoHydrated(page, '/');
	await expect(page.getByTestId('home-due')).toHaveText('1');
	await gotoHydrated(page, '/study');
	await expect(card(page)).toHaveAttribute('data-card-id', item.fact);
});
