import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseBank } from '../src/lib/bank/parse';
import type { Bank, Item } from '../src/lib/bank/schema';
import { generateQuiz, type Quiz } from '../src/lib/quiz/generate';
import type { QuizRecipe } from '../src/lib/quiz/recipe';
import { quizHref } from '../src/lib/share/links';

const parsed = parseBank(JSON.parse(readFileSync('build/bank.json', 'utf8')));
if (!parsed.ok) throw new Error('build/bank.json is invalid');
/** The bank the build serves, parsed in Node. */
export const bank: Bank = parsed.bank;
export const itemById = new Map(bank.items.map((item) => [item.id, item]));

export const recipe = (overrides: Partial<QuizRecipe> = {}): QuizRecipe => ({
	bankVersion: bank.version,
	count: 5,
	types: 0,
	topics: 0,
	difficulty: 0,
	paragraphs: 0,
	seed: 2024,
	feedback: 'each',
	...overrides
});

/** The quiz a recipe makes, computed in Node, and the link that opens it. */
export function quizFor(r: QuizRecipe): { quiz: Quiz; href: string } {
	const result = generateQuiz(bank, r);
	if (!result.ok) throw new Error(result.message);
	return { quiz: result.quiz, href: quizHref(r) };
}

/** A card record studied to the review state, due at `due`, as the app stores it. */
export const studiedCard = (id: string, due: Date) => ({
	schema: 2,
	id,
	card: {
		due,
		stability: 12,
		difficulty: 5,
		elapsed_days: 0,
		scheduled_days: 10,
		learning_steps: 0,
		reps: 3,
		lapses: 0,
		state: 2,
		last_review: new Date(due.getTime() - 10 * 86_400_000)
	},
	suspended: false,
	buriedUntil: null,
	updatedAt: Date.now()
});

/** The item on screen now. */
export async function currentItem(page: Page): Promise<Item> {
	const id = await page.locator('h1[data-item-id]').getAttribute('data-item-id');
	const item = itemById.get(id ?? '');
	if (!item) throw new Error(`no item ${id}`);
	return item;
}

/**
 * Answers the question on screen with the keyboard alone, right or wrong. Choices use the
 * digit keys, typed answers the text field, matching Tab and arrow keys, ordering the move
 * buttons, a sorting Tab, Space and arrows, a short answer its text, button and tick boxes
 * (right: every point ticked; wrong: none), and every answer is submitted with Enter.
 */
export async function answerByKeyboard(page: Page, order: number[], right: boolean): Promise<Item> {
	const item = await currentItem(page);
	const key = (position: number) => page.keyboard.press(String(position + 1));
	switch (item.type) {
		case 'single':
		case 'who-said': {
			const p = order.indexOf(item.correct);
			await key(right ? p : (p + 1) % order.length);
			break;
		}
		case 'true-false':
			await key(item.correct === right ? 0 : 1);
			break;
		case 'multiple': {
			const picks = right
				? item.correct
				: [item.options.findIndex((_, i) => !item.correct.includes(i))];
			for (const index of picks) await key(order.indexOf(index));
			break;
		}
		case 'typed':
			await page.keyboard.type(right ? item.accepted[0]! : 'zzzz');
			break;
		case 'matching': {
			for (let i = 0; i < item.pairs.length; i++) {
				await page.keyboard.press('Tab');
				const want = right ? i : (i + 1) % item.pairs.length;
				for (let step = 0; step <= order.indexOf(want); step++)
					await page.keyboard.press('ArrowDown');
			}
			break;
		}
		case 'ordering': {
			// Selection sort with the "up" buttons: bring step k to position k.
			const target = right
				? item.sequence.map((_, i) => i)
				: [...item.sequence.map((_, i) => i)].reverse();
			const current = [...order];
			for (let k = 0; k < target.length; k++) {
				let at = current.indexOf(target[k]!);
				while (at > k) {
					const up = page.getByRole('button', { name: `Move “${item.sequence[current[at]!]}” up` });
					await up.focus();
					await page.keyboard.press('Enter');
					[current[at - 1], current[at]] = [current[at]!, current[at - 1]!];
					at--;
				}
			}
			break;
		}
		case 'short-answer': {
			// Write, open the model answer with its button, then tick (Space) the points made.
			await page.keyboard.type('My own answer in a sentence.');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			const boxes = page.getByRole('group', { name: 'Which key points did your answer make?' });
			if (right)
				for (const point of item.points) {
					await boxes.getByRole('checkbox', { name: point.text }).focus();
					await page.keyboard.press('Space');
				}
			break;
		}
		case 'classify': {
			// Each statement is a pair of radio buttons: Tab into it, Space for the first group, an
			// arrow for the second.
			for (const statement of order) {
				await page.keyboard.press('Tab');
				const group = item.statements[statement]!.group;
				const want = right ? group : 1 - group;
				await page.keyboard.press(want === 0 ? 'Space' : 'ArrowRight');
			}
			break;
		}
	}
	if (
		item.type === 'matching' ||
		item.type === 'ordering' ||
		item.type === 'short-answer' ||
		item.type === 'classify'
	) {
		await page.getByTestId('check').focus();
		await page.keyboard.press('Enter');
	} else {
		await page.keyboard.press('Enter');
	}
	return item;
}
