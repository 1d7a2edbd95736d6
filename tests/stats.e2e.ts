import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { monthOf } from '../src/lib/ui/stats/format';
import { expect, gotoHydrated, test } from './fixtures';
import { putCards, putRecords } from './idb';
import { plantedYear } from './stats-fixture';

const TIME_ZONE = 'Europe/Berlin';
test.use({ timezoneId: TIME_ZONE });

/** `[key, value]` of each element matching `selector`, read from two of its data attributes. */
function pairs(page: Page, selector: string, key: string, value: string) {
	return page
		.locator(selector)
		.evaluateAll(
			(elements, [key, value]) =>
				elements.map((e) => [e.getAttribute(key) ?? '', e.getAttribute(value) ?? ''] as const),
			[key, value] as const
		);
}

/** The table's figures by row: the `data-value` cell of each `data-row`. */
async function tableValues(page: Page, table: string): Promise<Map<string, number>> {
	const rows = await page
		.locator(`[data-table="${table}"] tbody tr[data-row]`)
		.evaluateAll((trs) =>
			trs.map(
				(tr) =>
					[
						tr.getAttribute('data-row') ?? '',
						tr.querySelector('[data-value]')?.getAttribute('data-value') ?? ''
					] as const
			)
		);
	return new Map(rows.map(([k, v]) => [k, Number(v)]));
}

/** The chart's figures by key, every table row present (a bar of 0 draws nothing). */
async function chartValues(
	page: Page,
	selector: string,
	key: string,
	value: string,
	rows: Iterable<string>
): Promise<Map<string, number>> {
	const values = new Map([...rows].map((row) => [row, 0]));
	for (const [k, v] of await pairs(page, selector, key, value)) values.set(k, Number(v));
	return values;
}

async function expectChartMatchesTable(
	page: Page,
	chart: string,
	selector: string,
	key: string,
	value: string
) {
	const table = await tableValues(page, chart);
	expect(table.size, `${chart} table rows`).toBeGreaterThan(0);
	expect(await chartValues(page, selector, key, value, table.keys()), chart).toEqual(table);
	return table;
}

async function plantYear(page: Page) {
	await gotoHydrated(page, '/');
	const year = plantedYear({ now: Date.now(), timeZone: TIME_ZONE });
	await putCards(page, year.cards);
	await putRecords(page, year.records);
	await gotoHydrated(page, '/stats');
	return year;
}

