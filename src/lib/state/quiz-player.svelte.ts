import type { BankIndex } from '$lib/bank/lookup';
import type { Item } from '$lib/bank/schema';
import { NO_ANSWER, advance, answerCurrent, isFinished, type Attempt } from '$lib/quiz/attempt';
import type { QuizResponse } from '$lib/quiz/check';
import { verdictSentence } from '$lib/quiz/format';
import {
	answerSoFar,
	draftFromResponse,
	draftToResponse,
	emptyDraft,
	pickPosition,
	type Draft
} from '$lib/quiz/draft';
import { saveAttempt } from '$lib/storage/attempts';
import type { KeyValueStore } from '$lib/storage/kv';
import { bringFactForward } from './bring-forward';
import { WriteThrough, type WriteTiming } from './write-through.svelte';

/** Where a key was pressed: a text field, a list (select, textarea), a button or link, or elsewhere. */
export type KeyTarget = 'text' | 'list' | 'button' | 'page';

/** The parts of a key press the quiz reads (a KeyboardEvent has them). */
export type KeyPress = Pick<
	KeyboardEvent,
	'key' | 'repeat' | 'isComposing' | 'altKey' | 'ctrlKey' | 'metaKey'
>;

/** What the page provides: where to put focus when the question changes, and test timings. */
export interface QuizPlayerOptions {
	/** Called after the screen moved to another question or the results. */
	onMove?: () => void;
	timing?: WriteTiming;
}

/**
 * A quiz being taken: the attempt, the answer being entered, what a screen reader is told, and
 * every step written through to IndexedDB as it happens (a failed write is shown in `saveError`
 * and retried until it lands).
 */
export class QuizPlayer {
	attempt = $state.raw<Attempt>() as Attempt;
	/** The answer being entered for the current question. */
	draft = $state<Draft>({ type: 'text', value: '' });
	/** The last thing said to screen readers. */
	announcement = $state('');
	readonly writes: WriteThrough;
	readonly #store: KeyValueStore;
	readonly #index: BankIndex;
	readonly #rivals: readonly string[];
	readonly #onMove: () => void;

	constructor(
		store: KeyValueStore,
		index: BankIndex,
		rivals: readonly string[],
		attempt: Attempt,
		{ onMove = () => {}, timing }: QuizPlayerOptions = {}
	) {
		this.#store = store;
		this.#index = index;
		this.#rivals = rivals;
		this.#onMove = onMove;
		this.writes = new WriteThrough(timing, 'your latest answer');
		this.attempt = attempt;
		this.#resetDraft();
	}

	readonly finished = $derived(isFinished(this.attempt));
	readonly question = $derived(this.attempt.questions[this.attempt.current]);
	readonly item = $derived(this.question ? this.itemOf(this.question.itemId) : undefined);
	readonly answer = $derived(this.attempt.answers[this.attempt.current] ?? null);
	readonly response = $derived(draftToResponse(this.draft));
	readonly total = $derived(this.attempt.questions.length);
	/** The current question's number, from 1. */
	readonly position = $derived(this.attempt.current + 1);

	/** Why the last answer is not stored yet, in words. */
	get saveError(): string | undefined {
		return this.writes.error;
	}

	itemOf(itemId: string): Item | undefined {
		return this.#index.itemById.get(itemId);
	}

	/**
	 * Records the answer entered; the screen moves on at once while the write goes to IndexedDB.
	 * An answer not fully right brings its own fact's flashcard forward (see `bringForward`).
	 * Resolves once both writes are done.
	 */
	submit(): Promise<void> {
		return this.response ? this.#record(this.response) : Promise.resolve();
	}

	/**
	 * The question's time ran out: records what was entered so far (a partial matching too), or
	 * no answer, and goes on exactly as `submit` does.
	 */
	submitAsIs(): Promise<void> {
		return this.#record(answerSoFar(this.draft) ?? NO_ANSWER);
	}

	#record(response: QuizResponse | typeof NO_ANSWER): Promise<void> {
		const { item } = this;
		if (!item || this.answer || this.finished) return Promise.resolve();
		const at = this.attempt.current;
		const saved = this.#commit(
			answerCurrent(this.attempt, item, response, this.#rivals, Date.now())
		);
		// The answer is scored once, by answerCurrent; in exam mode `current` has moved on since.
		const score = this.attempt.answers[at]?.score ?? 0;
		const forward = score < 1 ? bringFactForward(this.#store, item.fact) : undefined;
		if (this.attempt.feedback === 'each') this.announcement = verdictSentence(item, score);
		else {
			this.announcement = this.finished
				? 'Quiz finished.'
				: `Answer saved. Question ${this.position} of ${this.total}.`;
			this.#moved();
		}
		return Promise.all([saved, forward]).then(() => {});
	}

	/** Moves past the answered question (feedback after each answer). */
	next(): Promise<void> {
		const saved = this.#commit(advance(this.attempt, Date.now()));
		this.announcement = this.finished ? 'Quiz finished.' : '';
		this.#moved();
		return saved;
	}

	/**
	 * A key pressed on the quiz page: Enter checks the answer or moves on (not on a button,
	 * link or list, which Enter works itself), 1–9 pick the answer at that position. A held key
	 * does nothing, so it cannot answer one question and skip the next. True when it acted.
	 */
	press(key: KeyPress, target: KeyTarget): boolean {
		if (this.finished || key.altKey || key.ctrlKey || key.metaKey) return false;
		if (key.repeat || key.isComposing) return false;
		if (key.key === 'Enter' && (target === 'text' || target === 'page')) {
			void (this.answer ? this.next() : this.submit());
			return true;
		}
		if (target === 'text' || target === 'list' || this.answer || !this.question) return false;
		if (!/^[1-9]$/.test(key.key)) return false;
		const picked = pickPosition(this.draft, this.question, Number(key.key) - 1);
		if (picked) this.draft = picked;
		return picked !== undefined;
	}

	/** Stops retrying writes: called when the page leaves this quiz. */
	dispose(): void {
		this.writes.dispose();
	}

	#moved(): void {
		this.#resetDraft();
		this.#onMove();
	}

	/** An answered question shows its answer again (after a reload); a new one starts empty. */
	#resetDraft(): void {
		const { item, question, answer } = this;
		if (!item || !question) return;
		this.draft = answer
			? draftFromResponse(item, question, answer.response)
			: emptyDraft(item, question);
	}

	async #commit(next: Attempt): Promise<void> {
		if (next === this.attempt) return;
		this.attempt = next;
		// Each try writes the attempt as it is then, so a retry also saves later answers.
		await this.writes.run(() => saveAttempt(this.#store, this.attempt));
	}
}
