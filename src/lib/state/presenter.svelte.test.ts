import { describe, expect, it } from 'vitest';
import { buildClassReport } from '$lib/quiz/class-report';
import { correctResponse } from '$lib/quiz/check';
import { classQuiz, classSession } from '$lib/share/fixtures/class-quiz';
import type { ClassRoom } from './class-room.svelte';
import type { OpenPresentLine } from './present-channel';
import type { PresentDeck } from './present-open';
import { START } from '$lib/quiz/present-deck';
import { PRESENT_PROTOCOL, readPresentMessage, type PresentMessage } from './present-protocol';
import {
	GONE_MS,
	HERE_MS,
	PRESENT_KEYS,
	Presentation,
	keyShown,
	presentKey,
	pressedCommand
} from './presenter.svelte';

const { quiz, items } = classQuiz(classSession({ count: 5 }));
const questions = quiz.questions.map((q, i) => ({ item: items[i]!, order: q.order }));
const source = { kind: 'quiz' as const, code: 'AQID' };
const deck: PresentDeck = { source, title: 'Five', questions, backHref: '/quiz' };

/** One in-memory channel: each line hears every other line's messages, as BroadcastChannel does. */
function bus() {
	const lines = new Set<(m: PresentMessage) => void>();
	const open: OpenPresentLine = (_source, receive) => {
		const deliver = (m: unknown) => {
			const read = readPresentMessage(structuredClone(m));
			if (read) receive(read);
		};
		lines.add(deliver);
		return {
			post: (m) => lines.forEach((other) => other !== deliver && other(m)),
			close: () => lines.delete(deliver)
		};
	};
	return { open, send: (m: unknown) => lines.forEach((l) => l(m as PresentMessage)) };
}

/** A clock the test moves, with interval ticks it runs by hand. */
function clock(start = 1_000_000) {
	let now = start;
	const ticks = new Set<() => void>();
	return {
		now: () => now,
		every: (_ms: number, tick: () => void) => {
			ticks.add(tick);
			return () => ticks.delete(tick);
		},
		advance(ms: number) {
			now += ms;
			ticks.forEach((tick) => tick());
		}
	};
}