async function expectNoAxeViolations(page: Page) {
	// A year of stats is a big page (365 calendar cells, ten tables): axe needs longer on it.
	test.setTimeout(120_000);
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

test('with no reviews, the page says what will appear and links to study', async ({ page }) => {
	await gotoHydrated(page, '/stats');
	const empty = page.getByTestId('stats-empty');
	await expect(empty.getByRole('heading', { name: 'No reviews yet' })).toBeVisible();
	await expect(empty).toContainText('calendar of the days you studied');
	await expect(empty.getByRole('link', { name: 'Study flashcards' })).toHaveAttribute(
		'href',
		'/study'
	);
	await expect(page.locator('[data-chart]')).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('a year of reviews: every chart’s table names the chart’s numbers', async ({ page }) => {
	const year = await plantYear(page);

	// The calendar: each month's cells add up to its table row, and the year to what was planted.
	const cells = await pairs(
		page,
		'[data-chart="heatmap"] rect[data-day]',
		'data-day',
		'data-value'
	);
	expect(cells).toHaveLength(365);
	const byMonth = new Map<string, number>();
	for (const [day, count] of cells)
		byMonth.set(monthOf(day), (byMonth.get(monthOf(day)) ?? 0) + Number(count));
	const months = await tableValues(page, 'heatmap');
	expect(byMonth).toEqual(months);
	expect([...months.values()].reduce((a, b) => a + b, 0)).toBe(year.reviews);
	await expect(page.getByTestId('days-studied')).toContainText(`${year.daysStudied} of 365`);
	await expect(page.getByTestId('streak')).toHaveText('2 days');

	const reviews = await expectChartMatchesTable(
		page,
		'reviews',
		'[data-chart="reviews"] [data-bar]',
		'data-bar',
		'data-total'
	);
	expect(reviews.size).toBe(30);
	// Each state's segment is its column of the table.
	const segments = await page
		.locator('[data-chart="reviews"] rect[data-series]')
		.evaluateAll((rects) =>
			rects.map(
				(r) =>
					`${r.closest('[data-bar]')?.getAttribute('data-bar')} ${r.getAttribute('data-series')} ${r.getAttribute('data-value')}`
			)
		);
	const cellsOfTable = await page
		.locator('[data-table="reviews"] td[data-series]')
		.evaluateAll((tds) =>
			tds
				.filter((td) => td.textContent !== '0')
				.map(
					(td) =>
						`${td.closest('tr')?.getAttribute('data-row')} ${td.getAttribute('data-series')} ${td.textContent}`
				)
		);
	expect(segments.sort()).toEqual(cellsOfTable.sort());

	await expectChartMatchesTable(
		page,
		'forecast',
		'[data-chart="forecast"] [data-bar]',
		'data-bar',
		'data-total'
	);
	const counts = await expectChartMatchesTable(
		page,
		'counts',
		'[data-chart="counts"] rect[data-bar]',
		'data-bar',
		'data-value'
	);
	expect([...counts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(year.cards.length);
	for (const h of ['retrievability', 'stability', 'difficulty'])
		await expectChartMatchesTable(
			page,
			`memory-${h}`,
			`[data-chart="memory-${h}"] [data-bar]`,
			'data-bar',
			'data-total'
		);
	const quizzes = await expectChartMatchesTable(
		page,
		'quizzes',
		'[data-chart="quizzes"] [data-point]',
		'data-point',
		'data-value'
	);
	expect(quizzes.size).toBe(6);
	await expectChartMatchesTable(
		page,
		'mastery',
		'[data-chart="mastery"] [data-paragraph]',
		'data-paragraph',
		'data-value'
	);
	await expect(page.locator('[data-chart="mastery"] [data-paragraph]')).toHaveCount(24);

	// True retention: each row's total is its young and mature together.
	for (const row of await page.locator('[data-table="retention"] tbody tr').all()) {
		const [young, mature, total] = await row
			.locator('td')
			.evaluateAll((tds) =>
				tds.map(
					(td) => Number(td.getAttribute('data-passed')) + Number(td.getAttribute('data-failed'))
				)
			);
		expect(total).toBe(young! + mature!);
	}
	await expect(page.getByTestId('desired-retention')).toHaveText('90%');
});

test('the range and the tables work from the keyboard', async ({ page }) => {
	await plantYear(page);
	// The table is read by screen readers all along; "Show table" shows it on screen too.
	const toggle = page.getByTestId('forecast-table-toggle');
	const table = page.locator('#forecast-table');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('table', { name: /Cards due per day/ })).toHaveCount(1);
	expect((await table.boundingBox())?.width ?? 0).toBeLessThan(2);
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(toggle).toHaveText('Hide table');
	expect((await table.boundingBox())?.width ?? 0).toBeGreaterThan(100);
	await expectNoAxeViolations(page);

	const month = page.getByRole('radio', { name: '1 month' });
	await month.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: '3 months' })).toBeChecked();
	await expect(page.locator('[data-chart="reviews"] [data-bar]')).toHaveCount(90);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: '1 year' })).toBeChecked();
	await expect(page.locator('[data-chart="reviews"] [data-bar]')).toHaveCount(365);
	await expectChartMatchesTable(
		page,
		'reviews',
		'[data-chart="reviews"] [data-bar]',
		'data-bar',
		'data-total'
	);
});

test('a paragraph of the map opens its cards in study and a quiz on it', async ({ page }) => {
	await plantYear(page);
	const tile = page.locator('[data-chart="mastery"] [data-paragraph="3"]');
	await expect(tile.getByRole('link', { name: 'Quiz me on paragraph 3' })).toHaveAttribute(
		'href',
		/^\/quiz\/play#q=/
	);
	await tile.getByRole('link', { name: 'Study these cards: paragraph 3' }).click();
	await expect(page).toHaveURL(/\/study#p=3$/);
	await expect(page.getByTestId('paragraph-only')).toContainText('paragraph 3');
});

test.describe('dark scheme', () => {
	test.use({ colorScheme: 'dark', reducedMotion: 'reduce' });
	test('axe finds no violation on a year of stats', async ({ page }) => {
		await plantYear(page);
		await expectNoAxeViolations(page);
	});
});

test.describe('phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
	test('a year of stats fits 360 px, axe clean; the calendar scrolls inside its frame', async ({
		page
	}) => {
		await plantYear(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
		// The calendar opens at its latest weeks.
		const scrolled = await page
			.locator('[data-testid="stats-heatmap"] [tabindex="0"]')
			.evaluate((el) => el.scrollLeft);
		expect(scrolled).toBeGreaterThan(0);
		await expectNoAxeViolations(page);
	});
});
