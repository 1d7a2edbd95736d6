import { expect, gotoHydrated, test } from './fixtures';

test('a deep link scrolls to its sentence and highlights it', async ({ page }) => {
	await gotoHydrated(page, '/article#p12s2');
	const sentence = page.locator('#p12s2');
	await expect(sentence).toHaveClass(/\btarget\b/);
	await expect(sentence).toHaveAttribute('aria-current', 'location');
	await expect(sentence).toContainText(
		'Last summer, a high-level Taliban delegation visited Dushanbe'
	);
	await expect(sentence).toBeInViewport();
	await expect(page.locator('.sentence.target')).toHaveCount(1);
	await expect(page.getByTestId('anchor-notice')).toHaveCount(0);
});

test('a paragraph link highlights the paragraph', async ({ page }) => {
	await gotoHydrated(page, '/article#p20');
	await expect(page.locator('#p20')).toHaveClass(/\btarget\b/);
	await expect(page.locator('#p20')).toBeInViewport();
	await expect(page.locator('.sentence.target')).toHaveCount(0);
});

test('following links inside the app moves the highlight', async ({ page }) => {
	await gotoHydrated(page, '/');
	await page.evaluate(() => {
		const link = Object.assign(document.createElement('a'), {
			href: '/article#p6s2',
			textContent: 'cite'
		});
		document.querySelector('main')!.append(link);
	});
	await page.getByRole('link', { name: 'cite' }).click();
	await expect(page.locator('#p6s2')).toHaveClass(/\btarget\b/);
	await expect(page.locator('#p6s2')).toBeInViewport();
	await page.getByRole('link', { name: 'Paragraph 3', exact: true }).click();
	await expect(page).toHaveURL(/#p3$/);
	await expect(page.locator('#p3')).toHaveClass(/\btarget\b/);
	await expect(page.locator('#p6s2')).not.toHaveClass(/\btarget\b/);
});

for (const hash of ['#p99s1', '#p12s9', '#nonsense']) {
	test(`a link to a missing sentence (${hash}) opens the article at the top with a notice`, async ({
		page
	}) => {
		await gotoHydrated(page, `/article${hash}`);
		const notice = page.getByTestId('anchor-notice');
		await expect(notice).toContainText('not a paragraph or sentence of the article');
		await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		await expect(page.locator('.target')).toHaveCount(0);
		await notice.getByRole('button', { name: 'Dismiss' }).click();
		await expect(notice).toHaveCount(0);
	});
}

test('regression: /article#<100,000 characters> neither widens the page nor echoes it whole', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await gotoHydrated(page, `/article#${'x'.repeat(100_000)}`);
	const notice = page.getByTestId('anchor-notice');
	await expect(notice).toContainText('not a paragraph or sentence of the article');
	expect((await notice.textContent())!.length).toBeLessThan(300);
	const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
	expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
});

test('regression: a right-to-left override in the hash does not reverse the notice', async ({
	page
}) => {
	await gotoHydrated(page, `/article#${encodeURIComponent('abc\u202Edef')}`);
	const notice = page.getByTestId('anchor-notice');
	await expect(notice).toContainText('points to “abcdef”, which is not a paragraph');
	await expect(notice.locator('bdi')).toHaveText('abcdef');
});

test('a link to a run of sentences highlights all of them and scrolls to the first', async ({
	page
}) => {
	await gotoHydrated(page, '/article#p22s1-3');
	const sentences = page.locator('.sentence.target');
	await expect(sentences).toHaveCount(3);
	await expect(sentences.first()).toHaveAttribute('id', 'p22s1');
	await expect(page.locator('#p22s1')).toHaveAttribute('aria-current', 'location');
	await expect(page.locator('#p22s1')).toBeInViewport();
	await expect(page.locator('#p21s1')).not.toHaveClass(/\btarget\b/);
	await expect(page.getByTestId('anchor-notice')).toHaveCount(0);
});
