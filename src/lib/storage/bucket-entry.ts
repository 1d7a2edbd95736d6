import { isBucket } from './card-buckets';
import { readCardRecord, type CardRecord } from './card-record';

// One card in its bucket, read out or set: what the writes (a review, an import, a migration) and
// one-card reads need, apart from card-buckets.ts and card-record.ts, which the home page loads
// for its counts and never writes.

/** A fact's card as stored in its bucket, if it is there and passes its checks. */
export function cardIn(bucket: unknown, id: string): CardRecord | undefined {
	if (!isBucket(bucket) || !Object.hasOwn(bucket, id)) return undefined;
	const record = readCardRecord(bucket[id]);
	return record?.id === id ? record : undefined;
}

/** A copy of a bucket with one card's entry set (the other entries, damaged or not, kept). */
export function withCard(bucket: unknown, id: string, value: unknown): Record<string, unknown> {
	return { ...(isBucket(bucket) ? bucket : {}), [id]: value };
}
