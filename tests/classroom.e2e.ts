import { readFileSync } from 'node:fs';
import { decodeClassCode } from '../src/lib/share/class-code';
import { parseCsv } from '../src/lib/quiz/fixtures/csv-reader';
import { expect, gotoHydrated, test, waitForServiceWorker, waitUntilReady } from './fixtures';
import { answerByKeyboard, bank, quizFor } from './quiz-helpers';

// The whole classroom in two browser contexts, as it happens in a room with no internet: the
// teacher's laptop makes a session, a student's phone joins offline by typing the code, and the
// student's result comes back by paste and by a photo of the phone's QR code.

test('a teacher and an offline student: the result travels back by paste and by photo, and the grid shows it', async ({
	page,
	browser
}) => {
	test.slow();
	// The teacher: a 10-question exam for the class.
	await gotoHydrated(page, '/class');
	await page.locator('#class-count').fill('10');
	await page.getByRole('button', { name: 'Create session' }).click();
	await page.waitForURL(/\/class\/session#/);
	const shown = (await page.getByTestId('class-code').textContent())!.trim();
	const decoded = decodeClassCode(shown, bank.version);
	if (!decoded.ok) throw new Error(decoded.message);
	const { quiz } = quizFor(decoded.session.recipe);

	// The student, on a phone that visited once and is now offline.
	const phone = await browser.newContext({
		viewport: { width: 360, height: 800 },
		hasTouch: true,
		reducedMotion: 'reduce'
	});
	const student = await phone.newPage();
	await gotoHydrated(student, '/class/join');
	await waitForServiceWorker(student);
	await phone.setOffline(true);
	await student.reload();
	await waitUntilReady(student);
	const field = student.getByLabel('Class code');
	await field.fill(shown.toLowerCase());
	await field.press('Enter');
	const nickname = student.getByLabel('Your name or nickname');
	await nickname.fill('Aziz');
	await nickname.press('Enter');
	const right = quiz.questions.map((_, i) => i % 4 !== 3);
	for (const [i, question] of quiz.questions.entries()) {
		await expect(student.getByTestId('progress')).toHaveText(`Question ${i + 1} of 10`);
		await answerByKeyboard(student, question.order, right[i]!);
	}
	const rightCount = right.filter(Boolean).length;
	await expect(student.getByTestId('score')).toContainText(`${rightCount} of 10`);
	const resultCode = (await student.getByTestId('result-code').textContent())!.trim();
	const photo = await student.getByTestId('result-qr').screenshot();
	await phone.close();

	// Back at the teacher's laptop: the typed code first, then the same result from the photo.
	await page.getByLabel('Paste result codes').fill(`From Aziz: ${resultCode}`);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByTestId('latest-ack')).toHaveText(
		new RegExp(`Got Aziz: ${rightCount} of 10`)
	);
	await page
		.getByTestId('photo-input')
		.setInputFiles({ name: 'aziz.png', mimeType: 'image/png', buffer: photo });
	await expect(page.getByTestId('latest-ack')).toHaveText(/Already have Aziz’s result/);

	const rows = page.getByTestId('grid-row');
	await expect(rows).toHaveCount(1);
	await expect(rows.first().getByTestId('row-score')).toContainText(`${rightCount}/10`);

	// The CSV holds the same student and score.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const csv = parseCsv(readFileSync((await (await download).path())!, 'utf8').slice(1));
	expect(csv).toHaveLength(2);
	expect(csv[1]![0]).toBe('Aziz');
	expect(csv[1]!.join(',')).toContain(String(rightCount));
});
