import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { indexedDbStore } from './kv';
import { metaVersion, readOnlyReason } from './meta';
import { READ_ONLY_WORDS } from './meta-words';
import { prepareStore } from './open';
import { saveSettings } from './settings-save';
import { DEFAULT_SETTINGS } from './settings';
import { saveAttempt } from './attempts';
import { cardRecord } from './fixtures/card-record';
import { logEntry } from './fixtures/log-entry';
import { saveReview } from './reviews';
import { plant, plantMany } from '$lib/storage/fixtures/plant';

let n = 0;
const freshStore = () => indexedDbStore(`meta-test-${++n}`, 'data');

const GARBAGE: [string, unknown][] = [
	['a string', 'garbage'],
	['null', null],
	['a list', [2]],
	['a Map', new Map([['schemaVersion', 2]])],
	['no version', {}],
	['a version in words', { schemaVersion: 'two' }],
	['version zero', { schemaVersion: 0 }],
	['a fractional version', { schemaVersion: 2.5 }]
];

describe('the meta record', () => {
	it('names its version, or is missing, or is damaged', () => {
		expect(metaVersion(undefined)).toBeUndefined();
		expect(metaVersion({ schemaVersion: 2 })).toBe(2);
		for (const [, meta] of GARBAGE) expect(metaVersion(meta)).toBe('damaged');
		expect(readOnlyReason({ schemaVersion: 2 })).toBeUndefined();
		expect(readOnlyReason(undefined)).toBeUndefined();
		expect(readOnlyReason({ schemaVersion: 3 })).toBe('newer');
		expect(readOnlyReason('garbage')).toBe('damaged');
	});

	it.each(GARBAGE)(
		'regression: a garbage meta (%s) is never silently rewritten: the store is refused, read-only',
		async (_, meta) => {
			// It used to be taken for a new store: stamped with this version, skipping migrations.
			const store = freshStore();
			await plantMany(store, [
				['meta', meta],
				['settings', { ...DEFAULT_SETTINGS, newPerDay: 7 }]
			]);
			await expect(prepareStore(store)).rejects.toMatchObject({
				reason: 'read-only',
				message: READ_ONLY_WORDS.damaged
			});
			expect(await store.get('meta')).toEqual(meta);
			// A tab that opened the store before the damage can't write either.
			await expect(saveSettings(store, DEFAULT_SETTINGS)).rejects.toMatchObject({
				reason: 'read-only'
			});
			expect(await store.get('settings')).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 7 });
			// Nor can a review, whose log entry goes in through the chunked write.
			const review = { record: cardRecord(), base: undefined, day: '2026-03-02' };
			await expect(saveReview(store, { ...review, entry: logEntry('r1') })).rejects.toMatchObject({
				reason: 'read-only'
			});
			expect(await store.entries('log:')).toEqual([]);
		}
	);
});

it('saving settings is version-checked like every write: a newer app’s store is left alone', async () => {
	const store = freshStore();
	await prepareStore(store);
	await plant(store, 'meta', { schemaVersion: 99 });
	await expect(saveSettings(store, DEFAULT_SETTINGS)).rejects.toMatchObject({
		reason: 'read-only',
		message: READ_ONLY_WORDS.newer
	});
	expect(await store.get('settings')).toBeUndefined();
	await expect(saveAttempt(store, {} as never)).rejects.toMatchObject({ reason: 'read-only' });
});
