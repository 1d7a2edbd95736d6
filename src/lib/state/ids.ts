// Random ids and seeds, from the browser's crypto: the one place the app draws them, so the
// pure core takes them as parameters.

/** A short random id for a record, from the browser's crypto. */
export function newId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A random 32-bit quiz seed, from the browser's crypto. */
export function newSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
