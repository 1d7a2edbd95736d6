/**
 * A fixed vocabulary of the bank (question types, topics, difficulties), written once as
 * `[id, label]` pairs. The order is kept as written: pages list the ids in it, and quiz codes
 * number them by it in their bit masks, so a new id goes at the end.
 */
export function vocabulary<const Entries extends readonly (readonly [string | number, string])[]>(
	entries: Entries
): {
	ids: { readonly [K in keyof Entries]: Entries[K][0] };
	labels: Record<Entries[number][0], string>;
	/** The ids with their labels, in order, as a page lists them for a choice. */
	options: readonly { value: Entries[number][0]; label: string }[];
} {
	return {
		ids: entries.map(([id]) => id) as { readonly [K in keyof Entries]: Entries[K][0] },
		labels: Object.fromEntries(entries) as Record<Entries[number][0], string>,
		options: entries.map(([value, label]) => ({ value, label }))
	};
}
