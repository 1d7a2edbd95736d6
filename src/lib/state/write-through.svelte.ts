import { StorageError, appFailure, storageError, toStorageError } from '$lib/storage/kv';

/** How a write-through waits: when it says it is stalled, and how often it retries. */
export interface WriteTiming {
	stallMs: number;
	retryMs: number;
}

export const WRITE_TIMING: WriteTiming = { stallMs: 4000, retryMs: 3000 };

/**
 * What a write-through write came to: the operation's value, or given up (read-only, disposed,
 * or data the browser cannot store).
 */
export type Written<T> = { ok: true; value: T } | { ok: false };

/**
 * Writes that must land: each one is retried until it does, and the screen is told why it has
 * not yet. `pending` while any write is under way; `error` holds the failure in words (or, for a
 * write that hangs, the stall notice). A store holding data from a newer app is read-only: the
 * first such failure stops every write, so nothing from the newer app is written over. Data the
 * browser cannot store (nested too deeply, or not cloneable) is given up at once: trying it again
 * would fail the same way, but later writes of other data are still tried. Used by study reviews,
 * quiz answers and the settings form (and by anything else that saves progress).
 */
export class WriteThrough {
	error = $state<string>();
	#running = $state(0);
	readonly pending = $derived(this.#running > 0);
	/** Once true, writes are no longer tried: the store is read-only, or the page has left. */
	stopped = $state(false);

	readonly #timing: WriteTiming;
	/** What a failed write was, in the failure's words ("your latest answer"); none: neutral words. */
	readonly #what: string | undefined;
	/** How to wake each write waiting for its next try (not shown, so not reactive). */
	#waiting: (() => void)[] = [];

	constructor(timing: WriteTiming = WRITE_TIMING, what?: string) {
		this.#timing = timing;
		this.#what = what;
	}

	/** Runs `operation` until it lands; a failure is shown and retried, never dropped. */
	async run<T>(operation: () => Promise<T>): Promise<Written<T>> {
		if (this.stopped) return { ok: false };
		this.#running++;
		// A write that hangs (a database another tab holds) says so, and keeps waiting.
		const stalled = setTimeout(
			() => (this.error ??= storageError('blocked', this.#what).message),
			this.#timing.stallMs
		);
		try {
			while (!this.stopped) {
				try {
					const value = await operation();
					this.error = undefined;
					return { ok: true, value };
				} catch (error) {
					// The store says each of its failures as a StorageError (kv.ts): anything else is
					// the app's own code. Said so, and tried again, the write kept (what failed may
					// depend on what another tab stores meanwhile).
					if (!(error instanceof StorageError)) {
						this.error = appFailure(error, this.#what);
						await this.#wait();
						continue;
					}
					const failure = toStorageError(error, this.#what);
					this.error = failure.message;
					if (failure.reason === 'read-only') this.stopped = true;
					else if (failure.reason === 'unstorable') return { ok: false };
					else await this.#wait();
				}
			}
			return { ok: false };
		} finally {
			clearTimeout(stalled);
			this.#running--;
		}
	}

	/** Retries the waiting writes now instead of at their next turn. */
	retryNow(): void {
		for (const resume of this.#waiting) resume();
	}

	/** Stops retrying: the page that made the writes is leaving. */
	dispose(): void {
		this.stopped = true;
		this.retryNow();
	}

	#wait(): Promise<void> {
		return new Promise((resolve) => {
			const resume = () => {
				clearTimeout(timer);
				this.#waiting = this.#waiting.filter((r) => r !== resume);
				resolve();
			};
			const timer = setTimeout(resume, this.#timing.retryMs);
			this.#waiting = [...this.#waiting, resume];
		});
	}
}
