import { logKey } from './log-key';

// The review log's chunk layout. A study day's reviews are stored in chunks of at most LOG_CHUNK_SIZE
// entries, `log:<day>#<seq>` (seq counting up from 000000), so a review appends to the last
// chunk, or starts the next: its write costs the same at the day's 1st review as at its 300th.
// Stores written before the chunks hold one whole record per day, `log:<day>`: still read as
// that day's first chunk, never written again.

const SEQ_DIGITS = 6;

/** The most entries a review appends to one chunk before it starts the next. */
export const LOG_CHUNK_SIZE = 100;
/**
 * The entries of one chunk an import writes: written once, never appended to, so bigger chunks
 * only mean fewer records (IndexedDB's cost is per record) for the next export to read.
 */
export const LOG_IMPORT_CHUNK_SIZE = 1000;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CHUNK_KEY = /^log:(\d{4}-\d{2}-\d{2})(?:#(\d{6}))?$/;

/** Whether `day` is a real calendar day written YYYY-MM-DD (not 2026-13-45 or 2026-02-30). */
export function isCalendarDay(day: string): boolean {
	const match = DAY.exec(day);
	if (!match) return false;
	const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
	const parsed = new Date(Date.UTC(year, month - 1, date));
	return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

/** The prefix of a study day's chunk keys. */
export const chunkPrefix = (day: string) => `${logKey(day)}#`;

/** The key of a study day's chunk number `seq`. */
export const chunkKey = (day: string, seq: number) =>
	`${chunkPrefix(day)}${String(seq).padStart(SEQ_DIGITS, '0')}`;

/**
 * The day and chunk number of a review-log key (-1 for a day's record from before chunks), or
 * undefined for a key of neither form.
 */
export function parseLogKey(key: string): { day: string; seq: number } | undefined {
	const match = CHUNK_KEY.exec(key);
	if (!match || !isCalendarDay(match[1]!)) return undefined;
	return { day: match[1]!, seq: match[2] === undefined ? -1 : Number(match[2]) };
}
