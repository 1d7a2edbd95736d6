import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_TABS, NAV_ITEMS, isCurrent, navGroups, type NavItem } from './nav';

it.each([
	['/', '/', true],
	['/', '/article', false],
	['/article', '/article', true],
	['/bank', '/bank/x', true],
	['/bank', '/banking', false]
])('isCurrent(%s, %s) is %s', (href, pathname, expected) => {
	expect(isCurrent(href, pathname)).toBe(expected);
});

it('draws every nav icon from a symbol of the sprite inlined in app.html', () => {
	const html = readFileSync('src/app.html', 'utf8');
	for (const icon of [...NAV_ITEMS.map((item) => item.icon), 'more', 'close', 'chevron', 'logo']) {
		expect(html).toContain(`<symbol id="${icon}"`);
	}
});

it('lists Class and Stats, so the phone layout is proven with them', () => {
	expect(NAV_ITEMS.map((item) => item.href)).toEqual(expect.arrayContaining(['/class', '/stats']));
});

describe('navGroups', () => {
	/** Every destination as if its page existed: what the nav must hold once Class and Stats ship. */
	const everyPageBuilt: NavItem[] = NAV_ITEMS.map((item) => ({ ...item, ready: true }));

	it('keeps the phone bar to four pages and More when every page exists', () => {
		const { tabs, more } = navGroups(everyPageBuilt);
		expect(tabs.length + 1).toBeLessThanOrEqual(MAX_TABS);
		expect(more.map((item) => item.label)).toEqual(['Class', 'Stats', 'Bank', 'Settings']);
		expect([...tabs, ...more]).toHaveLength(NAV_ITEMS.length);
	});

	it('gives every tab a page that exists (a tab cannot say "coming soon")', () => {
		for (const tab of navGroups().tabs) expect(tab.ready, tab.href).toBe(true);
	});
});

/** The route folder of a nav entry: src/routes/ itself for the home page. */
const routeFile = (href: string) => `src/routes${href === '/' ? '' : href}/+page.svelte`;

it('regression: the nav never links to a page that does not exist (the prerender crawl fails on it)', () => {
	for (const item of NAV_ITEMS.filter((i) => i.ready))
		expect(existsSync(routeFile(item.href)), item.href).toBe(true);
});

it('links a page as soon as it exists: flip `ready` in the commit that adds the route', () => {
	for (const item of NAV_ITEMS.filter((i) => !i.ready))
		expect(existsSync(routeFile(item.href)), item.href).toBe(false);
});
