// The grades and how their intervals are printed, free of ts-fsrs: a page that only shows
// them (the grade bar, a stats chart) must not load the scheduler.

/** The four answers to a flashcard, as Anki names them; `grade` is ts-fsrs's `Rating`. */
export const GRADES = [
	{ grade: 1, label: 'Again', key: '1' },
	{ grade: 2, label: 'Hard', key: '2' },
	{ grade: 3, label: 'Good', key: '3' },
	{ grade: 4, label: 'Easy', key: '4' }
] as const;

export type GradeValue = (typeof GRADES)[number]['grade'];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** An interval as Anki prints it on a button: 1m, 10m, 3h, 8d, 2mo, 1.5y. */
export function formatInterval(ms: number): string {
	if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	const days = ms / DAY;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${Math.round((days / 30) * 10) / 10}mo`.replace('.0mo', 'mo');
	return `${Math.round((days / 365) * 10) / 10}y`.replace('.0y', 'y');
}
