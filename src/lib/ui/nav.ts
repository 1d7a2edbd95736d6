/** The sprite with the app's icons (24×24 symbols, drawn in `currentColor`). */
export const NAV_ICONS = '/nav-icons.svg';

/** The app's pages, in the order the navigation lists them; `icon` is a symbol id in NAV_ICONS. */
export const NAV_ITEMS = [
	{ href: '/', label: 'Home', icon: 'home' },
	{ href: '/study', label: 'Study', icon: 'study' },
	{ href: '/article', label: 'Article', icon: 'article' },
	{ href: '/quiz', label: 'Quiz', icon: 'quiz' },
	{ href: '/bank', label: 'Bank', icon: 'bank' },
	{ href: '/settings', label: 'Settings', icon: 'settings' }
] as const;

/** Whether a nav item is the current page, or a section containing it. */
export function isCurrent(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(`${href}/`);
}
