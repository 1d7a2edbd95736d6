import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/bank/lookup';
import { bank } from '$lib/bank/fixtures/real-bank';
import { classSession } from '$lib/share/fixtures/class-quiz';
import { encodeQuizCode } from '$lib/share/quiz-code';
import type { OpenPresentLine } from './present-channel';
import { PresentPage } from './present-page.svelte';

const index = indexBank(bank);
const posted: string[] = [];
const open: OpenPresentLine = () => ({
	post: (message) => posted.push(message.type),
	close: () => posted.push('closed')
});
const deps = { bank: () => Promise.resolve(index), open };
const code = encodeQuizCode(classSession({ count: 5 }).recipe);

describe('PresentPage', () => {
	it('says what is wrong with a link that names no quiz, or a damaged session', async () => {
		const page = new PresentPage(deps);
		await page.open('');
		expect(page.problem?.title).toBe('No quiz to project');
		await page.open('#s=../../x');
		expect(page.problem?.title).toBe('This projector link is damaged');
		expect(page.loading).toBe(false);
		expect(page.show).toBeUndefined();
	});

	it('opens the window the link asks for, joins the others, and leaves them on a new address', async () => {
		posted.length = 0;
		const page = new PresentPage(deps);
		expect(page.loading).toBe(true);
		const opening = page.open(`#q=${code}&view=presenter`);
		expect(page.loading).toBe(true);
		await opening;
		expect(page.loading).toBe(false);
		expect(page.show?.view).toBe('presenter');
		expect(page.show?.count).toBe(5);
		expect(posted).toEqual(['hello']);
		await page.open(`#q=${code}`);
		expect(posted).toEqual(['hello', 'bye', 'closed', 'hello']);
		expect(page.show?.view).toBe('audience');
		page.dispose();
		expect(page.show).toBeUndefined();
	});
});
