import type { Page } from '@playwright/test';
import facts from '../src/lib/bank/data/facts.json' with { type: 'json' };
import { cardKey } from '../src/lib/storage/card-buckets';
import { READ_ONLY_WORDS } from '../src/lib/storage/meta-words';
import { expect, gotoHydrated, test } from './fixtures';
import { putCards, putRecords, readCards, readRecords, storedShape } from './idb';

// Damage the app must report and never write over, and the home page and /study telling the
// same story about it. (A backup nested too deeply is refused in settings.e2e.ts.)

const DAY = 86_400_000;

/** A stored card record (schema 2) for a fact, due `dueIn` ms from now, in `state`. */
const stored = (id: string, dueIn: number, state: number, reps = 2) => ({
	schema: 2,
	id,
	card: {
		due: new Date(Date.now() + dueIn),
		stability: 2.3,
		difficulty: 5.1,
		elapsed_days: 0,
		scheduled_days: 1,
		learning_steps: 0,
		reps,
		lapses: 0,
		state,
		last_review: new Date(Date.now() - DAY)
	},
	suspended: false,
	buriedUntil: null,
	updatedAt: Date.now() - DAY
});

const homeCounts = async (page: Page) => ({
	due: await page.getByTestId('home-due').textContent(),
	learning: await page.getByTestId('home-learning').textContent(),
	new: await page.getByTestId('home-new').textContent()
});

const studyCounts = async (page: Page) => ({
	due: await page.getByTestId('count-due').textContent(),
	learning: await page.getByTestId('count-learning').textContent(),
	new: await page.getByTestId('count-new').textContent()
});

test('regression: a card bucket that is a Map is listed as damaged, and a review never replaces it', async ({
	page
}) => {
	const first = facts[0]!.id;
	const key = cardKey(first);
	await gotoHydrated(page, '/');
	await putRecords(page, [[key, [[first, stored(first, -DAY, 2)]]]], { [key]: 'Map' });

	await gotoHydrated(page, '/settings');
	await expect(page.getByTestId('damaged-keys').getByRole('listitem')).toHaveText([
		new RegExp(`${key}\\s+card`)
	]);

	await gotoHydrated(page, '/study');
	await expect(page.getByTestId('damaged-notice')).toContainText('set aside');
	// Its fact is left out (it used to show as new again), and the rest of the deck works.
	const shown = await page.getByTestId('flashcard').getAttribute('data-card-id');
	expect(shown).not.toBe(first);
	expect(cardKey(shown!)).not.toBe(key);
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(page.getByTestId('flashcard')).not.toHaveAttribute('data-card-id', shown!);
	expect((await readCards(page))[shown!]).toMatchObject({ id: shown });
	expect(await storedShape(page, key)).toEqual({ tag: '[object Map]', keys: [first] });
});

test('regression: one damaged card counts the same on the home page and on /study', async ({
	page
}) => {
	await gotoHydrated(page, '/');
	await putCards(page, [
		// Due for review, but with a fractional rep count: the home page's old check counted it.
		[facts[0]!.id, stored(facts[0]!.id, -DAY, 2, 1.5)],
		[facts[1]!.id, stored(facts[1]!.id, -60_000, 1)]
	]);
	await putRecords(page, [['settings', { retention: 0.9, newPerDay: 999, reviewsPerDay: 200 }]]);
	await gotoHydrated(page, '/');
	await expect(page.getByTestId('home-due')).not.toHaveText('–');
	const home = await homeCounts(page);
	expect(home).toEqual({ due: '0', learning: '1', new: String(facts.length - 2) });
	await gotoHydrated(page, '/study');
	await expect(page.getByTestId('damaged-notice')).toContainText('set aside');
	expect(await studyCounts(page)).toEqual(home);
});

for (const [name, meta, words] of [
	['a future-schema meta', { schemaVersion: 99 }, READ_ONLY_WORDS.newer],
	['a garbage meta', 'garbage', READ_ONLY_WORDS.damaged]
] as const)
	test(`regression: ${name} gets the same message on the home page, /study and /settings, and is kept`, async ({
		page
	}) => {
		await gotoHydrated(page, '/');
		await putRecords(page, [['meta', meta]]);
		await gotoHydrated(page, '/');
		// The home page used to count cards ("51 cards to study today") while /study refused.
		await expect(page.getByTestId('home-today')).toContainText(words);
		await expect(page.getByTestId('home-due')).toHaveText('–');
		await gotoHydrated(page, '/study');
		await expect(page.getByRole('alert')).toHaveText(words);
		await expect(page.getByTestId('flashcard')).toHaveCount(0);
		await gotoHydrated(page, '/settings');
		await expect(page.getByTestId('storage-error')).toHaveText(words);
		expect(await readRecords(page, 'meta')).toEqual({ meta });
	});
