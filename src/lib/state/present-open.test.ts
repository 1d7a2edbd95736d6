import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/bank/lookup';
import { bank } from '$lib/bank/fixtures/real-bank';
import { classQuiz, classSession } from '$lib/share/fixtures/class-quiz';
import { encodeQuizCode } from '$lib/share/quiz-code';
import type { ClassRoom } from './class-room.svelte';
import { openPresentation } from './present-open';

const index = indexBank(bank);
const deps = { bank: () => Promise.resolve(index) };
const session = classSession({ count: 6 });

/** A room as ClassRoom.open leaves it: opened, or refused with its reason. */
function fakeRoom(opens: boolean) {
	let disposed = false;
	const room = {
		record: opens ? { name: 'Period 3' } : undefined,
		session: opens ? session : undefined,
		problem: opens ? undefined : 'This class session isn’t on this device.',
		open: () => Promise.resolve(opens),
		dispose: () => (disposed = true)
	};
	return { room: room as unknown as ClassRoom, disposed: () => disposed };
}

describe('openPresentation', () => {
	it('builds a quiz code into the questions and option orders the phones get', async () => {
		const opened = await openPresentation(
			{ kind: 'quiz', code: encodeQuizCode(session.recipe) },
			deps
		);
		if (opened.kind !== 'ready') throw new Error(opened.message);
		const { quiz, items } = classQuiz(session);
		expect(opened.deck.questions.map((q) => q.item)).toEqual(items);
		expect(opened.deck.questions.map((q) => q.order)).toEqual(quiz.questions.map((q) => q.order));
		expect(opened.deck.backHref).toBe('/quiz');
	});

	it('says why a damaged code or one for another bank can’t be projected', async () => {
		const damaged = await openPresentation({ kind: 'quiz', code: 'AAAA' }, deps);
		expect(damaged).toMatchObject({ kind: 'problem', title: 'This quiz link doesn’t work' });
		const other = encodeQuizCode({ ...session.recipe, bankVersion: bank.version + 1 });
		expect(await openPresentation({ kind: 'quiz', code: other }, deps)).toMatchObject({
			kind: 'problem',
			title: 'This quiz was made for other questions'
		});
	});

	it('projects a stored session with its room, and lets go of a room that can’t open', async () => {
		const good = fakeRoom(true);
		const opened = await openPresentation(
			{ kind: 'session', id: 'abcd1234' },
			{ ...deps, room: () => good.room }
		);
		if (opened.kind !== 'ready') throw new Error(opened.message);
		expect(opened.deck).toMatchObject({ title: 'Period 3', backHref: '/class/session#abcd1234' });
		expect(opened.deck.room).toBe(good.room);
		expect(opened.deck.questions.map((q) => q.item)).toEqual(classQuiz(session).items);

		const missing = fakeRoom(false);
		expect(
			await openPresentation(
				{ kind: 'session', id: 'abcd1234' },
				{ ...deps, room: () => missing.room }
			)
		).toEqual({
			kind: 'problem',
			title: 'This session can’t be projected',
			message: 'This class session isn’t on this device.',
			backHref: '/class'
		});
		expect(missing.disposed()).toBe(true);
	});
});
