import type { StudyQueue } from './study-queue.svelte';

const TICK_MS = 15_000;

/**
 * The study day the queue's `done` counts. A new study day starts with nothing done, however
 * the clock got there: the tick below, or an answer given just after 04:00.
 */
export class DayRollover {
	#day = '';
	readonly #queue: StudyQueue;

	constructor(queue: StudyQueue) {
		this.#queue = queue;
	}

	/** `done` now counts `day` (it was just read for it). */
	counting(day: string): void {
		this.#day = day;
	}

	/** Whether `done` counts `day`. */
	counts(day: string): boolean {
		return this.#day === day;
	}

	/** Starts the new day's counts if `now` falls on another study day. */
	sync(now: Date): void {
		const day = this.#queue.dayOf(now);
		if (day === this.#day) return;
		this.#day = day;
		this.#queue.done = { newCards: 0, reviews: 0 };
	}

	/**
	 * Follows the clock: a learning card may come due, or a new study day begin, while nothing
	 * is shown. `busy` says a write is under way (it shows the next card itself). Returns the stop.
	 */
	follow(clock: () => Date, busy: () => boolean): () => void {
		const tick = setInterval(() => {
			const now = clock();
			this.sync(now);
			this.#queue.now = now;
			if (this.#queue.shownId === undefined && !busy()) this.#queue.advance();
		}, TICK_MS);
		return () => clearInterval(tick);
	}
}
