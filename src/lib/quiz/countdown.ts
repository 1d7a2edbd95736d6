/**
 * A projector's countdown as data: how long it allows, how long is left, and (while running)
 * the wall-clock time it ends. Two windows of one device share that clock, so the countdown
 * travels between them as these three numbers and both show the same second. Pure: `now` is
 * always passed in.
 */
export interface Countdown {
	/** Milliseconds allowed, extra time included. */
	allowedMs: number;
	/** Milliseconds left when it was last paused or started. */
	leftMs: number;
	/** When it runs out (ms since the epoch); null while paused. */
	endsAt: number | null;
}

/** A countdown of `seconds`, running from `now`. */
export const startCountdown = (seconds: number, now: number): Countdown => ({
	allowedMs: seconds * 1000,
	leftMs: seconds * 1000,
	endsAt: now + seconds * 1000
});

/** Milliseconds left at `now`, never below 0. */
export const countdownLeft = (countdown: Countdown, now: number): number =>
	countdown.endsAt === null ? countdown.leftMs : Math.max(0, countdown.endsAt - now);

/** Whether it has run out at `now`. */
export const countdownOver = (countdown: Countdown, now: number): boolean =>
	countdownLeft(countdown, now) === 0;

/** Whether it is paused (a countdown that ran out is over, not paused). */
export const countdownPaused = (countdown: Countdown): boolean =>
	countdown.endsAt === null && countdown.leftMs > 0;

/** Stopped where it is at `now`; one already paused or over is left as it is. */
export function pauseCountdown(countdown: Countdown, now: number): Countdown {
	if (countdown.endsAt === null || countdownOver(countdown, now)) return countdown;
	return { ...countdown, leftMs: countdownLeft(countdown, now), endsAt: null };
}

/** Running again from `now` with the time it had left. */
export function resumeCountdown(countdown: Countdown, now: number): Countdown {
	if (countdown.endsAt !== null || countdown.leftMs === 0) return countdown;
	return { ...countdown, endsAt: now + countdown.leftMs };
}

/** Paused if it runs, running if it is paused; one that ran out is left as it is. */
export const toggleCountdown = (countdown: Countdown, now: number): Countdown =>
	countdownPaused(countdown) ? resumeCountdown(countdown, now) : pauseCountdown(countdown, now);

/**
 * `extraMs` more: added to what is left, paused or running. A countdown that ran out starts
 * again with the extra time, since "more time" after the end means the room needs it.
 */
export function extendCountdown(countdown: Countdown, extraMs: number, now: number): Countdown {
	const left = countdownLeft(countdown, now) + extraMs;
	const allowedMs = countdownOver(countdown, now) ? extraMs : countdown.allowedMs + extraMs;
	return countdown.endsAt === null && countdown.leftMs > 0
		? { allowedMs, leftMs: left, endsAt: null }
		: { allowedMs, leftMs: left, endsAt: now + left };
}
