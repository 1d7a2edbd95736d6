import type { BankIndex } from '$lib/bank/lookup';
import type { Item } from '$lib/bank/schema';
import { advance, answerCurrent, isFinished } from '$lib/quiz/attempt';
import { check, type QuizResponse } from '$lib/quiz/check';
import { saveAttempt, type Attempt } from '$lib/storage/attempts';
import { toStorageError, type KeyValueStore } from '$lib/storage/kv';
import { bringFactForward } from './bring-forward';

const RETRY_MS = 3000;

/**
 * A quiz being taken: the attempt, and every step written through to IndexedDB as it happens.
 * A failed write becomes `saveError` (shown on screen) and is retried until it lands.
 */
export class QuizPlayer {
	attempt = $state.raw<Attempt>() as Attempt;
	saveError = $state<string>();
	readonly #store: KeyValueStore;
	readonly #index: BankIndex;
	readonly #rivals: readonly string[];
	#retry: ReturnType<typeof setTimeout> | undefined;
	#disposed = false;

	constructor(store: KeyValueStore, index: BankIndex, rivals: readonly string[], attempt: Attempt) {
		this.#store = store;
		this.#index = index;
		this.#rivals = rivals;
		this.attempt = attempt;
	}

	readonly finished = $derived(isFinished(this.attempt));
	readonly question = $derived(this.attempt.questions[this.attempt.current]);
	readonly item = $derived(this.question ? this.itemOf(this.question.itemId) : undefined);
	readonly answer = $derived(this.attempt.answers[this.attempt.current] ?? null);

	itemOf(itemId: string): Item | undefined {
		return this.#index.itemById.get(itemId);
	}

	/** The score of a response to the current item, without recording it. */
	preview(response: QuizResponse) {
		return this.item ? check(this.item, response, this.#rivals) : { score: 0, correct: false };
	}

	/**
	 * Records an answer; the screen moves on at once while the write goes to IndexedDB. An answer
	 * not fully right brings the fact's flashcard forward (see `bringForward`).
	 */
	submit(response: QuizResponse): Promise<void> {
		const item = this.item;
		if (!item) return Promise.resolve();
		const saved = this.#commit(
			answerCurrent(this.attempt, item, response, this.#rivals, Date.now())
		);
		if (this.preview(response).score < 1) void bringFactForward(this.#store, item.fact);
		return saved;
	}

	next(): Promise<void> {
		return this.#commit(advance(this.attempt, Date.now()));
	}

	/** Stops retrying writes: called when the page leaves this quiz. */
	dispose(): void {
		this.#disposed = true;
		clearTimeout(this.#retry);
	}

	#commit(next: Attempt): Promise<void> {
		if (next === this.attempt) return Promise.resolve();
		this.attempt = next;
		return this.#persist();
	}

	async #persist(): Promise<void> {
		clearTimeout(this.#retry);
		if (this.#disposed) return;
		try {
			await saveAttempt(this.#store, this.attempt);
			this.saveError = undefined;
		} catch (error) {
			const storageError = toStorageError(error);
			this.saveError = storageError.message;
			// Data from a newer app is never overwritten; anything else is retried until it lands.
			if (storageError.reason !== 'read-only')
				this.#retry = setTimeout(() => void this.#persist(), RETRY_MS);
		}
	}
}
