import { describe, expect, it } from 'vitest';
import { cameraProblem } from './camera';

describe('camera problems in words', () => {
	it.each([
		['NotAllowedError', /not allowed/],
		['NotFoundError', /No camera found/],
		['NotReadableError', /busy/],
		['NoMediaDevices', /no access to a camera/],
		['TypeError', /could not start/]
	])('%s', (name, words) => {
		expect(cameraProblem(Object.assign(new Error('x'), { name }))).toMatch(words);
	});
});
