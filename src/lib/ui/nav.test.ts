import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { NAV_ICONS, NAV_ITEMS, isCurrent } from './nav';

it.each([
	['/', '/', true],
	['/', '/article', false],
	['/article', '/article', true],
	['/bank', '/bank/x', true],
	['/bank', '/banking', false]
])('isCurrent(%s, %s) is %s', (href, pathname, expected) => {
	expect(isCurrent(href, pathname)).toBe(expected);
});

it('draws every nav icon from a symbol of the sprite', () => {
	const sprite = readFileSync(`static${NAV_ICONS}`, 'utf8');
	for (const item of NAV_ITEMS) expect(sprite).toContain(`<symbol id="${item.icon}"`);
});
