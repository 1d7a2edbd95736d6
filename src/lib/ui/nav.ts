/** The app's pages, in the order the navigation lists them; `icon` is an SVG path (24×24). */
export const NAV_ITEMS = [
	{ href: '/', label: 'Home', icon: 'M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z' },
	{
		href: '/study',
		label: 'Study',
		icon: 'M4 7h12v13H4zM8 4h12v13'
	},
	{
		href: '/article',
		label: 'Article',
		icon: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7'
	},
	{
		href: '/quiz',
		label: 'Quiz',
		icon: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.2v.1'
	},
	{
		href: '/bank',
		label: 'Bank',
		icon: 'M4 5h16M4 10h16M4 15h10M4 20h7M17 15l2 2 3-4'
	},
	{
		href: '/settings',
		label: 'Settings',
		icon: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1'
	}
] as const;

/** Whether a nav item is the current page, or a section containing it. */
export function isCurrent(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(`${href}/`);
}
