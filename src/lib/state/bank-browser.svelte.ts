import {
	NO_FILTER,
	filterFromSearch,
	filterItems,
	filterToSearch,
	groupItems,
	type GroupBy,
	type ItemFilter
} from '$lib/bank/filter';
import type { BankIndex } from '$lib/bank/lookup';

/** The /bank page's state: the loaded bank, the teacher's filter, and what it leaves. */
export class BankBrowser {
	index = $state.raw<BankIndex>();
	filter = $state<ItemFilter>({ ...NO_FILTER });
	group = $state<GroupBy>('topic');

	readonly results = $derived(this.index ? filterItems(this.index.bank.items, this.filter) : []);
	readonly groups = $derived(groupItems(this.results, this.group, this.filter.topic));
	readonly search = $derived(filterToSearch(this.filter, this.group));

	/** Restores a filter from the page's query string (shared or bookmarked links). */
	restore(search: string): void {
		const { filter, group } = filterFromSearch(search);
		this.filter = filter;
		this.group = group;
	}

	reset(): void {
		this.filter = { ...NO_FILTER };
	}
}
