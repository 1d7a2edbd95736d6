import type { BankIndex } from '$lib/bank/lookup';
import type { GradeValue } from '$lib/srs/grades';
import { nextStudyDay } from '$lib/srs/day-end';
import type { CardRecord } from '$lib/storage/card-record';
import { loadDeck } from '$lib/storage/deck';
import type { KeyValueStore } from '$lib/storage/kv';
import { requestPersistence } from '$lib/storage/persistence';
import { saveReview, undoReview, type ReviewEntry, type WriteResult } from '$lib/storage/reviews';
import { readDay } from '$lib/storage/log-record';
import { loadSettings } from '$lib/storage/settings';
import { announceChange, onChange, type Change } from './changes';
import { systemClock } from './clock';
import { newId } from './ids';
import { DayRollover } from './study-day-rollover';
import { StudyQueue, type StudyCard } from './study-queue.svelte';
import {
	afterUndo,
	countDone,
	stampRecord,
	tookMs,
	withStep,
	type CardChange,
	type Shown,
	type Step
} from './study-steps';
import { countedAs } from '$lib/srs/queue';
import { catchUp } from './study-sync';
import { WriteThrough, type WriteTiming } from './write-through.svelte';

/**
 * A study session over the deck: grading, bury, suspend and undo of the card `view` shows.
 * Every change is written through to IndexedDB before the screen moves on; a failed write shows
 * `saveError`, keeps the change pending and retries it. Other tabs' changes arrive over
 * BroadcastChannel, and a change based on a card another tab has since changed is refused.
 */
export class Study {
	readonly view: StudyQueue;
	readonly writes: WriteThrough;
	/** Reviews done in this session, for the progress bar. */
	reviewed = $state(0);
	/** A short message about something another tab did. */
	notice = $state<string>();
	steps = $state.raw<Step[]>([]);

	readonly #store: KeyValueStore;
	readonly #clock: () => Date;
	readonly #day: DayRollover;
	#stop: () => void = () => {};
	#disposed = false;
	#shown: Shown | undefined;

	constructor(
		store: KeyValueStore,
		index: BankIndex,
		{
			timeZone,
			clock = systemClock,
			timing,
			paragraph
		}: { timeZone: string; clock?: () => Date; timing?: WriteTiming; paragraph?: number }
	) {
		this.#store = store;
		this.#clock = clock;
		this.view = new StudyQueue(index, timeZone, clock(), paragraph);
		this.#day = new DayRollover(this.view);
		this.writes = new WriteThrough(timing, 'your latest review');
	}

	/** A change is being written; the screen waits for it. */
	get pending(): boolean {
		return this.writes.pending;
	}

	get saveError(): string | undefined {
		return this.writes.error;
	}

	readonly progress = $derived.by(() => {
		const { remaining } = this.view;
		return this.reviewed + remaining === 0 ? 1 : this.reviewed / (this.reviewed + remaining);
	});

