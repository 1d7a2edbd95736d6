import type { Bank, Fact, Item } from './schema';
import type { Topic } from './topics';

/** Lookups over a parsed bank; built once per load. */
export interface BankIndex {
	bank: Bank;
	itemById: Map<string, Item>;
	factById: Map<string, Fact>;
	itemsByFact: Map<string, Item[]>;
	itemsByParagraph: Map<number, Item[]>;
	itemsByTopic: Map<Topic, Item[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Indexes a bank by item id, fact, paragraph cited and topic, keeping the bank's order. */
export function indexBank(bank: Bank): BankIndex {
	const index: BankIndex = {
		bank,
		itemById: new Map(),
		factById: new Map(bank.facts.map((fact) => [fact.id, fact])),
		itemsByFact: new Map(),
		itemsByParagraph: new Map(),
		itemsByTopic: new Map()
	};
	for (const item of bank.items) {
		index.itemById.set(item.id, item);
		push(index.itemsByFact, item.fact, item);
		push(index.itemsByParagraph, item.source.paragraph, item);
		for (const topic of item.topics) push(index.itemsByTopic, topic, item);
	}
	return index;
}
