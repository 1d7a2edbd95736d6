// The FSRS forgetting curve, written out here because only srs/scheduler.ts may import ts-fsrs
// (and the stats route should not carry the scheduler). ts-fsrs 5.x schedules with FSRS-6 and
// its default parameters, whose decay w[20] is 0.1542; the factor follows from R(S, S) = 0.9,
// the definition of stability. A test pins both against the curve's defining properties.

/** FSRS-6's default decay (ts-fsrs `FSRS6_DEFAULT_DECAY`, the scheduler's parameters). */
export const DECAY = 0.1542;
/** Chosen so that retrievability is 90 % when the elapsed time equals the stability. */
export const FACTOR = Math.pow(0.9, -1 / DECAY) - 1;

const DAY = 86_400_000;

/** The probability of recall after `elapsedDays` at `stability` days: (1 + F·t/S)^−decay. */
export function forgettingCurve(elapsedDays: number, stability: number): number {
	if (!(stability > 0)) return 0;
	return Math.pow(1 + (FACTOR * Math.max(0, elapsedDays)) / stability, -DECAY);
}

/**
 * A card's current retrievability at `now` from its stability and the time since its last
 * review (in fractional days, as the memory "now" is a moment, not a day); null for a card
 * never reviewed.
 */
export function retrievability(
	card: { state: number; stability: number; last_review?: Date },
	now: Date
): number | null {
	if (card.state === 0 || !card.last_review) return null;
	return forgettingCurve((now.getTime() - card.last_review.getTime()) / DAY, card.stability);
}
