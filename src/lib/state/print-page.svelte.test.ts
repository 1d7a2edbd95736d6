import 'fake-indexeddb/auto';
import { plant } from '$lib/storage/fixtures/plant';
import { describe, expect, it } from 'vitest';
import { article } from '$lib/article/source';
import { indexBank } from '$lib/bank/lookup';
import { encodeClassCode } from '$lib/share/class-code';
import { bank } from '$lib/bank/fixtures/real-bank';
import { classQuiz, classSession } from '$lib/share/fixtures/class-quiz';
import { printHref } from '$lib/share/links';
import { encodeQuizCode } from '$lib/share/quiz-code';
import { classRecords, createClassSession } from '$lib/storage/class-sessions';
import { indexedDbStore } from '$lib/storage/kv';
import { prepareStore } from '$lib/storage/open';
import { PrintPage } from './print-page.svelte';

const index = indexBank(bank);
const session = { ...classSession({ count: 12, seed: 4242 }), secondsPerQuestion: 30 };
const recipe = session.recipe;

let n = 0;
async function page(locale = 'en-GB') {
	const store = indexedDbStore(`print-page-${++n}`, 'data');
	await prepareStore(store);
	await createClassSession(store, {
		id: 'room1',
		name: 'Class 9B, 1 December',
		code: encodeClassCode(session),
		createdAt: 0,
		results: []
	});
	const print = new PrintPage({
		article,
		origin: () => 'http://192.0.2.7:4192',
		locale: () => locale,
		store: () => Promise.resolve(store),
		bank: () => Promise.resolve(index)
	});
	return { print, store };
}

const hashOf = (href: string) => href.slice(href.indexOf('#'));

describe('PrintPage', () => {
	it('lays out a class session in the order its students’ phones get, with its join link', async () => {
		const { print } = await page();
		expect(await print.open(hashOf(printHref({ kind: 'session', id: 'room1' }, 'key')))).toBe(true);
		const quiz = print.quiz!;
		expect(quiz.questions.map((q) => q.itemId)).toEqual(
			classQuiz(session).quiz.questions.map((q) => q.itemId)
		);
		expect(quiz.key.map((k) => k.number)).toEqual(quiz.questions.map((q) => q.number));
		expect(quiz.title).toBe('Class 9B, 1 December');
		expect(quiz.summary).toBe(`12 questions · on “${article.title}”`);
		expect(quiz.codeLabel).toBe('Class code');
		expect(quiz.code).toBe(encodeClassCode(session));
		expect(quiz.url).toBe(`http://192.0.2.7:4192/class/join#c=${quiz.code.replace(/-/g, '')}`);
		expect(quiz.shownUrl).toMatch(/^192\.0\.2\.7:4192\/class\/join#c=/);
		expect(print.sheet).toBe('key');
		expect(print.paper).toBe('a4');
		expect(print.hash).toBe('#s=room1&sheet=key&paper=a4');
	});

	it('lays out a quiz code, and keeps the sheet and paper the link chose', async () => {
		const { print } = await page('en-US');
		const code = encodeQuizCode({ ...recipe, feedback: 'each' });
		expect(await print.open(`#q=${code}&sheet=poster&paper=a4`)).toBe(true);
		expect(print.quiz!.codeLabel).toBe('Quiz code');
		expect(print.quiz!.title).toBe(article.title);
		expect(print.quiz!.summary).toBe('12 questions');
		expect(print.quiz!.url).toBe(`http://192.0.2.7:4192/quiz/play#q=${code}`);
		expect(print.quiz!.questions).toHaveLength(12);
		expect(print.paper).toBe('a4');
		expect(print.hash).toBe(`#q=${code}&sheet=poster&paper=a4`);
		print.sheet = 'student';
		print.paper = 'letter';
		expect(print.hash).toBe(`#q=${code}&sheet=student&paper=letter`);
		// With no paper in the address, the reader's locale picks it: Letter in the US.
		expect(await print.open(`#q=${code}`)).toBe(true);
		expect(print.paper).toBe('letter');
		expect(print.sheet).toBe('student');
	});

	it('says why a damaged, foreign or mistyped address prints nothing', async () => {
		const { print, store } = await page();
		expect(await print.open('')).toBe(false);
		expect(print.problem?.title).toBe('Nothing to print');
		expect(await print.open('#s=NOT%20AN%20ID')).toBe(false);
		expect(print.problem?.title).toBe('This print link doesn’t work');
		expect(await print.open('#s=elsewhere')).toBe(false);
		expect(print.problem?.message).toMatch(/isn’t on this device/);
		await plant(store, classRecords.key('broken'), { schema: 1, id: 'broken' });
		expect(await print.open('#s=broken')).toBe(false);
		expect(print.problem?.message).toMatch(/damaged/);
		expect(await print.open('#q=AAAA')).toBe(false);
		expect(print.problem?.title).toBe('This quiz link doesn’t work');
		const old = encodeQuizCode({ ...recipe, bankVersion: recipe.bankVersion + 1 });
		expect(await print.open(`#q=${old}`)).toBe(false);
		expect(print.problem?.title).toBe('This quiz was made for other questions');
		expect(print.quiz).toBeUndefined();
	});

	it('shows the latest of two addresses opened one after the other', async () => {
		const { print } = await page();
		const first = print.open('#s=room1');
		const second = print.open(`#q=${encodeQuizCode(recipe)}`);
		expect(await first).toBe(false);
		expect(await second).toBe(true);
		expect(print.quiz!.codeLabel).toBe('Quiz code');
	});
});
