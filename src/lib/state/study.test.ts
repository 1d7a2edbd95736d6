import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { rawBank } from '$lib/bank/data';
import { indexBank } from '$lib/bank/lookup';
import { parseBank } from '$lib/bank/parse';
import { GRADES } from '$lib/srs/grades';
import { cardRecord, inBuckets, storedCard, storedLog } from '$lib/storage/fixtures/card-record';
import { indexedDbStore, type KeyValueStore } from '$lib/storage/kv';
import { saveSettings } from '$lib/storage/settings-save';
import { fullStore } from './fixtures/full-store';
import { Study } from './study.svelte';
import { plant, plantMany } from '$lib/storage/fixtures/plant';

const parsed = parseBank(rawBank);
if (!parsed.ok) throw new Error('the bank must parse');
const index = indexBank(parsed.bank);
const [first, second] = parsed.bank.facts;
const [again, , good, easy] = GRADES.map((g) => g.grade);

let n = 0;
const freshStore = () => indexedDbStore(`study-test-${++n}`, 'data');
const NOW = new Date('2026-03-02T10:00:00Z');
const DAY = '2026-03-02';

async function open(store: KeyValueStore, clock = () => NOW) {
	const study = new Study(store, index, { timeZone: 'UTC', clock });
	await study.load();
	return study;
}

/** After undo: the first card is new again and the day's log is empty. */
async function expectNothingStudied(store: KeyValueStore) {
	expect((await storedCard(store, first!.id)) as { card: { state: number } }).toMatchObject({
		card: { state: 0 }
	});
	expect(await storedLog(store, DAY)).toEqual([]);
}

describe('a study session', () => {
	it('starts with the day’s new cards in bank order', async () => {
		const study = await open(freshStore());
		expect(study.view.counts).toEqual({ new: 20, learning: 0, due: 0 });
		expect(study.view.current?.id).toBe(first!.id);
		expect(study.view.intervals?.[again!]).toBe(60_000);
		study.dispose();
	});

	it('stores a review before showing the next card, and undo takes it back', async () => {
		const store = freshStore();
		const study = await open(store);
		await study.grade(good!); // not revealed yet: ignored
		expect(study.reviewed).toBe(0);
		study.reveal();
		await study.grade(good!);
		expect(study.view.current?.id).toBe(second!.id);
		expect(study.view.counts.new).toBe(19);
		expect((await storedCard(store, first!.id)) as { card: { state: number } }).toMatchObject({
			card: { state: 1 }
		});
		expect(await storedLog(store, DAY)).toHaveLength(1);

		await study.undo();
		expect(study.view.current?.id).toBe(first!.id);
		expect(study.view.revealed).toBe(false);
		expect(study.view.counts.new).toBe(20);
		await expectNothingStudied(store);
		study.dispose();
	});

	it('studies only one paragraph’s cards when asked (/study#p=N)', async () => {
		const paragraph = second!.source.paragraph;
		const study = new Study(freshStore(), index, { timeZone: 'UTC', clock: () => NOW, paragraph });
		await study.load();
		const ids = parsed.bank.facts.filter((f) => f.source.paragraph === paragraph).map((f) => f.id);
		expect(study.view.cards.map((c) => c.id)).toEqual(ids);
		expect(study.view.current && ids).toContain(study.view.current?.id);
		study.dispose();
	});

	it('records how long each answer took, from the card shown to its grade', async () => {
		const store = freshStore();
		let now = NOW.getTime();
		const study = await open(store, () => new Date(now));
		now += 7_500;
		study.reveal();
		await study.grade(good!);
		// The next card appeared at the grade; a minute and more on it counts as a minute.
		now += 5 * 60_000;
		study.reveal();
		await study.grade(good!);
		const log = (await storedLog(store, DAY)) as { cardId: string; took?: number }[];
		expect(log.map((entry) => [entry.cardId, entry.took])).toEqual([
			[first!.id, 7_500],
			[second!.id, 60_000]
		]);
		study.dispose();
	});

	it('keeps a review pending while storage fails, shows why, and lands it on retry', async () => {
		const real = freshStore();
		let failures = 1;
		const store = fullStore(real, () => failures-- > 0);
		const study = await open(store);
		study.reveal();
		const grading = study.grade(easy!);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(study.saveError).toMatch(/out of storage space/);
		expect(study.pending).toBe(true);
		expect(study.view.current?.id).toBe(first!.id);
		study.retry();
		await grading;
		expect(study.saveError).toBeUndefined();
		expect(study.view.current?.id).toBe(second!.id);
		expect(await storedCard(real, first!.id)).toBeDefined();
		study.dispose();
	});

	it('never overwrites a card another tab studied meanwhile', async () => {
		const store = freshStore();
		const study = await open(store);
		const otherTab = cardRecord({ id: first!.id, updatedAt: NOW.getTime() + 5 });
		await plantMany(store, inBuckets([[first!.id, otherTab]]));
		study.reveal();
		await study.grade(again!);
		expect(await storedCard(store, first!.id)).toEqual(otherTab);
		expect(study.notice).toMatch(/another tab/);
		expect(study.reviewed).toBe(0);
		study.dispose();
	});

	it('sets a damaged record aside, keeps it, and studies the rest', async () => {
		const store = freshStore();
		const damaged = { schema: 2, id: first!.id, card: 'garbage' };
		await plantMany(store, inBuckets([[first!.id, damaged]]));
		const study = await open(store);
		expect(study.view.damaged).toBe(1);
		expect(study.view.cards.some((c) => c.id === first!.id)).toBe(false);
		expect(study.view.current?.id).toBe(second!.id);
		study.reveal();
		await study.grade(good!);
		expect(await storedCard(store, first!.id)).toEqual(damaged);
		study.dispose();
	});

	it('regression: a damaged review-log day is never written over; the session says the log is damaged', async () => {
		const store = freshStore();
		await plant(store, `log:${DAY}`, 'garbage');
		const study = await open(store);
		expect(study.view.logDamaged).toBe(1);
		study.reveal();
		expect(await study.grade(good!)).toBe(true);
		expect(await store.get(`log:${DAY}`)).toBe('garbage');
		expect(await store.get(`log:${DAY}#000000`)).toMatchObject([{ cardId: first!.id }]);
		expect(study.view.done).toEqual({ newCards: 1, reviews: 0 });
		study.dispose();
	});

	it('ends the day at the new-card limit with the next due time and tomorrow’s counts', async () => {
		const store = freshStore();
		await saveSettings(store, { retention: 0.9, newPerDay: 2, reviewsPerDay: 200 });
		const study = await open(store);
		for (let i = 0; i < 2; i++) {
			study.reveal();
			await study.grade(easy!);
		}
		expect(study.view.current).toBeUndefined();
		expect(study.view.outlook?.tomorrow).toEqual({ reviews: 0, new: 2 });
		expect(study.view.outlook?.nextDue?.getTime()).toBeGreaterThan(NOW.getTime() + 86_400_000);

		const reopened = await open(store);
		expect(reopened.view.counts).toEqual({ new: 0, learning: 0, due: 0 });
		study.dispose();
		reopened.dispose();
	});

	it('buries a card until the next study day', async () => {
		const store = freshStore();
		let now = NOW;
		const study = await open(store, () => now);
		await study.bury();
		expect(study.view.current?.id).toBe(second!.id);
		expect(study.view.cards.find((c) => c.id === first!.id)?.buriedUntil).toBe('2026-03-03');
		now = new Date('2026-03-03T05:00:00Z');
		const tomorrow = await open(store, () => now);
		expect(tomorrow.view.current?.id).toBe(first!.id);
		study.dispose();
		tomorrow.dispose();
	});
});

