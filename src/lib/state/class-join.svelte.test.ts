import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { article } from '$lib/article/source';
import { indexBank } from '$lib/bank/lookup';
import { NO_ANSWER, startAttempt } from '$lib/quiz/attempt';
import { correctResponse } from '$lib/quiz/check';
import { draftFromResponse } from '$lib/quiz/draft';
import { articleNames } from '$lib/quiz/names';
import { encodeClassCode, type ClassSession } from '$lib/share/class-code';
import { bank } from '$lib/bank/fixtures/real-bank';
import { classQuiz, classSession } from '$lib/share/fixtures/class-quiz';
import { futureClassCode } from '$lib/share/fixtures/future-class-code';
import { classJoinHash } from '$lib/share/links';
import { decodeResultCode } from '$lib/share/result-code';
import { qrSvg } from '$lib/share/qr';
import { attemptRecords, saveAttempt } from '$lib/storage/attempts';
import { indexedDbStore, type KeyValueStore } from '$lib/storage/kv';
import { prepareStore } from '$lib/storage/open';
import { ClassJoin } from './class-join.svelte';
import type { TimerClock } from './question-timer.svelte';

const index = indexBank(bank);
const rivals = articleNames(article);
let n = 0;

async function freshStore(): Promise<KeyValueStore> {
	const store = indexedDbStore(`class-join-${++n}`, 'data');
	await prepareStore(store);
	return store;
}

/** A clock moved by hand: `advance` runs every tick that falls due. */
function manualClock() {
	let now = 0;
	let ticking: { ms: number; tick: () => void } | undefined;
	const clock: TimerClock = {
		now: () => now,
		every(ms, tick) {
			const entry = { ms, tick };
			ticking = entry;
			return () => {
				if (ticking === entry) ticking = undefined;
			};
		}
	};
	const advance = (ms: number) => {
		for (let t = 0; t < ms; t += 100) {
			now += 100;
			ticking?.tick();
		}
	};
	return { clock, advance };
}

function joining(store: KeyValueStore, clock?: TimerClock) {
	const hashes: string[] = [];
	let ids = 0;
	const join = new ClassJoin({
		rivals,
		replaceHash: (hash) => hashes.push(hash),
		store: async () => store,
		bank: async () => index,
		newId: () => `class-attempt-${++ids}`,
		now: () => 1_700_000_000_000 + ids * 1000,
		clock
	});
	return { join, hashes };
}

const small = (patch: Partial<ClassSession['recipe']> = {}, seconds: number | null = null) => ({
	...classSession({ count: 5, ...patch }),
	secondsPerQuestion: seconds
});

