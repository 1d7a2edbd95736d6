/** The app's pages, in the order the header lists them. */
export const NAV_ITEMS = [
	{ href: '/', label: 'Home' },
	{ href: '/article', label: 'Article' },
	{ href: '/bank', label: 'Bank' }
] as const;

/** Whether a nav item is the current page, or a section containing it. */
export function isCurrent(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(`${href}/`);
}
