import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitReader, bitsOf, bitsToBytes, bytesToBits, widthFor } from './bits';

describe('bit fields', () => {
	it('write a value in its width and read it back', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 32 }), fc.nat(), (width, n) => {
				const value = width === 0 ? 0 : n % 2 ** width;
				const reader = new BitReader(bitsOf(value, width) + '1');
				expect(reader.read(width)).toBe(value);
				expect(reader.left).toBe(1);
			})
		);
	});

	it('refuse a value that does not fit', () => {
		expect(() => bitsOf(8, 3)).toThrow(RangeError);
		expect(() => bitsOf(-1, 3)).toThrow(RangeError);
	});

	it('give undefined, not a throw, past the end', () => {
		const reader = new BitReader('101');
		expect(reader.read(4)).toBeUndefined();
		expect(reader.take(3)).toBe('101');
		expect(reader.read(1)).toBeUndefined();
	});

	it('count the width a number of states needs', () => {
		expect([1, 2, 3, 4, 5, 8, 9].map(widthFor)).toEqual([0, 1, 2, 2, 3, 3, 4]);
	});

	it('round-trip bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array(), (bytes) => {
				expect(bitsToBytes(bytesToBits(bytes))).toEqual(bytes);
			})
		);
	});
});