describe('ClassJoin', () => {
	it('goes from the teacher’s link to the nickname, then to the quiz, exam mode, kept as an attempt', async () => {
		const store = await freshStore();
		const session = small();
		const code = encodeClassCode(session);
		const { join, hashes } = joining(store);
		await join.open(classJoinHash(code.toLowerCase().replace(/-/g, ' ')));
		expect(join.step).toBe('nickname');
		expect(join.classCode).toBe(code);
		expect(hashes.at(-1)).toBe(classJoinHash(code));

		join.nicknameText = '  Aziz ';
		await join.enterNickname();
		expect(join.step).toBe('quiz');
		expect(join.player?.attempt.feedback).toBe('end');
		const stored = await attemptRecords.get(store, 'class-attempt-1');
		expect(stored?.title).toBe(`Class ${code} · Aziz`);
		expect(stored?.questions).toEqual(classQuiz(session).quiz.questions);
	});

	it('ends with a result code that the teacher decodes to the very answers given', async () => {
		const store = await freshStore();
		const session = small({ seed: 77 });
		const { quiz, items } = classQuiz(session);
		const { join } = joining(store);
		join.codeText = encodeClassCode(session);
		await join.open('');
		await join.enterCode();
		join.nicknameText = 'Zoë';
		await join.enterNickname();
		const player = join.player!;
		const given = items.map((item, i) => (i % 2 === 0 ? correctResponse(item) : null));
		for (const [i, item] of items.entries()) {
			const response = given[i];
			if (response) {
				player.draft = draftFromResponse(item, player.question!, response);
				await player.submit();
			} else await player.submitAsIs();
		}
		expect(join.step).toBe('result');
		const result = join.result!;
		expect(result.total).toBe(5);
		expect(result.right).toBe(given.filter(Boolean).length);
		expect(result.text).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{1,5})+$/);
		expect(qrSvg(result.qrText)?.path).toMatch(/^M/);
		const decoded = decodeResultCode(result.text, session, items);
		expect(decoded).toEqual({
			ok: true,
			result: {
				nickname: 'Zoë',
				// Time running out on an ordering keeps the order shown: it was never empty.
				responses: given.map(
					(r, i) =>
						r ??
						(items[i]!.type === 'ordering'
							? { type: 'order', sequence: quiz.questions[i]!.order }
							: null)
				)
			}
		});
	});

	it('says whether a wrong code was mistyped or comes from a newer app, and stays at the code', async () => {
		const { join } = joining(await freshStore());
		await join.open('');
		expect(join.step).toBe('code');
		const code = encodeClassCode(small());
		join.codeText = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
		await join.enterCode();
		expect(join.codeError?.problem).toBe('mistyped');
		expect(join.codeError?.message).toMatch(/mistyped/);
		join.codeText = futureClassCode();
		await join.enterCode();
		expect(join.codeError?.problem).toBe('future');
		expect(join.codeError?.message).toMatch(/newer version/);
		expect(join.step).toBe('code');
		join.codeText = code.replace(/1/g, 'l').replace(/0/g, 'o');
		await join.enterCode();
		expect(join.codeError).toBeUndefined();
		expect(join.step).toBe('nickname');
	});

	it('refuses a nickname nicknameProblem refuses, and stores nothing', async () => {
		const store = await freshStore();
		const { join } = joining(store);
		await join.open(classJoinHash(encodeClassCode(small())));
		join.nicknameText = '   ';
		await join.enterNickname();
		expect(join.nicknameError).toMatch(/nickname/);
		join.nicknameText = 'x'.repeat(25);
		await join.enterNickname();
		expect(join.nicknameError).toMatch(/24 bytes/);
		expect(join.step).toBe('nickname');
		expect((await attemptRecords.list(store)).records).toEqual([]);
	});

	it('resumes after a reload, and shows the result again when the link is reopened after the end', async () => {
		const store = await freshStore();
		const session = small({ seed: 5 });
		const hash = classJoinHash(encodeClassCode(session));
		const first = joining(store).join;
		await first.open(hash);
		first.nicknameText = 'Aziz';
		await first.enterNickname();
		await first.player!.submitAsIs();
		await first.player!.submitAsIs();
		first.dispose();

		const again = joining(store).join;
		await again.open(hash);
		expect(again.step).toBe('quiz');
		expect(again.nickname).toBe('Aziz');
		expect(again.player?.position).toBe(3);
		for (let i = 0; i < 3; i++) await again.player!.submitAsIs();
		const text = again.result?.text;
		again.dispose();

		const reopened = joining(store).join;
		await reopened.open(hash);
		expect(reopened.step).toBe('result');
		expect(reopened.result?.text).toBe(text);
		expect((await attemptRecords.list(store)).records).toHaveLength(1);
	});

	it('lets another student on the same device take the quiz after the first has finished', async () => {
		const store = await freshStore();
		const hash = classJoinHash(encodeClassCode(small({ seed: 8 })));
		const { join } = joining(store);
		await join.open(hash);
		join.nicknameText = 'Aziz';
		await join.enterNickname();
		for (let i = 0; i < 5; i++) await join.player!.submitAsIs();
		const first = join.result?.text;
		join.someoneElse();
		expect(join.step).toBe('nickname');
		join.nicknameText = 'Dilnoza';
		await join.enterNickname();
		expect(join.step).toBe('quiz');
		const reopened = joining(store).join;
		await reopened.open(hash);
		expect(reopened.nickname).toBe('Dilnoza');
		expect(reopened.step).toBe('quiz');
		for (let i = 0; i < 5; i++) await reopened.player!.submitAsIs();
		const last = joining(store).join;
		await last.open(hash);
		expect(last.nickname).toBe('Dilnoza');
		expect(last.step).toBe('result');
		const titles = (await attemptRecords.list(store)).records.map((a) => a.title).sort();
		expect(titles).toEqual([`Class ${join.classCode} · Aziz`, `Class ${join.classCode} · Dilnoza`]);
		expect(first).toBeDefined();
	});

	it('a stored class attempt whose nickname no result code can carry is not reopened', async () => {
		const store = await freshStore();
		const session = small({ seed: 12 });
		const code = encodeClassCode(session);
		await saveAttempt(
			store,
			startAttempt({
				id: 'edited-by-hand',
				title: `Class ${code} · ${'x'.repeat(40)}`,
				code: null,
				feedback: 'end',
				questions: classQuiz(session).quiz.questions,
				now: 1
			})
		);
		const { join } = joining(store);
		await join.open(classJoinHash(code));
		expect(join.step).toBe('nickname');
	});

	it('submits a timed question as answered so far when its time runs out, and times the next in full', async () => {
		const store = await freshStore();
		const { clock, advance } = manualClock();
		const { join } = joining(store, clock);
		await join.open(classJoinHash(encodeClassCode(small({ seed: 9 }, 15))));
		join.nicknameText = 'Aziz';
		await join.enterNickname();
		const timer = join.timer!;
		expect(timer.seconds).toBe(15);
		advance(14_000);
		expect(join.player?.position).toBe(1);
		advance(1_000);
		expect(join.player?.position).toBe(2);
		expect(join.timedOut).toBe(1);
		expect(join.player?.attempt.answers[0]).toMatchObject({ response: NO_ANSWER, score: 0 });
		expect(join.player?.announcement).toMatch(/^Time’s up\./);
		expect(timer.secondsLeft).toBe(15);
		timer.turnOff();
		advance(60_000);
		expect(join.player?.position).toBe(2);
	});

	it('shows feedback after each answer when the teacher chose so, with the clock stopped meanwhile', async () => {
		const store = await freshStore();
		const { clock, advance } = manualClock();
		const { join } = joining(store, clock);
		await join.open(classJoinHash(encodeClassCode(small({ feedback: 'each', seed: 3 }, 20))));
		join.nicknameText = 'Aziz';
		await join.enterNickname();
		const player = join.player!;
		player.draft = draftFromResponse(player.item!, player.question!, correctResponse(player.item!));
		await player.submit();
		expect(player.attempt.revealed).toBe(true);
		advance(60_000);
		expect(player.position).toBe(1);
		await player.next();
		expect(join.timer?.secondsLeft).toBe(20);
		expect(join.timer?.running).toBe(true);
	});
});
