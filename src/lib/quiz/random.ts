/** A seeded pseudo-random generator returning floats in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: tiny, fast and good enough to shuffle quiz questions. Same seed, same sequence,
 * in Node and in every browser, which is what lets one quiz code give 30 phones one quiz.
 */
export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A new array with the items in a random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j]!, result[i]!];
	}
	return result;
}

/** The indexes 0..n-1 in a random order. */
export function shuffledIndexes(n: number, random: Random): number[] {
	return shuffled(
		Array.from({ length: n }, (_, i) => i),
		random
	);
}
