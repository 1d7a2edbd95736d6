/* eslint-disable svelte/prefer-svelte-reactivity -- dates here are replaced, never mutated, and
   the records map is deliberately not reactive: `cards` is the reactive view of it. */
import type { BankIndex } from '$lib/bank/lookup';
import type { Fact } from '$lib/bank/schema';
import { nextCard, nextDue, tomorrowCounts } from '$lib/srs/outlook';
import { dueQueue, isLearning, queueCounts, type DeckCard, type DoneToday } from '$lib/srs/queue';
import { createScheduler, type Card, type GradeValue, type ReviewLog } from '$lib/srs/scheduler';
import { nextStudyDay, studyDayEnd } from '$lib/srs/day-end';
import { studyDay } from '$lib/srs/study-day';
import { cardKey } from '$lib/storage/card-buckets';
import { loadDeck, readCard, type CardRecord } from '$lib/storage/deck';
import { storageError, toStorageError, type KeyValueStore } from '$lib/storage/kv';
import { SCHEMA_VERSION } from '$lib/storage/migrations';
import { requestPersistence } from '$lib/storage/persistence';
import { saveReview, undoReview, type ReviewEntry, type WriteResult } from '$lib/storage/reviews';
import { readDay } from '$lib/storage/log-record';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '$lib/storage/settings';
import { announceChange, onChange, type Change } from './changes';
import { newId } from './storage';

const RETRY_MS = 3000;
const TICK_MS = 15_000;
const STALL_MS = 4000;

type StudyCard = DeckCard<Card>;

/** What one step of the session changed, so that Z can take it back. */
interface Step {
	before: CardRecord | undefined;
	after: CardRecord;
	day: string;
	/** The review it recorded; bury and suspend record none. */
	review?: { entryId: string; log: ReviewLog; counted: keyof DoneToday | undefined };
}

const countedAs = (state: number): keyof DoneToday | undefined =>
	state === 0 ? 'newCards' : state === 2 ? 'reviews' : undefined;

/**
 * A study session over the deck: today's queue, the card shown, grading, bury, suspend and undo.
 * Every change is written through to IndexedDB before the screen moves on; a failed write shows
 * `saveError`, keeps the change pending and retries it. Other tabs' changes arrive over
 * BroadcastChannel, and a change based on a card another tab has since changed is refused.
 */
export class Study {
	cards = $state.raw<StudyCard[]>([]);
	done = $state.raw<DoneToday>({ newCards: 0, reviews: 0 });
	settings = $state.raw<Settings>(DEFAULT_SETTINGS);
	now = $state.raw(new Date());
	shownId = $state<string>();
	revealed = $state(false);
	/** Reviews done in this session, for the progress bar. */
	reviewed = $state(0);
	/** A change is being written; the screen waits for it. */
	pending = $state(false);
	saveError = $state<string>();
	/** A short message about something another tab did. */
	notice = $state<string>();
	steps = $state.raw<Step[]>([]);
	/** Damaged card records set aside (kept, reported in settings). */
	damaged = $state(0);
	/** Damaged records or entries in today's review log (kept; today's reviews go elsewhere). */
	logDamaged = $state(0);

	readonly #store: KeyValueStore;
	readonly #index: BankIndex;
	readonly #timeZone: string;
	readonly #clock: () => Date;
	#records = new Map<string, CardRecord>();
	/** The study day `done` counts. */
	#doneDay = '';
	#damaged = new Set<string>();
	#scheduler = createScheduler(DEFAULT_SETTINGS.retention);
	#retryNow: (() => void) | undefined;
	#stopListening: () => void = () => {};
	#tick: ReturnType<typeof setInterval> | undefined;
	#disposed = false;

	constructor(
		store: KeyValueStore,
		index: BankIndex,
		{ timeZone, clock = () => new Date() }: { timeZone: string; clock?: () => Date }
	) {
		this.#store = store;
		this.#index = index;
		this.#timeZone = timeZone;
		this.#clock = clock;
	}

