import type { Bank, Fact, Item } from './schema';

/** Lookups over a parsed bank; built once per load. */
export interface BankIndex {
	bank: Bank;
	itemById: Map<string, Item>;
	factById: Map<string, Fact>;
	itemsByParagraph: Map<number, Item[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Indexes a bank by item id, fact id and paragraph cited, keeping the bank's order. */
export function indexBank(bank: Bank): BankIndex {
	const index: BankIndex = {
		bank,
		itemById: new Map(),
		factById: new Map(bank.facts.map((fact) => [fact.id, fact])),
		itemsByParagraph: new Map()
	};
	for (const item of bank.items) {
		index.itemById.set(item.id, item);
		push(index.itemsByParagraph, item.source.paragraph, item);
	}
	return index;
}
