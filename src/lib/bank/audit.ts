import type { Article } from '../article/parse';
import type { Bank, Item, Source } from './schema';
import { QUESTION_TYPES } from './question-types';

// Pure checks of the bank against the article: what docs/bank-format.md calls the truth and
// coverage rules. Each returns readable problems; the tests expect none.

/** Straightens quote marks and collapses whitespace, the only normalisation quotes get. */
export function normaliseQuoting(text: string): string {
	return text
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‘’‚‛′]/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

function sourceText(article: Article, source: Source): string | undefined {
	const paragraph = article.paragraphs[source.paragraph - 1];
	if (!paragraph) return undefined;
	const last = source.sentenceEnd ?? source.sentence;
	const sentences = paragraph.sentences.slice(source.sentence - 1, last);
	if (sentences.length !== last - source.sentence + 1) return undefined;
	return sentences.map((s) => s.text).join(' ');
}

/** Every quote, of facts and items, is verbatim inside the sentence(s) it names. */
export function quoteProblems(bank: Bank, article: Article): string[] {
	const problems: string[] = [];
	const check = (what: string, source: Source) => {
		const text = sourceText(article, source);
		const where = `p${source.paragraph}s${source.sentence}`;
		if (text === undefined) problems.push(`${what}: the article has no sentence ${where}`);
		else if (!normaliseQuoting(text).includes(normaliseQuoting(source.quote)))
			problems.push(`${what}: quote is not in ${where}: "${source.quote}"`);
	};
	for (const fact of bank.facts)
		for (const source of [fact.source, ...(fact.also ?? [])]) check(`fact ${fact.id}`, source);
	for (const item of bank.items) {
		for (const source of [item.source, ...(item.also ?? [])]) check(`item ${item.id}`, source);
		if (item.type === 'short-answer')
			item.points.forEach((point, i) => check(`item ${item.id} point ${i + 1}`, point));
	}
	return problems;
}

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?s?/g;
const numbersIn = (text: string) => (text.match(NUMBER) ?? []).map((n) => n.replace(/,/g, ''));

/** What an item states as true: its prompt (unless a false statement), answer and right options. */
function statedAsTrue(item: Item): string[] {
	const texts = [item.answer, item.explanation];
	if (!(item.type === 'true-false' && !item.correct)) texts.push(item.prompt);
	switch (item.type) {
		case 'typed':
			texts.push(...item.accepted);
			break;
		case 'matching':
			texts.push(...item.pairs.flatMap((p) => [p.left, p.right]));
			break;
		case 'ordering':
			texts.push(...item.sequence);
			break;
		case 'short-answer':
			texts.push(item.model, ...item.points.map((p) => p.text));
			break;
		case 'classify':
			// Each statement is one the article makes; the sorting is into whose voice it is.
			texts.push(...item.groups, ...item.statements.map((s) => s.text));
			break;
	}
	return texts;
}

/** Numbers and years stated as true all occur in the article. */
export function numberProblems(bank: Bank, article: Article): string[] {
	const stated = article.paragraphs
		.flatMap((p) => numbersIn(p.text))
		.concat(numbersIn(article.title));
	// "1990s" may also be written "90s".
	const decades = stated.filter((n) => /^\d{4}s$/.test(n)).map((n) => n.slice(2));
	const known = new Set([...stated, ...decades]);
	const problems: string[] = [];
	const check = (what: string, texts: string[], allowed = new Set<string>()) => {
		for (const n of texts.flatMap(numbersIn))
			if (!known.has(n) && !allowed.has(n))
				problems.push(`${what}: "${n}" is not a number of the article`);
	};
	for (const fact of bank.facts)
		check(`fact ${fact.id}`, [fact.statement, fact.card.front, fact.card.back]);
	for (const item of bank.items) {
		// A false statement's explanation may name the wrong number it corrects.
		const corrected =
			item.type === 'true-false' && !item.correct ? new Set(numbersIn(item.prompt)) : undefined;
		check(`item ${item.id}`, statedAsTrue(item), corrected);
	}
	return problems;
}

