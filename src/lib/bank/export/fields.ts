import type { Bank, Fact, Item, Source } from '../schema';
import type { Topic } from '../topics';

/**
 * The layout version of every export this app writes; it is named in each file that has room
 * for a comment (Anki, GIFT) and in every file name, and bumped when a column or mapping changes.
 */
export const EXPORT_VERSION = 1;

/** What one export holds: the facts and items chosen, and the bank they came from. */
export interface ExportSelection {
	bankVersion: number;
	facts: Fact[];
	items: Item[];
	/** The topic a teacher filtered on, under which an item with several topics is filed. */
	topic: Topic | '';
}

/**
 * The selection for a list of items: their facts in bank order, or every fact of the bank when
 * the list is the whole bank (so a fact no item tests yet is still exported).
 */
export function selectForExport(
	bank: Bank,
	items: Item[],
	topic: Topic | '' = ''
): ExportSelection {
	const whole = items.length === bank.items.length;
	const used = new Set(items.map((item) => item.fact));
	return {
		bankVersion: bank.version,
		facts: whole ? bank.facts : bank.facts.filter((fact) => used.has(fact.id)),
		items,
		topic
	};
}

/**
 * Every passage a fact or item rests on, one citation a line: its `source`, then any further
 * passages (`also`, which the bank format is gaining), so exports cite those once they exist.
 */
export function citations(record: { source: Source; also?: readonly Source[] }): string {
	return [record.source, ...(record.also ?? [])].map(citation).join('\n');
}

/** Makes a switch over item types exhaustive: a new type fails to compile until handled. */
export function unhandledType(item: never): never {
	throw new Error(`No export for item type ${(item as Item).type}`);
}

/** Where a fact or item rests, as a reader says it: `Paragraph 4, sentence 2: “…”`. */
export function citation(source: Source): string {
	const sentences =
		source.sentenceEnd && source.sentenceEnd !== source.sentence
			? `sentences ${source.sentence}–${source.sentenceEnd}`
			: `sentence ${source.sentence}`;
	// A quote that is itself a quotation already carries its marks.
	const quoted = /^“.*”$/su.test(source.quote) ? source.quote : `“${source.quote}”`;
	return `Paragraph ${source.paragraph}, ${sentences}: ${quoted}`;
}

/** Option letters A–Z, for questions written out as text. */
export const letter = (index: number): string => String.fromCharCode(65 + index);

/** A copy sorted by the reader's alphabet, so a list shown on a card gives no answer away. */
export function alphabetical(values: readonly string[]): string[] {
	return [...values].sort((a, b) => a.localeCompare(b, 'en'));
}
