#!/usr/bin/env node
// `npm run bank:release`: records every fact and item id of the bank in released.json. Ids
// already released stay there for good (review history is keyed by them): one that vanished
// from the bank, or whose item now tests another fact, is reported and nothing is written.
// To remove an item on purpose, list its id under "retired" with the reason (and bump BANK_VERSION).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const DIR = 'src/lib/bank/data';
const RELEASED = `${DIR}/released.json`;

/** @param {string} file */
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** @type {{ facts: string[], items: Record<string, string>, retired: Record<string, string> }} */
let released = { facts: [], items: {}, retired: {} };
try {
	released = read(RELEASED);
} catch {
	console.log(`No ${RELEASED} yet: starting one.`);
}

/** @type {{ id: string }[]} */
const facts = read(`${DIR}/facts.json`);
/** @type {{ id: string, fact: string }[]} */
const items = readdirSync(DIR)
	.filter((name) => /^items-.*\.json$/.test(name))
	.sort()
	.flatMap((name) => read(`${DIR}/${name}`));

const factIds = new Set(facts.map((f) => f.id));
const itemFacts = new Map(items.map((i) => [i.id, i.fact]));
const problems = [
	...released.facts.filter((id) => !factIds.has(id)).map((id) => `released fact ${id} is gone`),
	...Object.entries(released.items).flatMap(([id, fact]) =>
		id in released.retired
			? itemFacts.has(id)
				? [`retired item ${id} is back: give it a new id`]
				: []
			: !itemFacts.has(id)
				? [`released item ${id} is gone: retire it with a reason in ${RELEASED}`]
				: itemFacts.get(id) !== fact
					? [`item ${id} now tests ${itemFacts.get(id)}, not ${fact}: give it a new id`]
					: []
	)
];
if (problems.length) {
	console.error(problems.join('\n'));
	process.exit(1);
}

const newFacts = facts.map((f) => f.id).filter((id) => !released.facts.includes(id));
const newItems = items.filter((i) => !(i.id in released.items));
released.facts.push(...newFacts);
for (const item of newItems) released.items[item.id] = item.fact;
writeFileSync(RELEASED, `${JSON.stringify(released, null, '\t')}\n`);
console.log(`Released ${newFacts.length} new facts and ${newItems.length} new items.`);
