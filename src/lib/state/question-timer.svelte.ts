/** The clock a question timer reads and the ticks it asks for; the browser's by default. */
export interface TimerClock {
	now(): number;
	/** Calls `tick` every `ms` until the returned function is called. */
	every(ms: number, tick: () => void): () => void;
}

const browserClock: TimerClock = {
	now: () => performance.now(),
	every(ms, tick) {
		const id = setInterval(tick, ms);
		return () => clearInterval(id);
	}
};

const TICK_MS = 200;
/** When screen readers hear how much time is left (and the countdown turns urgent at the last). */
const WARNINGS = [10, 5];

/**
 * The countdown of one class-quiz question, adjustable as WCAG 2.2.1 asks: it can be paused,
 * given more time (the full time again, as often as wanted) and turned off for the rest of
 * the quiz. When it runs out it calls `onExpire` once; `active` says whether the question
 * still waits for an answer (its feedback showing stops the clock).
 */
export class QuestionTimer {
	/** Milliseconds left on this question. */
	left = $state(0);
	/** Milliseconds this question allows, more time included. */
	allowed = $state(0);
	paused = $state(false);
	/** Turned off by the student: no countdown for the rest of the quiz. */
	off = $state(false);
	expired = $state(false);
	/** The last thing said to screen readers about the time. */
	announcement = $state('');
	readonly seconds: number;
	readonly #onExpire: () => void;
	readonly #active: () => boolean;
	readonly #clock: TimerClock;
	#deadline = 0;
	#cancel: (() => void) | undefined;

	constructor(
		seconds: number,
		{
			onExpire,
			active = () => true,
			clock = browserClock
		}: { onExpire: () => void; active?: () => boolean; clock?: TimerClock }
	) {
		this.seconds = seconds;
		this.#onExpire = onExpire;
		this.#active = active;
		this.#clock = clock;
	}

	readonly secondsLeft = $derived(Math.ceil(this.left / 1000));
	/** The share of the time left, 1 to 0, for the bar. */
	readonly fraction = $derived(this.allowed > 0 ? this.left / this.allowed : 0);
	readonly urgent = $derived(this.secondsLeft <= WARNINGS.at(-1)!);
	get running(): boolean {
		return this.#cancel !== undefined;
	}

	/** A new question: the full time, counting down at once (unless the timer is off). */
	start(): void {
		this.stop();
		this.allowed = this.left = this.seconds * 1000;
		this.paused = false;
		this.expired = false;
		this.announcement = '';
		if (!this.off) this.#run();
	}

	/** Stops the clock where it is (the question was answered, or the page leaves). */
	stop(): void {
		this.#cancel?.();
		this.#cancel = undefined;
	}

	pause(): void {
		if (!this.running) return;
		this.#tick();
		this.stop();
		this.paused = true;
		this.announcement = `Timer paused with ${this.secondsLeft} seconds left.`;
	}

	resume(): void {
		if (!this.paused || this.off || this.expired) return;
		this.paused = false;
		this.announcement = 'Timer running.';
		this.#run();
	}

	/** Adds the question's full time again. */
	moreTime(): void {
		if (this.off || this.expired) return;
		const extra = this.seconds * 1000;
		this.allowed += extra;
		this.left += extra;
		this.#deadline += extra;
		this.announcement = `${this.seconds} more seconds: ${this.secondsLeft} seconds left.`;
	}

	/** No countdown from now on, for every question left. */
	turnOff(): void {
		this.stop();
		this.off = true;
		this.paused = false;
		this.announcement = 'Timer off. Take the time you need.';
	}

	#run(): void {
		this.#deadline = this.#clock.now() + this.left;
		this.#cancel = this.#clock.every(TICK_MS, () => this.#tick());
	}

	#tick(): void {
		if (!this.#active()) return this.stop();
		const before = this.secondsLeft;
		this.left = Math.max(0, this.#deadline - this.#clock.now());
		const warning = WARNINGS.find((s) => before > s && this.secondsLeft <= s);
		if (warning !== undefined && this.left > 0 && this.seconds > warning)
			this.announcement = `${warning} seconds left.`;
		if (this.left > 0 || this.expired) return;
		this.stop();
		this.expired = true;
		this.announcement = 'Time’s up.';
		this.#onExpire();
	}
}
