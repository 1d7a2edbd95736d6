// Card states live in 256 buckets (`cards:000` … `cards:255`), each an object of card records by
// fact id, rather than one record per card: IndexedDB's cost is per record, so a 10,000-card
// deck loads in 256 reads instead of 10,000 (about 70 ms less in Chromium), while a review
// rewrites one bucket of about 40 cards. A fact's bucket never changes: a hash of its id. Light
// on purpose: the home page reads buckets too.

export const BUCKET_PREFIX = 'cards:';
const BUCKETS = 256;

/**
 * Where the buckets are split for reading, into 8 key ranges of 32 (`cards:000`–`cards:031`, …):
 * read in parts of one transaction (kv-read.ts), a 10,000-card deck comes back in about half
 * the time of one read.
 */
export const BUCKET_SPLITS: readonly string[] = Array.from(
	{ length: 7 },
	(_, i) => `${BUCKET_PREFIX}${String((i + 1) * (BUCKETS / 8)).padStart(3, '0')}`
);

/** The number of the bucket holding a fact's card (FNV-1a hash of the id). */
export function bucketNumber(id: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % BUCKETS;
}

/** The key of the bucket holding a fact's card. */
export function cardKey(id: string): string {
	return `${BUCKET_PREFIX}${String(bucketNumber(id)).padStart(3, '0')}`;
}

/** A bucket's entries; a stored value that is not a plain object has none. */
export function bucketEntries(bucket: unknown): [string, unknown][] {
	return isBucket(bucket) ? Object.entries(bucket) : [];
}

/**
 * Whether a stored value is a plain object, as a bucket must be. IndexedDB's structured clone
 * keeps a Map, a Date or a Blob as what it is, and each of them is an object with no entries of
 * its own: taken for a bucket, its cards would look unstudied and the next review would replace
 * it. The tag test holds across realms, where a prototype test would not.
 */
export function isBucket(value: unknown): value is Record<string, unknown> {
	return Object.prototype.toString.call(value) === '[object Object]';
}

/** The name a damaged card entry is reported under: its bucket key and its fact id. */
export const entryName = (key: string, id: string) => `${key}/${id}`;
