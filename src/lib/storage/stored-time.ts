// The checks a stored date and a stored number go through, shared by the two hand-written record
// checks that run over a whole deck or log (card-record.ts, log-entry.ts).

// Bounds far beyond any real schedule or review: a value past them is damage, not data.
export const EARLIEST = Date.UTC(2000, 0, 1);
export const LATEST = Date.UTC(2200, 0, 1);

/** A number within [min, max]. */
export const between = (value: unknown, min: number, max: number): boolean =>
	typeof value === 'number' && value >= min && value <= max;

/**
 * Milliseconds of a date as IndexedDB keeps it (a Date), as a backup file holds it (a number),
 * or as older backups wrote it (an ISO string); NaN for anything else.
 */
export function timeOf(value: unknown): number {
	if (value instanceof Date) return value.getTime();
	if (typeof value === 'number') return value;
	return typeof value === 'string' ? Date.parse(value) : NaN;
}

/** A date, in any of those forms, within the bounds. */
export const time = (value: unknown): boolean => {
	const ms = timeOf(value);
	return ms >= EARLIEST && ms <= LATEST;
};
