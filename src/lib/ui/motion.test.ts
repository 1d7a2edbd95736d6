import { describe, expect, it } from 'vitest';
import { reducedMotion } from './motion';

const root = (motion?: string) => ({ dataset: motion ? { motion } : {} });
const system = (reduce: boolean) => () => ({ matches: reduce });

describe('reducedMotion', () => {
	it('follows the setting when one is chosen, whatever the system says', () => {
		expect(reducedMotion(root('reduce'), system(false))).toBe(true);
		expect(reducedMotion(root('full'), system(true))).toBe(false);
	});

	it('follows the system when the setting is System (no attribute) or unknown', () => {
		expect(reducedMotion(root(), system(true))).toBe(true);
		expect(reducedMotion(root(), system(false))).toBe(false);
		expect(reducedMotion(root('sideways'), system(true))).toBe(true);
	});

	it('asks the system the standard query', () => {
		const asked: string[] = [];
		reducedMotion(root(), (query) => (asked.push(query), { matches: false }));
		expect(asked).toEqual(['(prefers-reduced-motion: reduce)']);
	});
});
