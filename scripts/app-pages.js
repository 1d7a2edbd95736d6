// The app's pages a person opens from the navigation, in its order: what the benchmarks weigh and
// Lighthouse scores, and what the layout-shift test opens. One list, so a new page is measured
// and tested the day it is added here.

/** Paths of the app's prerendered pages (without /print, /present and /quiz/play, opened from them). */
export const APP_PAGES = [
	'/',
	'/study',
	'/article',
	'/quiz',
	'/bank',
	'/settings',
	'/class',
	'/class/join',
	'/stats'
];