describe('a study session, at the edges', () => {
	it('undoes two answers on the same card, back to new, in storage too', async () => {
		const store = freshStore();
		let now = NOW;
		const study = await open(store, () => now);
		study.reveal();
		await study.grade(again!); // learning, due in a minute
		now = new Date(NOW.getTime() + 25 * 60_000); // the learning card comes back first
		study.view.now = now;
		// Answer the new card that is shown, then the learning card once it is due.
		while (study.view.current?.id !== first!.id) {
			study.reveal();
			await study.grade(easy!);
		}
		study.reveal();
		expect(await study.grade(good!)).toBe(true);
		const log = await storedLog(store, DAY);
		expect(await study.undo()).toBe(true);
		for (let i = 0; i < log.length - 2; i++) expect(await study.undo()).toBe(true);
		expect(await study.undo()).toBe(true);
		expect(study.notice).toBeUndefined();
		await expectNothingStudied(store);
		study.dispose();
	});

	it('starts a new day’s counts at 04:00, even when the first answer comes before the clock tick', async () => {
		const store = freshStore();
		await saveSettings(store, { retention: 0.9, newPerDay: 2, reviewsPerDay: 200 });
		let now = new Date('2026-03-03T03:59:00Z');
		const study = await open(store, () => now);
		study.reveal();
		await study.grade(easy!);
		expect(study.view.counts.new).toBe(1);
		now = new Date('2026-03-03T04:00:05Z');
		study.reveal();
		await study.grade(easy!);
		expect(study.view.done).toEqual({ newCards: 1, reviews: 0 });
		expect(study.view.counts.new).toBe(1);
		study.dispose();
	});

	it('asks the browser to keep the data after the first review, once', async () => {
		const persist = vi.fn(async () => true);
		vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
		try {
			const study = await open(freshStore());
			study.reveal();
			expect(persist).not.toHaveBeenCalled();
			await study.grade(good!);
			await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
			study.reveal();
			await study.grade(good!);
			expect(persist).toHaveBeenCalledTimes(1);
			study.dispose();
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
