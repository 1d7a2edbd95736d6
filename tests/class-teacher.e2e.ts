import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { parseArticle } from '../src/lib/article/parse';
import { buildClassReport, classReportTable } from '../src/lib/quiz/class-report';
import { correctResponse } from '../src/lib/quiz/check';
import { generateQuiz } from '../src/lib/quiz/generate';
import { parseCsv } from '../src/lib/quiz/fixtures/csv-reader';
import { articleNames } from '../src/lib/quiz/names';
import { decodeClassCode, type ClassSession } from '../src/lib/share/class-code';
import { qrSvg } from '../src/lib/share/qr';
import { encodeResultCode, type StudentResult } from '../src/lib/share/result-code';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	OFFLINE_SW_UPDATE_CHECK,
	expect,
	forgiveConsoleErrors,
	gotoHydrated,
	test,
	waitForServiceWorker,
	waitUntilReady
} from './fixtures';
import { putRecords } from './idb';
import { bank, itemById } from './quiz-helpers';

const rivals = articleNames(parseArticle(readFileSync('src/lib/article/article.txt', 'utf8')));

/** Creates a 10-question session on /class and returns its page's path and its session. */
async function createSession(page: Page): Promise<{ path: string; session: ClassSession }> {
	await gotoHydrated(page, '/class');
	await expect(page.getByLabel('Name')).toHaveValue(/^Class \d+, \d{1,2} \w+$/);
	await page.locator('#class-count').fill('10');
	await expect(page.getByTestId('availability')).toContainText('the quiz takes 10');
	await page.getByRole('button', { name: 'Create session' }).click();
	await page.waitForURL(/\/class\/session#/);
	await expect(page.getByTestId('class-code')).toBeVisible();
	const code = (await page.getByTestId('class-code').textContent())!.replace(/\s/g, '');
	const decoded = decodeClassCode(code, bank.version);
	if (!decoded.ok) throw new Error(decoded.message);
	expect(decoded.session.recipe.feedback).toBe('end');
	const url = new URL(page.url());
	return { path: url.pathname + url.hash, session: decoded.session };
}

const itemsOf = (session: ClassSession) => {
	const quiz = generateQuiz(bank, session.recipe);
	if (!quiz.ok) throw new Error(quiz.message);
	return quiz.quiz.questions.map((q) => itemById.get(q.itemId)!);
};

/** A student's result: the first `right` answers right, the rest unanswered. */
function studentResult(session: ClassSession, nickname: string, right: number) {
	const items = itemsOf(session);
	const result: StudentResult = {
		nickname,
		responses: items.map((item, i) => (i < right ? correctResponse(item) : null))
	};
	return { result, ...encodeResultCode(session, items, result) };
}

/** A PNG (or JPEG) of a QR code as a phone screen would show it, for "scan from a photo". */
async function qrPhoto(
	browser: Browser,
	text: string,
	type: 'png' | 'jpeg' = 'png'
): Promise<Buffer> {
	const drawing = qrSvg(text)!;
	const page = await browser.newPage({ viewport: { width: 600, height: 600 } });
	await page.setContent(
		`<body style="margin:0;display:grid;place-items:center;height:100vh;background:#ddd">
		<svg viewBox="0 0 ${drawing.size} ${drawing.size}" width="480" height="480" shape-rendering="crispEdges">
		<rect width="${drawing.size}" height="${drawing.size}" fill="#fff"/><path d="${drawing.path}"/></svg></body>`
	);
	const png = await page.screenshot({ type });
	await page.close();
	return png;
}

/** A PNG of a screen with no QR code on it. */
async function blankPhoto(browser: Browser): Promise<Buffer> {
	const page = await browser.newPage({ viewport: { width: 400, height: 300 } });
	await page.setContent('<body style="background:#ddd"><p>Nothing to scan here</p></body>');
	const png = await page.screenshot();
	await page.close();
	return png;
}

async function paste(page: Page, text: string) {
	await page.getByLabel('Paste result codes').fill(text);
	await page.getByRole('button', { name: 'Add results' }).click();
}

test('the teacher collects results by paste and by photo, and the report holds', async ({
	page,
	browser,
	context
}) => {
	const { path, session } = await createSession(page);
	const aziz = studentResult(session, 'Aziz', 8);
	const nilufar = studentResult(session, 'Nilufar', 10);

	await paste(page, `Aziz sent: ${aziz.text}`);
	await expect(page.getByTestId('latest-ack')).toHaveText(/Got Aziz: 8 of 10/);
	await expect(page.getByTestId('announcement')).toHaveText('Got Aziz: 8 of 10');

	await page.getByTestId('photo-input').setInputFiles({
		name: 'nilufar.png',
		mimeType: 'image/png',
		buffer: await qrPhoto(browser, nilufar.qr)
	});
	await expect(page.getByTestId('latest-ack')).toHaveText(/Got Nilufar: 10 of 10/);

	const rows = page.getByTestId('grid-row');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0).getByTestId('row-score')).toContainText('8/10');
	await expect(rows.nth(1).getByTestId('row-score')).toContainText('10/10');
	await expect(page.getByTestId('stat-mean')).toHaveText('90%');

	// A photo with no QR code says so.
	await page.getByTestId('photo-input').setInputFiles({
		name: 'blank.png',
		mimeType: 'image/png',
		buffer: await blankPhoto(browser)
	});
	await expect(page.getByTestId('latest-ack')).toHaveText(/No QR code found in blank\.png/);

	// A result for another quiz is refused, and nothing is added.
	const otherSession = {
		...session,
		recipe: { ...session.recipe, seed: (session.recipe.seed + 1) % 2 ** 20 }
	};
	await paste(page, studentResult(otherSession, 'Davron', 5).text);
	await expect(page.getByTestId('latest-ack')).toHaveText(
		/Davron’s result answers another class quiz/
	);
	await expect(rows).toHaveCount(2);

	// The same name again: flagged, both kept.
	const aziz2 = studentResult(session, 'aziz', 4);
	await paste(page, aziz2.text);
	await expect(page.getByTestId('latest-ack')).toHaveText(/Another result has the same name/);
	await expect(rows).toHaveCount(3);
	await expect(page.getByTestId('duplicate-flag')).toHaveCount(2);

	// The CSV parses back to the report's table.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const file = await download;
	const text = readFileSync((await file.path())!, 'utf8');
	expect(text.startsWith('\uFEFF')).toBe(true);
	const items = itemsOf(session);
	const results = [aziz, nilufar, aziz2].map(({ result }) => ({ ...result, receivedAt: 0 }));
	const expected = classReportTable(buildClassReport(items, results, rivals)).map((row) =>
		row.map(String)
	);
	const parsed = parseCsv(text.slice(1));
	const withoutTime = (table: string[][]) => table.map((row) => row.filter((_, i) => i !== 1));
	expect(withoutTime(parsed)).toEqual(withoutTime(expected));
	for (const row of parsed.slice(1)) expect(new Date(row[1]!).getTime()).toBeGreaterThan(0);

	// Names hidden for the projector.
	await page.getByTestId('names-hidden').check();
	await expect(rows.nth(0).locator('.name')).toHaveText('Student 1');
	await expect(page.getByTestId('grid')).not.toContainText('Nilufar');
	await page.getByTestId('names-hidden').uncheck();

	// The report survives a reload.
	await page.reload();
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(1).getByTestId('row-score')).toContainText('10/10');

	// A second tab sees a new result without reloading.
	const second = await context.newPage();
	await gotoHydrated(second, path);
	await expect(second.getByTestId('grid-row')).toHaveCount(3);
	await paste(page, studentResult(session, 'Zarina', 6).text);
	await expect(second.getByTestId('grid-row')).toHaveCount(4);
	await expect(second.getByTestId('grid')).toContainText('Zarina');

	// Keeping one of the two same-name results sets the other aside, which can come back.
	await page.getByRole('button', { name: 'Keep only this result of Aziz', exact: true }).click();
	await expect(rows).toHaveCount(3);
	await expect(page.getByTestId('duplicate-flag')).toHaveCount(0);
	await page.getByText('Removed results (1)').click();
	await page.getByRole('button', { name: 'Bring back' }).click();
	await expect(rows).toHaveCount(4);

	// The session list counts its results.
	await gotoHydrated(page, '/class');
	await expect(page.getByTestId('result-count').first()).toHaveText('4 results');
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violation on /class and a session's page (${colorScheme})`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
		const axe = async () =>
			(await new AxeBuilder({ page }).analyze()).violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`
			);
		await gotoHydrated(page, '/class');
		expect(await axe()).toEqual([]);
		const { session } = await createSession(page);
		expect(await axe()).toEqual([]);
		await paste(
			page,
			[
				studentResult(session, 'Aziz', 8).text,
				studentResult(session, 'Aziz', 3).text,
				studentResult(session, 'Nilufar', 10).text
			].join('\n')
		);
		await expect(page.getByTestId('grid-row')).toHaveCount(3);
		await page.getByText('Show as a table').click();
		expect(await axe()).toEqual([]);
		await page.getByRole('button', { name: 'Show on projector' }).click();
		await expect(page.getByTestId('projector-code')).toBeVisible();
		expect(await axe()).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('projector-code')).toHaveCount(0);
	});
}

test('the camera scans a student’s QR code continuously and acknowledges it once', async ({
	page,
	browser,
	playwright,
	baseURL
}) => {
	const { path, session } = await createSession(page);
	const aziz = studentResult(session, 'Aziz', 9);
	// Chromium's fake camera plays an MJPEG file: here, frames of the student's QR code.
	const frame = await qrPhoto(browser, aziz.qr, 'jpeg');
	const video = join(tmpdir(), `class-camera-${process.pid}.mjpeg`);
	writeFileSync(video, Buffer.concat([frame, frame, frame]));
	const launch = test.info().project.use.launchOptions ?? {};
	const camera = await playwright.chromium.launch({
		...launch,
		args: [
			...(launch.args ?? []),
			'--use-fake-ui-for-media-stream',
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	});
	try {
		// The same storage as the teacher's tab: the session is opened on a copy of its state.
		const state = await page.context().storageState({ indexedDB: true });
		const context = await camera.newContext({ baseURL, storageState: state });
		const teacher = await context.newPage();
		await teacher.goto(path);
		await waitUntilReady(teacher);
		await teacher.getByRole('button', { name: 'Start camera' }).click();
		await expect(teacher.getByRole('button', { name: 'Stop camera' })).toBeVisible();
		await expect(teacher.getByTestId('latest-ack')).toHaveText(/Got Aziz: 9 of 10/, {
			timeout: 20_000
		});
		// The code stays in view: it is acknowledged once, not once a frame.
		await teacher.waitForTimeout(1500);
		await expect(teacher.getByTestId('grid-row')).toHaveCount(1);
		await expect(teacher.getByText('Everything read so far')).toHaveCount(0);
		await teacher.getByRole('button', { name: 'Stop camera' }).click();
		await expect(teacher.getByRole('button', { name: 'Start camera' })).toBeVisible();
		await context.close();
	} finally {
		await camera.close();
	}
});

test('the teacher renames a session by keyboard, and the new name is kept on /class and after reload', async ({
	page
}) => {
	const { path } = await createSession(page);
	await page.getByRole('button', { name: 'Rename' }).click();
	const field = page.getByLabel('Session name');
	await expect(field).toBeFocused();
	await field.fill('');
	await field.press('Enter');
	await expect(page.getByRole('alert')).toHaveText('Give the session a name.');
	await field.fill('Period 3, Tuesday');
	await field.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Period 3, Tuesday');
	await expect(page.getByRole('button', { name: 'Rename' })).toBeFocused();
	// Escape leaves the name as it was.
	await page.getByRole('button', { name: 'Rename' }).click();
	await page.getByLabel('Session name').fill('Not this');
	await page.getByLabel('Session name').press('Escape');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Period 3, Tuesday');
	await gotoHydrated(page, path);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Period 3, Tuesday');
	await gotoHydrated(page, '/class');
	await expect(page.getByRole('link', { name: /Period 3, Tuesday/ })).toBeVisible();
});

test('without a camera the page says so in words', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'mediaDevices', {
			value: {
				getUserMedia: () => Promise.reject(new DOMException('none', 'NotFoundError'))
			}
		});
	});
	await createSession(page);
	await page.getByRole('button', { name: 'Start camera' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'No camera found on this device. Scan from a photo, or paste the codes.'
	);
});

test('regression: a damaged class session is set aside on /class and named in the damaged report', async ({
	page
}) => {
	await gotoHydrated(page, '/class');
	await putRecords(page, [['class:broken1', { id: 'broken1', name: 'half a session' }]]);
	await page.reload();
	await waitUntilReady(page);
	await expect(
		page.getByText('1 damaged session record was set aside (see Settings).')
	).toBeVisible();
	await gotoHydrated(page, '/class/session#broken1');
	await expect(page.getByText(/record is damaged, so nothing was written over it/)).toBeVisible();
	await gotoHydrated(page, '/settings');
	await expect(page.getByTestId('damaged-report')).toContainText('class session');
});

test.describe('phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('/class and a session page with results fit 360 px (the grid scrolls in its own box)', async ({
		page
	}) => {
		const overflow = () =>
			page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
		const { session } = await createSession(page);
		await paste(
			page,
			[studentResult(session, 'Aziz', 8).text, studentResult(session, 'Nilufar', 10).text].join(' ')
		);
		await expect(page.getByTestId('grid-row')).toHaveCount(2);
		expect(await overflow()).toBe(0);
		await gotoHydrated(page, '/class');
		expect(await overflow()).toBe(0);
	});
});

test('offline, the session page opens and reads a photo with the precached QR decoder', async ({
	page,
	context,
	browser,
	consoleErrors
}) => {
	const { path, session } = await createSession(page);
	await waitForServiceWorker(page);
	await context.setOffline(true);
	// A fresh document (not the same page with another hash), served by the service worker.
	await page.goto('/class');
	const response = await page.goto(path);
	expect(response?.fromServiceWorker()).toBe(true);
	await waitUntilReady(page);
	// The first QR read of this page: jsqr's chunk comes from the precache, not the network.
	await page.getByTestId('photo-input').setInputFiles({
		name: 'davron.png',
		mimeType: 'image/png',
		buffer: await qrPhoto(browser, studentResult(session, 'Davron', 6).qr)
	});
	await expect(page.getByTestId('latest-ack')).toHaveText(/Got Davron: 6 of 10/);
	await context.setOffline(false);
	forgiveConsoleErrors(consoleErrors, OFFLINE_SW_UPDATE_CHECK);
});