const ROLE_RULES: { pattern: RegExp; message: string }[] = [
	{
		pattern: /(?<!then-)deputy prime minister/i,
		message: 'Abdul Kabir is the “then-deputy prime minister”'
	},
	{
		pattern: /(?<!former (?:Tajik )?)ambassador/i,
		message: 'Yatimov is the “former” Tajik ambassador to Afghanistan'
	}
];

/** Time-bound roles are worded as the article words them. */
export function roleProblems(bank: Bank): string[] {
	const problems: string[] = [];
	const check = (what: string, texts: string[]) => {
		for (const text of texts)
			for (const rule of ROLE_RULES)
				if (rule.pattern.test(text)) problems.push(`${what}: ${rule.message}: "${text}"`);
	};
	for (const fact of bank.facts)
		check(`fact ${fact.id}`, [fact.statement, fact.card.front, fact.card.back]);
	for (const item of bank.items) check(`item ${item.id}`, statedAsTrue(item));
	return problems;
}

const COVERAGE = {
	minItems: 150,
	minFacts: 60,
	minPerFact: 2,
	maxPerFact: 5,
	minPerType: 5
};

// The article dates or sequences only a handful of events (rule 9), so orderings are fewer.
const MIN_PER_TYPE: Partial<Record<Item['type'], number>> = { ordering: 3 };

/** Every fact tested 2–5 times in two types or more, every paragraph quoted, enough of each type. */
export function coverageProblems(bank: Bank, article: Article): string[] {
	const problems: string[] = [];
	if (bank.items.length < COVERAGE.minItems)
		problems.push(`only ${bank.items.length} items (at least ${COVERAGE.minItems})`);
	if (bank.facts.length < COVERAGE.minFacts)
		problems.push(`only ${bank.facts.length} facts (at least ${COVERAGE.minFacts})`);
	for (const fact of bank.facts) {
		const items = bank.items.filter((item) => item.fact === fact.id);
		const types = new Set(items.map((item) => item.type));
		if (items.length < COVERAGE.minPerFact || items.length > COVERAGE.maxPerFact)
			problems.push(`fact ${fact.id} has ${items.length} items (2 to 5)`);
		if (types.size < 2) problems.push(`fact ${fact.id} is tested by fewer than two types`);
	}
	for (const paragraph of article.paragraphs)
		if (!bank.items.some((item) => item.source.paragraph === paragraph.number))
			problems.push(`no item quotes paragraph ${paragraph.number}`);
	for (const type of QUESTION_TYPES) {
		const count = bank.items.filter((item) => item.type === type).length;
		const min = MIN_PER_TYPE[type] ?? COVERAGE.minPerType;
		if (count < min) problems.push(`only ${count} ${type} items (at least ${min})`);
	}
	return problems;
}

const words = (text: string) =>
	new Set(
		normaliseQuoting(text)
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w.length > 2)
	);

/** Pairs of prompts that share most of their words (Jaccard ≥ threshold). */
export function nearDuplicatePrompts(bank: Bank, threshold = 0.75): string[] {
	const sets = bank.items.map((item) => ({ id: item.id, words: words(item.prompt) }));
	const problems: string[] = [];
	for (let i = 0; i < sets.length; i++) {
		for (let j = i + 1; j < sets.length; j++) {
			const a = sets[i]!;
			const b = sets[j]!;
			if (a.words.size < 4 || b.words.size < 4) continue;
			let shared = 0;
			for (const w of a.words) if (b.words.has(w)) shared++;
			const similarity = shared / (a.words.size + b.words.size - shared);
			if (similarity >= threshold)
				problems.push(`${a.id} and ${b.id} share ${Math.round(similarity * 100)}% of their words`);
		}
	}
	return problems;
}
