import AxeBuilder from '@axe-core/playwright';
import { answerByKeyboard, quizFor, recipe } from './quiz-helpers';
import { DOCUMENT_404, ROUTES, expect, forgiveConsoleErrors, gotoHydrated, test } from './fixtures';

const PAGES = [
	...ROUTES.map((route) => route.path),
	'/article#p12s2',
	'/article#p22s1-3',
	'/article#p99',
	'/missing-page'
];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} scheme`, () => {
		test.use({ colorScheme, reducedMotion: 'reduce' });

		for (const path of PAGES) {
			test(`axe finds no violation on ${path}`, async ({ page, consoleErrors }) => {
				await gotoHydrated(page, path);
				forgiveConsoleErrors(consoleErrors, [DOCUMENT_404]);
				const results = await new AxeBuilder({ page }).analyze();
				expect(
					results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
				).toEqual([]);
			});
		}
	});
}

test.describe('phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	for (const { path } of ROUTES) {
		test(`${path} fits 360 px with 44 px touch targets`, async ({ page }) => {
			await gotoHydrated(page, path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBe(0);
			const small = await page
				.locator('header a, header button, main a.button, main button')
				.evaluateAll((elements) =>
					elements
						.filter((el) => (el as HTMLElement).offsetParent !== null)
						.map((el) => ({ name: el.textContent?.trim(), box: el.getBoundingClientRect() }))
						.filter(({ box }) => box.height < 44)
						.map(({ name }) => name)
				);
			expect(small).toEqual([]);
		});
	}
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violation in quiz feedback and results (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
		const { quiz, href } = quizFor(recipe({ count: 2, seed: 3 }));
		await gotoHydrated(page, href);
		await answerByKeyboard(page, quiz.questions[0]!.order, false);
		await expect(page.getByTestId('feedback')).toBeVisible();
		expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
		await page.getByTestId('next').click();
		await answerByKeyboard(page, quiz.questions[1]!.order, true);
		await page.getByTestId('next').click();
		await expect(page.getByTestId('score')).toBeVisible();
		expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violation on a flashcard's answer side (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
		await gotoHydrated(page, '/study');
		await page.keyboard.press('Space');
		await expect(page.getByTestId('card-back')).toBeVisible();
		expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
	});
}
