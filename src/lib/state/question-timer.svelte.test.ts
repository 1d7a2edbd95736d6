import { describe, expect, it } from 'vitest';
import { QuestionTimer, type TimerClock } from './question-timer.svelte';

/** A clock the test moves by hand, ticking its listeners as time passes. */
function manualClock() {
	let now = 0;
	const ticks = new Set<{ ms: number; next: number; tick: () => void }>();
	const clock: TimerClock = {
		now: () => now,
		every(ms, tick) {
			const entry = { ms, next: now + ms, tick };
			ticks.add(entry);
			return () => ticks.delete(entry);
		}
	};
	const advance = (ms: number) => {
		const end = now + ms;
		for (;;) {
			const due = [...ticks].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
			if (!due) break;
			now = due.next;
			due.next += due.ms;
			due.tick();
		}
		now = end;
	};
	return { clock, advance, listening: () => ticks.size };
}

function timer(seconds = 15, active = () => true) {
	const manual = manualClock();
	let expired = 0;
	const t = new QuestionTimer(seconds, { onExpire: () => expired++, active, clock: manual.clock });
	return { t, ...manual, expiries: () => expired };
}

describe('QuestionTimer', () => {
	it('counts a question down and calls time once when it runs out', () => {
		const { t, advance, expiries, listening } = timer(15);
		t.start();
		advance(4_000);
		expect(t.secondsLeft).toBe(11);
		expect(t.fraction).toBeCloseTo(11 / 15, 1);
		advance(11_000);
		expect(t.left).toBe(0);
		expect(t.expired).toBe(true);
		expect(t.announcement).toBe('Time’s up.');
		advance(5_000);
		expect(expiries()).toBe(1);
		expect(listening()).toBe(0);
	});

	it('warns screen readers at 10 and 5 seconds, and turns urgent for the last 5', () => {
		const { t, advance } = timer(15);
		t.start();
		advance(5_100);
		expect(t.announcement).toBe('10 seconds left.');
		expect(t.urgent).toBe(false);
		advance(5_000);
		expect(t.announcement).toBe('5 seconds left.');
		expect(t.urgent).toBe(true);
	});

	it('stands still while paused and runs on from there', () => {
		const { t, advance, expiries } = timer(15);
		t.start();
		advance(3_000);
		t.pause();
		expect(t.paused).toBe(true);
		advance(60_000);
		expect(t.secondsLeft).toBe(12);
		expect(expiries()).toBe(0);
		t.resume();
		advance(11_000);
		expect(t.secondsLeft).toBe(1);
		advance(1_000);
		expect(expiries()).toBe(1);
	});

	it('gives the full time again as often as asked (at least ten times)', () => {
		const { t, advance, expiries } = timer(15);
		t.start();
		advance(14_000);
		for (let i = 0; i < 10; i++) t.moreTime();
		expect(t.secondsLeft).toBe(151);
		expect(t.allowed).toBe(165_000);
		advance(150_000);
		expect(expiries()).toBe(0);
		advance(1_000);
		expect(expiries()).toBe(1);
	});

	it('once turned off, never runs out, on this question or the next', () => {
		const { t, advance, expiries, listening } = timer(15);
		t.start();
		advance(5_000);
		t.turnOff();
		advance(60_000);
		t.start();
		advance(60_000);
		expect(expiries()).toBe(0);
		expect(listening()).toBe(0);
		expect(t.off).toBe(true);
	});

	it('stops when the question no longer waits for an answer, and restarts in full on the next', () => {
		let waiting = true;
		const { t, advance, expiries } = timer(15, () => waiting);
		t.start();
		advance(3_000);
		waiting = false;
		advance(30_000);
		expect(expiries()).toBe(0);
		expect(t.running).toBe(false);
		waiting = true;
		t.start();
		expect(t.secondsLeft).toBe(15);
		advance(15_000);
		expect(expiries()).toBe(1);
	});
});
