import { describe, expect, it } from 'vitest';
import { FIT_SCALES, firstFit } from './fit';

describe('firstFit', () => {
	it('keeps the room’s type when the slide fits, and steps down only as far as it must', () => {
		expect(firstFit(() => false)).toBe(1);
		const tried: number[] = [];
		const scale = firstFit((s) => (tried.push(s), s > 0.9));
		expect(scale).toBe(0.86);
		expect(tried).toEqual([1, 0.93, 0.86]);
	});

	it('stops at the smallest scale when nothing fits (the slide scrolls there)', () => {
		expect(firstFit(() => true)).toBe(FIT_SCALES.at(-1));
		expect([...FIT_SCALES].sort((a, b) => b - a)).toEqual([...FIT_SCALES]);
	});
});
