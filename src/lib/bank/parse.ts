import * as v from 'valibot';
import { BankSchema, type Bank, type Item } from './schema';
import { sourcesOf, type Cited } from './sources';

/** One problem found in a bank, located as precisely as possible. */
export interface BankProblem {
	/** e.g. `Item "border-length/typed" (items[12])` or `Fact "border-length" (facts[8])`. */
	where: string;
	/** e.g. `options[2]`; empty when the problem is the record as a whole. */
	field: string;
	message: string;
}

export type BankParseResult = { ok: true; bank: Bank } | { ok: false; problems: BankProblem[] };

/** Writes problems as lines a person can act on. */
export function describeProblems(problems: BankProblem[], limit = 20): string {
	const lines = problems
		.slice(0, limit)
		.map((p) => `${p.where}${p.field ? `, field "${p.field}"` : ''}: ${p.message}`);
	if (problems.length > limit) lines.push(`…and ${problems.length - limit} more problems.`);
	return lines.join('\n');
}

/**
 * Checks untrusted data (a JSON file, a fetched `/bank.json`) against the bank format and its
 * internal consistency; returns the bank, or every problem found, each naming item and field.
 */
export function parseBank(input: unknown): BankParseResult {
	const parsed = v.safeParse(BankSchema, input);
	if (!parsed.success)
		return { ok: false, problems: parsed.issues.map((i) => fromIssue(i, input)) };
	const problems = consistencyProblems(parsed.output);
	return problems.length ? { ok: false, problems } : { ok: true, bank: parsed.output };
}

type PathKey = string | number;

function fromIssue(issue: v.BaseIssue<unknown>, input: unknown): BankProblem {
	const keys: PathKey[] = (issue.path ?? []).map((step) => step.key as PathKey);
	const [collection, index, ...rest] = keys;
	if ((collection === 'items' || collection === 'facts') && typeof index === 'number') {
		const record = (input as Record<string, unknown[]>)[collection]?.[index];
		const id = (record as { id?: unknown } | undefined)?.id;
		return {
			where: recordName(collection, index, typeof id === 'string' ? id : undefined),
			field: formatPath(rest),
			message: issue.message
		};
	}
	return { where: 'Bank', field: formatPath(keys), message: issue.message };
}

function recordName(collection: 'items' | 'facts', index: number, id?: string): string {
	const kind = collection === 'items' ? 'Item' : 'Fact';
	return id ? `${kind} "${id}" (${collection}[${index}])` : `${kind} ${collection}[${index}]`;
}

function formatPath(keys: PathKey[]): string {
	return keys
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
		.join('');
}

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const FORBIDDEN_OPTION = /\b(all|none|both|neither) of the (above|below)\b/i;

/** The `answer` text an item must carry, derived from its own fields (docs/bank-format.md). */
export function expectedAnswer(item: Item): string | undefined {
	switch (item.type) {
		case 'single':
		case 'who-said':
			return item.options[item.correct];
		case 'multiple':
			return item.options.filter((_, i) => item.correct.includes(i)).join('; ');
		case 'true-false':
			return item.correct ? 'True' : 'False';
		case 'typed':
			return item.accepted[0];
		case 'matching':
			return item.pairs.map((p) => `${p.left} → ${p.right}`).join('; ');
		case 'ordering':
			return item.sequence.join(' → ');
		case 'short-answer':
			return item.model;
		case 'classify':
			return item.statements.map((s) => `${s.text} → ${item.groups[s.group]}`).join('; ');
	}
}

function duplicates(values: readonly string[]): string[] {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const value of values.map(normalise)) (seen.has(value) ? repeated : seen).add(value);
	return [...repeated];
}

/** The fields of passages whose `sentenceEnd` comes before their `sentence`. */
function rangeProblems(cited: Cited): string[] {
	return sourcesOf(cited).flatMap((source, i) =>
		source.sentenceEnd !== undefined && source.sentenceEnd < source.sentence
			? [i === 0 ? 'source.sentenceEnd' : `also[${i - 1}].sentenceEnd`]
			: []
	);
}

