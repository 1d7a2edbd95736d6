import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled, shuffledIndexes } from './random';

describe('seededRandom', () => {
	it('repeats its sequence for the same seed', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
	});

	it('pins the sequence, so quiz codes keep meaning the same quiz', () => {
		const random = seededRandom(1);
		expect(Array.from({ length: 3 }, () => Math.floor(random() * 1000))).toEqual([627, 2, 527]);
	});

	it('stays in [0, 1) for any seed', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const random = seededRandom(seed);
				for (let i = 0; i < 20; i++) {
					const x = random();
					if (!(x >= 0 && x < 1)) return false;
				}
				return true;
			})
		);
	});
});

describe('shuffled', () => {
	it('is a permutation and leaves the input alone', () => {
		fc.assert(
			fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
				const copy = [...items];
				const result = shuffled(items, seededRandom(seed));
				expect(items).toEqual(copy);
				expect([...result].sort()).toEqual([...items].sort());
			})
		);
	});

	it('gives every index', () => {
		expect(shuffledIndexes(5, seededRandom(3)).sort()).toEqual([0, 1, 2, 3, 4]);
	});
});
