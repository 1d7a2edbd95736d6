// What a learner can tune, with its range and default, and the card states: one source for
// the scheduler, the queue, stored settings and the settings form. Free of ts-fsrs, so the home
// page's due counts can read it without loading the scheduler.

/** ts-fsrs card states by value (ts-fsrs `State`; a test checks they agree). */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;

/** A learner-set number: its allowed range, whether it is whole, and its default. */
export interface Option {
	min: number;
	max: number;
	integer: boolean;
	default: number;
}

/** Desired retention: the share of cards still remembered when they come due. */
export const RETENTION = {
	min: 0.8,
	max: 0.97,
	integer: false,
	default: 0.9
} as const satisfies Option;
/** New cards a day. */
export const NEW_PER_DAY = {
	min: 0,
	max: 9999,
	integer: true,
	default: 20
} as const satisfies Option;
/** Reviews a day, so a missed week never buries the learner. */
export const REVIEWS_PER_DAY = {
	min: 0,
	max: 99_999,
	integer: true,
	default: 200
} as const satisfies Option;
