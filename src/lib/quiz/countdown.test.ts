import { describe, expect, it } from 'vitest';
import {
	countdownLeft,
	countdownOver,
	countdownPaused,
	extendCountdown,
	pauseCountdown,
	resumeCountdown,
	startCountdown,
	toggleCountdown
} from './countdown';

const T = 1_000_000;

describe('countdown', () => {
	it('runs down on the wall clock and stops at zero', () => {
		const c = startCountdown(30, T);
		expect(countdownLeft(c, T + 10_000)).toBe(20_000);
		expect(countdownOver(c, T + 29_999)).toBe(false);
		expect(countdownLeft(c, T + 45_000)).toBe(0);
		expect(countdownOver(c, T + 30_000)).toBe(true);
	});

	it('pauses where it is and resumes with what it had left', () => {
		const paused = pauseCountdown(startCountdown(30, T), T + 5_000);
		expect(countdownPaused(paused)).toBe(true);
		expect(countdownLeft(paused, T + 60_000)).toBe(25_000);
		const resumed = resumeCountdown(paused, T + 60_000);
		expect(countdownLeft(resumed, T + 70_000)).toBe(15_000);
		expect(resumeCountdown(resumed, T)).toBe(resumed);
	});

	it('leaves one that ran out as it is on pause, and not paused', () => {
		const over = startCountdown(10, T);
		expect(pauseCountdown(over, T + 11_000)).toBe(over);
		expect(countdownPaused(over)).toBe(false);
	});

	it('toggles between running and paused, and leaves one that ran out alone', () => {
		const paused = toggleCountdown(startCountdown(30, T), T + 5_000);
		expect(countdownPaused(paused)).toBe(true);
		expect(countdownLeft(paused, T + 60_000)).toBe(25_000);
		const running = toggleCountdown(paused, T + 60_000);
		expect(countdownPaused(running)).toBe(false);
		expect(countdownLeft(running, T + 70_000)).toBe(15_000);
		const over = startCountdown(10, T);
		expect(toggleCountdown(over, T + 11_000)).toBe(over);
	});

	it('adds extra time, running or paused, and restarts one that ran out', () => {
		const running = extendCountdown(startCountdown(30, T), 15_000, T + 10_000);
		expect(countdownLeft(running, T + 10_000)).toBe(35_000);
		expect(running.allowedMs).toBe(45_000);
		const paused = extendCountdown(pauseCountdown(startCountdown(30, T), T), 15_000, T + 99_000);
		expect(countdownPaused(paused)).toBe(true);
		expect(countdownLeft(paused, T + 99_000)).toBe(45_000);
		const again = extendCountdown(startCountdown(10, T), 15_000, T + 20_000);
		expect(countdownLeft(again, T + 20_000)).toBe(15_000);
		expect(again.allowedMs).toBe(15_000);
	});
});
