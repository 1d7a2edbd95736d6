import {
	NO_FILTER,
	filterFromSearch,
	filterItems,
	filterToSearch,
	groupItems,
	limitGroups,
	type GroupBy,
	type ItemFilter
} from '$lib/bank/filter';
import { BankLoader } from './bank-loader.svelte';

/** How many questions the page renders at first, and adds per "Show more". */
const PAGE_SIZE = 20;

/** The /bank page's state: the loaded bank, the teacher's filter, and what it leaves. */
export class BankBrowser extends BankLoader {
	filter = $state<ItemFilter>({ ...NO_FILTER });
	group = $state<GroupBy>('topic');
	limit = $state(PAGE_SIZE);

	readonly results = $derived(this.index ? filterItems(this.index.bank.items, this.filter) : []);
	/** The groups, cut after `limit` questions in all, so the first screen paints fast on phones. */
	readonly groups = $derived(
		limitGroups(groupItems(this.results, this.group, this.filter.topic), this.limit)
	);
	readonly shown = $derived(this.groups.reduce((sum, g) => sum + g.items.length, 0));
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

	showMore(): void {
		this.limit += PAGE_SIZE;
	}
}
