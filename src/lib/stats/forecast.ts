import { isBuried } from './card-counts';
import { dayKeyer, dayNumber, dayOfNumber, todayNumber } from './days';
import type { CardSnapshot, Forecast, StatsClock } from './types';

const DAY = 86_400_000;

/**
 * The cards coming due on each of the next `days` study days (today first; overdue cards count
 * today, as they are asked today), of cards already studied: new cards wait for the daily new
 * limit, not a date, and suspended cards are not asked. A buried card counts on the day it is
 * asked: its due day, or the day its burial ends if that is later (Anki drops buried cards due
 * today; moving them says when they come back). `dailyLoad` is Anki's "daily load",
 * Σ 1/max(1, interval in days) over unsuspended review cards: the reviews a day the deck asks
 * for in the long run.
 */
export function forecast(cards: readonly CardSnapshot[], clock: StatsClock, days = 30): Forecast {
	const dayOf = dayKeyer(clock);
	const today = todayNumber(clock);
	const due = new Array<number>(days).fill(0);
	let dailyLoad = 0;
	const now = clock.now.getTime();
	// Past due is today, and more than the range (plus a day of rollover and offset) ahead is
	// out of it: only the cards due within the range need their study day worked out.
	const horizon = now + (days + 1) * DAY;
	for (const card of cards) {
		if (card.suspended) continue;
		if (card.state === 2) dailyLoad += 1 / Math.max(1, card.scheduled_days);
		if (card.state === 0) continue;
		const ms = card.due.getTime();
		if (ms > horizon) continue;
		let offset = ms <= now ? 0 : Math.max(0, dayOf(ms) - today);
		if (card.buriedUntil !== null && isBuried(card, today))
			offset = Math.max(offset, dayNumber(card.buriedUntil) - today);
		if (offset < days) due[offset] = (due[offset] ?? 0) + 1;
	}
	return {
		days: due.map((count, offset) => ({ day: dayOfNumber(today + offset), offset, due: count })),
		dailyLoad
	};
}
