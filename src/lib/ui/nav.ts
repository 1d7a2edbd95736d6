// The app's icons are a sprite of 24×24 symbols drawn in `currentColor`, inlined in
// `src/app.html` so that the first paint needs no request for them: `<use href="#home" />`.

/** One destination of the app. */
export interface NavItem {
	href: string;
	label: string;
	/** A symbol id in the icon sprite of app.html. */
	icon: string;
	/** On a tab of its own on phones; the others share the "More" sheet. */
	tab: boolean;
	/**
	 * Whether the page exists yet. Until it does, the More sheet shows the entry without a link
	 * (the prerender crawl fails on links to missing pages); flip it in the commit that adds the route.
	 */
	ready: boolean;
}

/** Every destination, in the order the navigation lists them. */
export const NAV_ITEMS: readonly NavItem[] = [
	{ href: '/', label: 'Home', icon: 'home', tab: true, ready: true },
	{ href: '/study', label: 'Study', icon: 'study', tab: true, ready: true },
	{ href: '/quiz', label: 'Quiz', icon: 'quiz', tab: true, ready: true },
	{ href: '/article', label: 'Article', icon: 'article', tab: true, ready: true },
	{ href: '/class', label: 'Class', icon: 'class', tab: false, ready: true },
	{ href: '/stats', label: 'Stats', icon: 'stats', tab: false, ready: true },
	{ href: '/bank', label: 'Bank', icon: 'bank', tab: false, ready: true },
	{ href: '/settings', label: 'Settings', icon: 'settings', tab: false, ready: true }
];

/** At most this many tabs fit a 360 px phone with readable labels: four pages and "More". */
export const MAX_TABS = 5;

/** The navigation split as a phone shows it: tabs in the bar, the rest in the More sheet. */
export function navGroups(items: readonly NavItem[] = NAV_ITEMS) {
	return { tabs: items.filter((i) => i.tab), more: items.filter((i) => !i.tab) };
}

/** Whether a nav item is the current page, or a section containing it. */
export function isCurrent(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(`${href}/`);
}
