import { cardKey } from '$lib/storage/card-buckets';
import type { CardRecord } from '$lib/storage/card-record';

/**
 * The stored card records a study session knows, and the damaged ones it sets aside. Not
 * reactive: the queue's `cards` is the view of them the screen reads.
 */
export class StudyRecords {
	#records = new Map<string, CardRecord>();
	#damaged = new Set<string>();

	/** Replaces every record (a load, or another tab's import). */
	replace(records: readonly CardRecord[], corrupt: readonly string[]): void {
		// Filled in a loop, not from a list of pairs: 10,000 of them before the first card shows.
		const byId = new Map<string, CardRecord>();
		for (const record of records) byId.set(record.id, record);
		this.#records = byId;
		// Damaged entries are named `cards:NNN/<id>`, whole damaged buckets `cards:NNN`.
		this.#damaged = new Set(corrupt.map((name) => name.split('/')[1] ?? name));
	}

	get(id: string): CardRecord | undefined {
		return this.#records.get(id);
	}

	set(record: CardRecord): void {
		this.#records.set(record.id, record);
	}

	/** A fact whose stored record is damaged is not studied: that would write over the record. */
	isDamaged(id: string): boolean {
		// Asked of every fact in the deck when it loads: no hashing when nothing is damaged.
		if (this.#damaged.size === 0) return false;
		return this.#damaged.has(id) || this.#damaged.has(cardKey(id));
	}
}