function consistencyProblems(bank: Bank): BankProblem[] {
	const problems: BankProblem[] = [];
	const factIds = new Set<string>();
	bank.facts.forEach((fact, i) => {
		const where = recordName('facts', i, fact.id);
		if (factIds.has(fact.id))
			problems.push({ where, field: 'id', message: 'repeats an earlier fact id' });
		factIds.add(fact.id);
		for (const field of rangeProblems(fact))
			problems.push({ where, field, message: 'comes before its sentence' });
	});
	const itemIds = new Set<string>();
	bank.items.forEach((item, i) => {
		const where = recordName('items', i, item.id);
		const add = (field: string, message: string) => problems.push({ where, field, message });
		if (itemIds.has(item.id)) add('id', 'repeats an earlier item id');
		itemIds.add(item.id);
		if (!factIds.has(item.fact)) add('fact', `names no fact of this bank ("${item.fact}")`);
		if (item.id !== `${item.fact}/${item.type}`) add('id', `must be "${item.fact}/${item.type}"`);
		for (const field of rangeProblems(item)) add(field, 'comes before its sentence');
		for (const problem of typeProblems(item)) add(problem.field, problem.message);
		const expected = expectedAnswer(item);
		if (expected !== undefined && item.answer !== expected)
			add('answer', `must read "${expected}" (derived from the item's own fields)`);
	});
	return problems;
}

/** The lists within an item whose entries must all differ, with the field each is reported as. */
function distinctLists(item: Item): [field: string, values: readonly string[]][] {
	switch (item.type) {
		case 'single':
		case 'who-said':
		case 'multiple':
			return [['options', item.options]];
		case 'typed':
			return [['accepted', item.accepted]];
		case 'matching':
			return [
				['pairs (left)', item.pairs.map((p) => p.left)],
				['pairs (right)', item.pairs.map((p) => p.right)]
			];
		case 'ordering':
			return [['sequence', item.sequence]];
		case 'short-answer':
			return [['points', item.points.map((p) => p.text)]];
		case 'classify':
			return [
				['groups', item.groups],
				['statements', item.statements.map((s) => s.text)]
			];
		case 'true-false':
			return [];
	}
}

function typeProblems(item: Item): { field: string; message: string }[] {
	const found: { field: string; message: string }[] = [];
	for (const [field, values] of distinctLists(item)) {
		const repeated = duplicates(values);
		if (repeated.length) found.push({ field, message: `repeats "${repeated.join('", "')}"` });
	}
	switch (item.type) {
		case 'single':
		case 'who-said':
		case 'multiple': {
			item.options.forEach((option, i) => {
				if (FORBIDDEN_OPTION.test(option))
					found.push({ field: `options[${i}]`, message: 'no "all/none of the above" options' });
			});
			const correct = Array.isArray(item.correct) ? item.correct : [item.correct];
			for (const index of correct)
				if (index >= item.options.length)
					found.push({ field: 'correct', message: `${index} is not an option index` });
			if (item.type === 'multiple') {
				if (new Set(correct).size !== correct.length)
					found.push({ field: 'correct', message: 'repeats an index' });
				if (correct.length >= item.options.length)
					found.push({ field: 'correct', message: 'needs at least one wrong option' });
			}
			break;
		}
		case 'short-answer':
			item.points.forEach((point, i) => {
				if (point.sentenceEnd !== undefined && point.sentenceEnd < point.sentence)
					found.push({ field: `points[${i}].sentenceEnd`, message: 'comes before sentence' });
			});
			break;
		case 'classify': {
			// One group left empty would make the sorting a trick, not a task.
			const inFirst = item.statements.filter((s) => s.group === 0).length;
			if (inFirst === 0 || inFirst === item.statements.length)
				found.push({ field: 'statements', message: 'needs statements in both groups' });
			break;
		}
	}
	return found;
}