describe('Presentation', () => {
	it('maps the projector’s keys, ignoring case, and leaves other keys alone', () => {
		const commands = [
			['ArrowRight', 'next'],
			[' ', 'next'],
			['ArrowLeft', 'back'],
			['R', 'reveal'],
			['w', 'explain'],
			['PageDown', 'step'],
			['PageUp', 'unstep'],
			['Home', 'first'],
			['p', 'pause'],
			['F', 'fullscreen'],
			['Escape', 'leave'],
			['x', undefined]
		] as const;
		for (const [key, command] of commands) expect(presentKey(key), key).toBe(command);
		// One table: every key it lists stands for its command, and a button shows its key.
		for (const { keys, command } of PRESENT_KEYS)
			for (const key of keys) expect(presentKey(key), key).toBe(command);
		expect(keyShown('explain')).toBe('W');
		expect(keyShown('leave')).toBe('Esc');
		// A list (the countdown's seconds) keeps its own keys, and passes on the letters and Esc.
		expect(pressedCommand('ArrowRight', 'list')).toBeUndefined();
		expect(pressedCommand(' ', 'list')).toBeUndefined();
		expect(pressedCommand('3', 'list')).toBeUndefined();
		expect(pressedCommand('R', 'list')).toBe('reveal');
		expect(pressedCommand('w', 'list')).toBe('explain');
		expect(pressedCommand('Escape', 'list')).toBe('leave');
		expect(pressedCommand('PageDown', 'list')).toBe('step');
		expect(pressedCommand('PageUp', 'list')).toBe('unstep');
		expect(pressedCommand('r', 'text')).toBeUndefined();
		expect(pressedCommand(' ', 'button')).toBeUndefined();
		expect(pressedCommand('ArrowRight', 'button')).toBe('next');
		expect(pressedCommand(' ', 'page')).toBe('next');
	});

	it('shows questions in the quiz’s order, reveals the answer, and ends on a closing slide', () => {
		const show = new Presentation(deck, 'audience', { open: bus().open });
		show.connect();
		expect(show.slide?.item.id).toBe(items[0]!.id);
		expect(show.announcement).toContain('Question 1 of 5');
		show.run('reveal');
		expect(show.position.revealed).toBe(true);
		expect(show.announcement).toBe(`Answer: ${show.slide!.answer}.`);
		expect(show.roomSees).toBe('answer showing');
		show.run('explain');
		expect(show.position.explained).toBe(true);
		expect(show.roomSees).toBe('why and source showing');
		expect(show.announcement).toBe(`Why: ${show.slide!.item.explanation}`);
		// The way back is said too, so a second "Why" is heard again.
		show.run('explain');
		expect(show.announcement).toBe('Back to the options.');
		show.run('reveal');
		expect(show.announcement).toBe('Answer hidden.');
		expect(show.roomSees).toBe('answer hidden');
		show.run('next');
		// Straight to why from the question: the answer is said first.
		show.run('explain');
		expect(show.announcement).toBe(
			`Answer: ${show.slide!.answer}. Why: ${show.slide!.item.explanation}`
		);
		for (let i = 0; i < 4; i++) show.run('next');
		expect(show.slide).toBeUndefined();
		expect(show.announcement).toBe('End of the quiz.');
		expect(show.run('next')).toBe(false);
		expect(show.run('fullscreen')).toBe(false);
	});

	it('keeps two windows together, and a late window catches up', () => {
		const { open } = bus();
		const audience = new Presentation(deck, 'audience', { open, id: 'a' });
		audience.connect();
		audience.run('next');
		audience.run('reveal');
		const presenter = new Presentation(deck, 'presenter', { open, id: 'p' });
		presenter.connect();
		expect(presenter.position).toEqual(audience.position);
		expect(presenter.audienceOpen).toBe(true);
		expect(audience.presenterOpen).toBe(true);
		presenter.run('next');
		expect(audience.position.at).toBe(2);
		expect(audience.position.revealed).toBe(false);
	});

	it('forgets a window that stops saying it is there (a crash sends no bye), not a slow one', () => {
		const { open } = bus();
		const time = clock();
		const audience = new Presentation(deck, 'audience', { open, id: 'a', ...time });
		// The presenter's timers never run: it crashed, or froze.
		const still = { now: time.now, every: () => () => {} };
		const presenter = new Presentation(deck, 'presenter', { open, id: 'p', ...still });
		audience.connect();
		presenter.connect();
		expect(audience.presenterOpen).toBe(true);
		expect(presenter.audienceOpen).toBe(true);
		// A window hidden for minutes is heard from about once a minute: still there meanwhile.
		time.advance(GONE_MS - HERE_MS);
		expect(audience.presenterOpen).toBe(true);
		presenter.run('next');
		time.advance(GONE_MS);
		expect(audience.presenterOpen).toBe(true);
		time.advance(1);
		expect(audience.presenterOpen).toBe(false);
		// The projector carries on alone, its own controls back; the other window still hears it.
		expect(audience.run('next')).toBe(true);
		expect(presenter.audienceOpen).toBe(true);
		expect(presenter.position.at).toBe(2);
	});

	it('keeps the other window when this one wakes from a sleep they both slept, and stops saying it is there when disposed', () => {
		let now = 1_000_000;
		// Each window its own timers, on one clock: a laptop's windows sleep and wake together.
		const timers = () => {
			const ticks = new Set<() => void>();
			return {
				now: () => now,
				every: (_ms: number, tick: () => void) => (ticks.add(tick), () => ticks.delete(tick)),
				run: () => ticks.forEach((tick) => tick()),
				count: () => ticks.size
			};
		};
		const { open } = bus();
		const [a, p] = [timers(), timers()];
		const audience = new Presentation(deck, 'audience', { open, id: 'a', ...a });
		const presenter = new Presentation(deck, 'presenter', { open, id: 'p', ...p });
		audience.connect();
		presenter.connect();
		now += 10 * 60_000;
		// The projector's timer fires first after the sleep: the presenter is not forgotten.
		a.run();
		expect(audience.presenterOpen).toBe(true);
		p.run();
		expect(presenter.audienceOpen).toBe(true);
		// Then a presenter that really stopped is forgotten in GONE_MS.
		for (let t = 0; t <= GONE_MS; t += HERE_MS) {
			now += HERE_MS;
			a.run();
		}
		expect(audience.presenterOpen).toBe(false);
		presenter.dispose();
		audience.dispose();
		expect([a.count(), p.count()]).toEqual([0, 0]);
	});

	it('steps as a clicker goes, ending the countdown on the answer, and starts none going back', () => {
		const time = clock();
		const show = new Presentation(deck, 'audience', { open: bus().open, ...time });
		show.connect();
		show.setSeconds(30);
		show.run('step');
		expect(show.position.revealed).toBe(true);
		expect(show.countdown).toBeNull();
		show.run('step');
		expect(show.announcement).toBe(`Why: ${show.slide!.item.explanation}`);
		show.run('step');
		expect(show.position.at).toBe(1);
		expect(show.countdown).not.toBeNull();
		// An overshoot: back into the question before, as it was left, its countdown not restarted.
		show.run('unstep');
		expect(show.position).toMatchObject({ at: 0, revealed: true, explained: true });
		expect(show.countdown).toBeNull();
		show.run('unstep');
		expect(show.announcement).toBe('Back to the options.');
	});

	it('carries on alone when the other window closes, either one', () => {
		const { open } = bus();
		const audience = new Presentation(deck, 'audience', { open, id: 'a' });
		const presenter = new Presentation(deck, 'presenter', { open, id: 'p' });
		audience.connect();
		presenter.connect();
		presenter.dispose();
		expect(audience.presenterOpen).toBe(false);
		expect(audience.run('next')).toBe(true);
		expect(audience.position.at).toBe(1);
		const again = new Presentation(deck, 'presenter', { open, id: 'p2' });
		again.connect();
		expect(again.position.at).toBe(1);
		audience.dispose();
		expect(again.audienceOpen).toBe(false);
		again.run('next');
		expect(again.position.at).toBe(2);
	});

	it('ignores junk, older states and positions outside the deck', () => {
		const line = bus();
		const show = new Presentation(deck, 'audience', { open: line.open, id: 'a' });
		show.connect();
		show.run('next');
		const state = (at: number, rev: number) => ({
			v: PRESENT_PROTOCOL,
			type: 'state',
			from: 'x',
			role: 'presenter',
			show: {
				rev,
				position: { ...START, at },
				seconds: null,
				countdown: null
			}
		});
		for (const junk of [
			null,
			'next',
			{ v: PRESENT_PROTOCOL + 1, type: 'state' },
			state(3, 0),
			state(9, 99)
		])
			line.send(junk);
		expect(show.position.at).toBe(1);
		line.send(state(3, 99));
		expect(show.position.at).toBe(3);
	});

	it('counts down when asked, pauses, takes more time, and says when time is up', () => {
		const time = clock();
		const show = new Presentation(deck, 'audience', { open: bus().open, ...time });
		show.connect();
		expect(show.countdown).toBeNull();
		show.setSeconds(20);
		expect(show.secondsLeft).toBe(20);
		time.advance(5_000);
		expect(show.secondsLeft).toBe(15);
		show.run('pause');
		expect(show.paused).toBe(true);
		expect(show.announcement).toBe('Countdown paused with 15 seconds left.');
		time.advance(60_000);
		expect(show.secondsLeft).toBe(15);
		show.run('pause');
		show.run('more-time');
		expect(show.secondsLeft).toBe(30);
		time.advance(30_000);
		expect(show.timeUp).toBe(true);
		expect(show.announcement).toBe('Time’s up.');
		show.run('next');
		expect(show.secondsLeft).toBe(20);
		show.run('reveal');
		expect(show.countdown).toBeNull();
		// Straight to why from the question ends it too.
		show.run('next');
		expect(show.countdown).not.toBeNull();
		show.run('explain');
		expect(show.countdown).toBeNull();
	});

	it('a countdown runs on in the other window, at the same second', () => {
		const { open } = bus();
		const time = clock();
		const a = new Presentation(deck, 'audience', { open, id: 'a', ...time });
		const p = new Presentation(deck, 'presenter', { open, id: 'p', ...time });
		a.connect();
		p.connect();
		p.setSeconds(30);
		time.advance(10_000);
		expect(a.secondsLeft).toBe(20);
		expect(p.secondsLeft).toBe(20);
	});

	it('shows the class’s answers and the hardest questions first once results are in', () => {
		const report = buildClassReport(
			items,
			[0, 1, 2].map((s) => ({
				nickname: `S${s}`,
				responses: items.map((item, i) => (i <= s + 1 ? correctResponse(item) : null)),
				receivedAt: s
			}))
		);
		const room = { report } as unknown as ClassRoom;
		const show = new Presentation({ ...deck, room }, 'audience', { open: bus().open });
		show.connect();
		expect(show.hasResults).toBe(true);
		show.run('results');
		expect(show.position).toMatchObject({ revealed: true, results: true });
		expect(show.slide?.report?.percentRight).toBe(100);
		show.run('order');
		expect(show.slide?.position).toBe(report.hardest[0]!.position);
		expect(show.slide?.report?.percentRight).toBe(0);
		expect(show.announcement).toContain('(hardest first)');
	});

	it('has no class answers or hardest-first order for a plain quiz link', () => {
		const show = new Presentation(deck, 'audience', { open: bus().open });
		show.connect();
		expect(show.run('results')).toBe(false);
		expect(show.run('order')).toBe(false);
	});
});
