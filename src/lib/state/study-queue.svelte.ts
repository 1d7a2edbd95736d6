import type { BankIndex } from '$lib/bank/lookup';
import type { Fact } from '$lib/bank/schema';
import { nextCard, nextDue, tomorrowCounts } from '$lib/srs/next-card';
import { dueQueue, isLearning, queueCounts, type DeckCard, type DoneToday } from '$lib/srs/queue';
import { createScheduler, type Card } from '$lib/srs/scheduler';
import { studyDayEnd } from '$lib/srs/day-end';
import { studyDay } from '$lib/srs/study-day';
import type { CardRecord } from '$lib/storage/card-record';
import { DEFAULT_SETTINGS, type Settings } from '$lib/storage/settings';
import { StudyRecords } from './study-records';

export type StudyCard = DeckCard<Card>;

/**
 * What the study screen shows: the deck as cards, today's queue and counts, the card shown and
 * its intervals, and the outlook once the day is done. It changes only when told to.
 */
export class StudyQueue {
	cards = $state.raw<StudyCard[]>([]);
	done = $state.raw<DoneToday>({ newCards: 0, reviews: 0 });
	settings = $state.raw<Settings>(DEFAULT_SETTINGS);
	now = $state.raw<Date>() as Date;
	shownId = $state<string>();
	revealed = $state(false);
	/** Damaged card records set aside (kept, reported in settings). */
	damaged = $state(0);
	/** Damaged records or entries in today's review log (kept; today's reviews go elsewhere). */
	logDamaged = $state(0);
	readonly records = new StudyRecords();
	scheduler = $state.raw(createScheduler(DEFAULT_SETTINGS.retention));

	readonly #index: BankIndex;
	readonly #timeZone: string;
	/** The one paragraph of the article studied (`/study#p=N`), or undefined for the whole deck. */
	readonly paragraph: number | undefined;

	constructor(index: BankIndex, timeZone: string, now: Date, paragraph?: number) {
		this.#index = index;
		this.#timeZone = timeZone;
		this.now = now;
		this.paragraph = paragraph;
	}

	readonly today = $derived.by(() => studyDay(this.now, this.#timeZone));
	readonly queue = $derived(dueQueue(this.cards, this.now, this.today, this.settings, this.done));
	readonly current = $derived(this.cards.find((c) => c.id === this.shownId));
	readonly counts = $derived.by(() => {
		const counts = queueCounts(this.queue);
		// A learning card shown ahead of time (nothing else left) counts as learning, as in Anki.
		const ahead =
			this.current && !this.queue.learning.includes(this.current) && isLearning(this.current.card);
		return ahead ? { ...counts, learning: counts.learning + 1 } : counts;
	});
	readonly remaining = $derived(this.counts.new + this.counts.learning + this.counts.due);
	readonly fact = $derived.by<Fact | undefined>(() =>
		this.current ? this.#index.factById.get(this.current.id) : undefined
	);
	/** The shown fact's short answer, if it has one: the card's back shows its key points. */
	readonly written = $derived.by(() => {
		const item = this.fact && this.#index.itemById.get(`${this.fact.id}/short-answer`);
		return item?.type === 'short-answer' ? item : undefined;
	});
	/** How long until the shown card is due again after each grade, in milliseconds. */
	readonly intervals = $derived(
		this.current ? this.scheduler.preview(this.current.card, this.now) : undefined
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

	/** The study day a moment falls on, in the learner's time zone. */
	dayOf(now: Date): string {
		return studyDay(now, this.#timeZone);
	}

	/** Shows the whole deck from these records (a load, or another tab's import). */
	show(records: readonly CardRecord[], corrupt: readonly string[]): void {
		this.records.replace(records, corrupt);
		this.damaged = corrupt.length;
		const paragraph = this.paragraph;
		// One pass over the bank, no lists in between: it runs on every fact before the first card.
		const cards: StudyCard[] = [];
		for (const fact of this.#index.bank.facts)
			if (
				(paragraph === undefined || fact.source.paragraph === paragraph) &&
				!this.records.isDamaged(fact.id)
			)
				cards.push(this.#deckCard(fact.id));
		this.cards = cards;
	}

	/** Puts a stored record into the deck shown (keeping the deck's order). */
	keep(record: CardRecord): void {
		this.records.set(record);
		this.cards = this.cards.map((c) => (c.id === record.id ? this.#deckCard(record.id) : c));
	}

	applySettings(settings: Settings): void {
		this.settings = settings;
		this.scheduler = createScheduler(settings.retention);
	}

	/** Shows the next card the queue offers (or none: done for today). */
	advance(): void {
		this.shownId = nextCard(this.queue, this.cards, this.now, this.today)?.id;
		this.revealed = false;
	}

	#deckCard(id: string): StudyCard {
		const record = this.records.get(id);
		// A stored record is the deck's card itself: it holds the id, card and flags a card needs.
		return record ?? { id, card: this.scheduler.newCard(this.now) };
	}
}
