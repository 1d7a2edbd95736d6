import { expect, it } from 'vitest';
import { isCurrent } from './nav';

it.each([
	['/', '/', true],
	['/', '/article', false],
	['/article', '/article', true],
	['/bank', '/bank/x', true],
	['/bank', '/banking', false]
])('isCurrent(%s, %s) is %s', (href, pathname, expected) => {
	expect(isCurrent(href, pathname)).toBe(expected);
});