	readonly today = $derived.by(() => studyDay(this.now, this.#timeZone));
	readonly queue = $derived(dueQueue(this.cards, this.now, this.today, this.settings, this.done));
	readonly counts = $derived.by(() => {
		const counts = queueCounts(this.queue);
		// A learning card shown ahead of time (nothing else left) counts as learning, as in Anki.
		const ahead =
			this.current && !this.queue.learning.includes(this.current) && isLearning(this.current.card);
		return ahead ? { ...counts, learning: counts.learning + 1 } : counts;
	});
	readonly remaining = $derived(this.counts.new + this.counts.learning + this.counts.due);
	readonly current = $derived(this.cards.find((c) => c.id === this.shownId));
	readonly fact = $derived.by<Fact | undefined>(() =>
		this.current ? this.#index.factById.get(this.current.id) : undefined
	);
	/** How long until the shown card is due again after each grade, in milliseconds. */
	readonly intervals = $derived(
		this.current ? this.#scheduler.preview(this.current.card, this.now) : undefined
	);
	readonly progress = $derived(
		this.reviewed + this.remaining === 0 ? 1 : this.reviewed / (this.reviewed + this.remaining)
	);
	/** When the day's queue is empty: the next due time and what tomorrow holds. */
	readonly outlook = $derived.by(() =>
		this.shownId === undefined
			? {
					nextDue: nextDue(this.cards),
					tomorrow: tomorrowCounts(
						this.cards,
						studyDayEnd(studyDayEnd(this.now, this.#timeZone), this.#timeZone),
						this.settings
					)
				}
			: undefined
	);

	/** Reads settings, the deck and today's progress, then shows the first card. */
	async load(): Promise<void> {
		performance.mark('deck-load-start');
		this.now = this.#clock();
		const [{ settings }, { cards, corrupt }, day] = await Promise.all([
			loadSettings(this.#store),
			loadDeck(this.#store),
			readDay(this.#store, this.today)
		]);
		this.done = day.done;
		this.logDamaged = day.damaged.length;
		this.#doneDay = this.today;
		this.#applySettings(settings);
		this.#setAside(corrupt);
		this.#records = new Map(cards.map((record) => [record.id, record]));
		this.cards = this.#deckCards();
		this.#advance();
		performance.measure('deck-load', 'deck-load-start');
		if (this.#disposed) return;
		this.#stopListening = onChange((change) => void this.#reload(change));
		this.#tick = setInterval(() => this.#onTick(), TICK_MS);
	}

	/** Stops listening to other tabs, the clock and retries: the page is leaving. */
	dispose(): void {
		this.#disposed = true;
		this.#stopListening();
		clearInterval(this.#tick);
		this.#retryNow?.();
	}

	reveal(): void {
		if (this.current) this.revealed = true;
	}

	/**
	 * Answers the shown card; the next card appears once the review is stored. True when it
	 * was (false: nothing to grade, a write already under way, or refused).
	 */
	async grade(grade: GradeValue): Promise<boolean> {
		const shown = this.current;
		if (!shown || !this.revealed || this.pending) return false;
		const now = this.#clock();
		this.#syncDay(now);
		const { card, log } = this.#scheduler.review(shown.card, grade, now);
		const before = this.#records.get(shown.id);
		const after = this.#record(shown, { card }, now);
		const entry: ReviewEntry = { ...log, id: newId(), cardId: shown.id };
		const day = studyDay(now, this.#timeZone);
		const result = await this.#write(() =>
			saveReview(this.#store, { record: after, base: before, day, entry })
		);
		if (result !== 'saved') return this.#refused(shown.id, result);
		const counted = countedAs(log.state);
		if (counted) this.done = { ...this.done, [counted]: this.done[counted] + 1 };
		this.reviewed++;
		this.#commit({ before, after, day, review: { entryId: entry.id, log, counted } }, now);
		if (this.reviewed === 1) void requestPersistence();
		return true;
	}

	/** Hides the shown card until the next study day. */
	bury(): Promise<boolean> {
		return this.#change((now) => ({ buriedUntil: nextStudyDay(studyDay(now, this.#timeZone)) }));
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
		this.#syncDay(now);
		const restored = this.#record(
			step.after,
			{
				card: step.review
					? this.#scheduler.undo(step.after.card, step.review.log)
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
		this.steps = this.steps.filter((s) => s !== step);
		if (result === 'stale') return this.#refused(step.after.id, result);
		this.#keep(restored);
		// An earlier step on the same card now undoes from the restored state.
		const earlier = this.steps.findLastIndex((s) => s.after.id === restored.id);
		if (earlier >= 0)
			this.steps = this.steps.with(earlier, { ...this.steps[earlier]!, after: restored });
		const counted = step.review?.counted;
		if (counted && step.day === this.#doneDay)
			this.done = { ...this.done, [counted]: Math.max(0, this.done[counted] - 1) };
		if (step.review) this.reviewed = Math.max(0, this.reviewed - 1);
		this.now = now;
		this.shownId = restored.id;
		this.revealed = false;
		announceChange({ kind: 'cards', ids: [restored.id] });
		return true;
	}

	/** Writes the pending change now instead of waiting for the next retry. */
	retry(): void {
		this.#retryNow?.();
	}

	async #change(
		change: (now: Date) => Partial<Pick<CardRecord, 'suspended' | 'buriedUntil'>>
	): Promise<boolean> {
		const shown = this.current;
		if (!shown || this.pending) return false;
		const now = this.#clock();
		this.#syncDay(now);
		const before = this.#records.get(shown.id);
		const after = this.#record(shown, change(now), now);
		const day = studyDay(now, this.#timeZone);
		const result = await this.#write(() =>
			saveReview(this.#store, { record: after, base: before, day })
		);
		if (result !== 'saved') return this.#refused(shown.id, result);
		this.#commit({ before, after, day }, now);
		return true;
	}

	/** A card record for `card` with some fields changed, stamped later than its stored state. */
	#record(
		card: Pick<StudyCard, 'id' | 'card' | 'suspended' | 'buriedUntil'>,
		change: Partial<Pick<CardRecord, 'card' | 'suspended' | 'buriedUntil'>>,
		now: Date
	): CardRecord {
		const stored = this.#records.get(card.id)?.updatedAt ?? 0;
		return {
			schema: SCHEMA_VERSION,
			id: card.id,
			card: card.card,
			suspended: card.suspended ?? false,
			buriedUntil: card.buriedUntil ?? null,
			...change,
			updatedAt: Math.max(now.getTime(), stored + 1)
		};
	}

	#commit(step: Step, now: Date): void {
		this.#keep(step.after);
		this.steps = [...this.steps.slice(-49), step];
		this.now = now;
		this.#advance();
		announceChange({ kind: 'cards', ids: [step.after.id] });
	}

	/** Puts a stored record into the deck shown (keeping the deck's order). */
	#keep(record: CardRecord): void {
		this.#records.set(record.id, record);
		this.cards = this.cards.map((c) => (c.id === record.id ? this.#deckCard(record.id) : c));
	}

	/**
	 * The bank's facts in order, as cards. A fact whose stored record is damaged is left out:
	 * studying it would write over the record the settings page reports.
	 */
	#deckCards(): StudyCard[] {
		return this.#index.bank.facts
			.filter((fact) => !this.#damaged.has(fact.id) && !this.#damaged.has(cardKey(fact.id)))
			.map((fact) => this.#deckCard(fact.id));
	}

	/** Damaged entries (`cards:NNN/<id>`) and whole damaged buckets (`cards:NNN`) are set aside. */
	#setAside(corrupt: string[]): void {
		this.#damaged = new Set(corrupt.map((name) => name.split('/')[1] ?? name));
		this.damaged = corrupt.length;
	}

	#deckCard(id: string): StudyCard {
		const record = this.#records.get(id);
		if (!record) return { id, card: this.#scheduler.newCard(this.now) };
		return { id, card: record.card, suspended: record.suspended, buriedUntil: record.buriedUntil };
	}

	#advance(): void {
		this.shownId = nextCard(this.queue, this.cards, this.now, this.today)?.id;
		this.revealed = false;
	}

	#applySettings(settings: Settings): void {
		this.settings = settings;
		this.#scheduler = createScheduler(settings.retention);
	}

	/**
	 * A write that did not happen: 'failed' leaves its message on screen; 'stale' means another
	 * tab changed the card first, so this tab shows that state and says so. Always false.
	 */
	async #refused(id: string, result: 'stale' | 'failed'): Promise<false> {
		if (result === 'stale') {
			await this.#reload({ kind: 'cards', ids: [id] });
			this.notice = 'That card was just studied in another tab, so this tab has caught up with it.';
		}
		return false;
	}

	/** Runs a write until it lands: a failure is shown and retried, never dropped. */
	async #write(operation: () => Promise<WriteResult>): Promise<WriteResult | 'failed'> {
		this.pending = true;
		this.notice = undefined;
		// A write that hangs (a database another tab holds) says so, and keeps waiting.
		const stalled = setTimeout(
			() => (this.saveError ??= storageError('blocked').message),
			STALL_MS
		);
		try {
			for (;;) {
				try {
					const result = await operation();
					this.saveError = undefined;
					return result;
				} catch (error) {
					const failure = toStorageError(error);
					this.saveError = failure.message;
					// Data from a newer app is never written over; the message says to reload.
					if (failure.reason === 'read-only' || this.#disposed) return 'failed';
					await new Promise<void>((resume) => {
						const timer = setTimeout(resume, RETRY_MS);
						this.#retryNow = () => {
							clearTimeout(timer);
							resume();
						};
					});
					this.#retryNow = undefined;
				}
			}
		} finally {
			clearTimeout(stalled);
			this.pending = false;
		}
	}

	/** Picks up what another tab (or an import) stored. */
	async #reload(change: Change): Promise<void> {
		if (this.#disposed) return;
		if (change.kind === 'settings' || change.kind === 'all')
			this.#applySettings((await loadSettings(this.#store)).settings);
		if (change.kind === 'all') {
			const { cards, corrupt } = await loadDeck(this.#store);
			this.#setAside(corrupt);
			this.#records = new Map(cards.map((record) => [record.id, record]));
			this.cards = this.#deckCards();
		} else if (change.kind === 'cards') {
			for (const id of change.ids) {
				const record = await readCard(this.#store, id);
				if (record) this.#keep(record);
			}
		}
		this.now = this.#clock();
		const day = await readDay(this.#store, this.today);
		this.done = day.done;
		this.logDamaged = day.damaged.length;
		this.#doneDay = this.today;
		const touched = (id: string) =>
			change.kind === 'all' || (change.kind === 'cards' && change.ids.includes(id));
		// Undo must not roll back over another tab's newer state.
		this.steps = this.steps.filter((step) => !touched(step.after.id));
		if (this.shownId === undefined || touched(this.shownId)) this.#advance();
	}

	/** A new study day starts with nothing done (however the clock got there: a tick or a grade). */
	#syncDay(now: Date): void {
		const day = studyDay(now, this.#timeZone);
		if (day === this.#doneDay) return;
		this.#doneDay = day;
		this.done = { newCards: 0, reviews: 0 };
	}

	/** The clock moves on: a learning card may have come due, or a new study day begun. */
	#onTick(): void {
		const now = this.#clock();
		this.#syncDay(now);
		this.now = now;
		if (this.shownId === undefined && !this.pending) this.#advance();
	}
}