	/** Reads settings, the deck and today's progress, then shows the first card. */
	async load(): Promise<void> {
		performance.mark('deck-load-start');
		const view = this.view;
		view.now = this.#clock();
		const [{ settings }, { records: cards, corrupt }, day] = await Promise.all([
			loadSettings(this.#store),
			loadDeck(this.#store),
			readDay(this.#store, view.today)
		]);
		view.done = day.done;
		view.logDamaged = day.damaged.length;
		this.#day.counting(view.today);
		view.applySettings(settings);
		view.show(cards, corrupt);
		view.advance();
		this.#markShown(view.now);
		performance.measure('deck-load', 'deck-load-start');
		if (this.#disposed) return;
		const stopListening = onChange((change) => void this.#catchUp(change));
		const stopTicking = this.#day.follow(this.#clock, () => this.pending);
		this.#stop = () => {
			stopListening();
			stopTicking();
		};
	}

	/** Stops listening to other tabs, the clock and retries: the page is leaving. */
	dispose(): void {
		this.#disposed = true;
		this.#stop();
		this.writes.dispose();
	}

	reveal(): void {
		if (this.view.current) this.view.revealed = true;
	}

	/**
	 * Answers the shown card; the next card appears once the review is stored. True when it
	 * was (false: nothing to grade, a write already under way, or refused).
	 */
	async grade(grade: GradeValue): Promise<boolean> {
		const shown = this.view.current;
		if (!shown || !this.view.revealed || this.pending) return false;
		const now = this.#clock();
		this.#day.sync(now);
		const { card, log } = this.view.scheduler.review(shown.card, grade, now);
		const before = this.view.records.get(shown.id);
		const after = this.#stamp(shown, { card }, now);
		const took = tookMs(this.#shown, shown.id, now);
		const entry: ReviewEntry = {
			...log,
			id: newId(),
			cardId: shown.id,
			...(took === undefined ? {} : { took })
		};
		const day = this.view.dayOf(now);
		const result = await this.#write(() =>
			saveReview(this.#store, { record: after, base: before, day, entry })
		);
		if (result !== 'saved') return this.#refused(shown.id, result);
		const counted = countedAs(log.state);
		this.view.done = countDone(this.view.done, counted, 1);
		this.reviewed++;
		this.#commit({ before, after, day, review: { entryId: entry.id, log, counted } }, now);
		if (this.reviewed === 1) void requestPersistence();
		return true;
	}

	/** Hides the shown card until the next study day. */
	bury(): Promise<boolean> {
		return this.#change((now) => ({ buriedUntil: nextStudyDay(this.view.dayOf(now)) }));
	}

	/** Takes the shown card out of study until it is unsuspended. */
	suspend(): Promise<boolean> {
		return this.#change(() => ({ suspended: true }));
	}

	/** Takes back the last review, bury or suspend of this session, and shows that card again. */
	async undo(): Promise<boolean> {
		const step = this.steps.at(-1);
		if (!step || this.pending) return false;
		const now = this.#clock();
		this.#day.sync(now);
		const restored = this.#stamp(
			step.after,
			{
				card: step.review
					? this.view.scheduler.undo(step.after.card, step.review.log)
					: step.after.card,
				suspended: step.before?.suspended ?? false,
				buriedUntil: step.before?.buriedUntil ?? null
			},
			now
		);
		const result = await this.#write(() =>
			undoReview(this.#store, {
				restored,
				reviewed: step.after,
				day: step.day,
				entryId: step.review?.entryId
			})
		);
		if (result === 'failed') return false;
		if (result === 'stale') {
			this.steps = this.steps.filter((s) => s !== step);
			return this.#refused(step.after.id, result);
		}
		this.steps = afterUndo(this.steps, step, restored);
		const view = this.view;
		view.keep(restored);
		if (this.#day.counts(step.day)) view.done = countDone(view.done, step.review?.counted, -1);
		if (step.review) this.reviewed = Math.max(0, this.reviewed - 1);
		view.now = now;
		view.shownId = restored.id;
		view.revealed = false;
		this.#markShown(now);
		announceChange({ kind: 'cards', ids: [restored.id] });
		return true;
	}

	/** Writes the pending change now instead of waiting for the next retry. */
	retry(): void {
		this.writes.retryNow();
	}

	async #change(change: (now: Date) => CardChange): Promise<boolean> {
		const shown = this.view.current;
		if (!shown || this.pending) return false;
		const now = this.#clock();
		this.#day.sync(now);
		const before = this.view.records.get(shown.id);
		const after = this.#stamp(shown, change(now), now);
		const day = this.view.dayOf(now);
		const result = await this.#write(() =>
			saveReview(this.#store, { record: after, base: before, day })
		);
		if (result !== 'saved') return this.#refused(shown.id, result);
		this.#commit({ before, after, day }, now);
		return true;
	}

	#stamp(card: StudyCard | CardRecord, change: CardChange, now: Date): CardRecord {
		return stampRecord(card, change, this.view.records.get(card.id)?.updatedAt ?? 0, now);
	}

	#commit(step: Step, now: Date): void {
		this.view.keep(step.after);
		this.steps = withStep(this.steps, step);
		this.view.now = now;
		this.view.advance();
		this.#markShown(now);
		announceChange({ kind: 'cards', ids: [step.after.id] });
	}

	/** Notes when the card now on screen appeared (a new showing, even of the same card). */
	#markShown(now: Date): void {
		const id = this.view.shownId;
		this.#shown = id === undefined ? undefined : { id, at: now.getTime() };
	}

	async #write(operation: () => Promise<WriteResult>): Promise<WriteResult | 'failed'> {
		this.notice = undefined;
		const written = await this.writes.run(operation);
		return written.ok ? written.value : 'failed';
	}

	/**
	 * A write that did not happen: 'failed' leaves its message on screen; 'stale' means another
	 * tab changed the card first, so this tab shows that state and says so. Always false.
	 */
	async #refused(id: string, result: 'stale' | 'failed'): Promise<false> {
		if (result === 'stale') {
			await this.#catchUp({ kind: 'cards', ids: [id] });
			this.notice = 'That card was just studied in another tab, so this tab has caught up with it.';
		}
		return false;
	}

	async #catchUp(change: Change): Promise<void> {
		if (this.#disposed) return;
		const touched = await catchUp(this.#store, this.view, this.#day, change, this.#clock);
		this.steps = this.steps.filter((step) => !touched(step.after.id));
	}
}
