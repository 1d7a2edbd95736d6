import type { Article } from '../article/parse';
import type { Bank, Item, Source } from './schema';
import { sourcesOf, type Cited } from './sources';
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

/** A passage's address for a reader of problems: `p12s2`, or `p12s2-3` for a range. */
const passageName = (source: Source) =>
	`p${source.paragraph}s${source.sentence}` +
	(source.sentenceEnd !== undefined && source.sentenceEnd !== source.sentence
		? `-${source.sentenceEnd}`
		: '');

/** Every quote of facts and items, `also` included, is verbatim inside the sentence(s) it names. */
export function quoteProblems(bank: Bank, article: Article): string[] {
	const problems: string[] = [];
	const check = (what: string, source: Source) => {
		const text = sourceText(article, source);
		const where = passageName(source);
		if (text === undefined) problems.push(`${what}: the article has no sentence ${where}`);
		else if (!normaliseQuoting(text).includes(normaliseQuoting(source.quote)))
			problems.push(`${what}: quote is not in ${where}: "${source.quote}"`);
	};
	const checkAll = (what: string, cited: Cited) =>
		sourcesOf(cited).forEach((source, i) =>
			check(i === 0 ? what : `${what} also[${i - 1}]`, source)
		);
	for (const fact of bank.facts) checkAll(`fact ${fact.id}`, fact);
	for (const item of bank.items) {
		checkAll(`item ${item.id}`, item);
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

/** The highest share one right answer may have among a type's items, so guessing it never pays. */
export const MAX_ANSWER_SHARE = 0.4;
// True or false: one of the two is right in half the items at least, so the bar is the mirror.
const MAX_TRUE_FALSE_SHARE = 1 - MAX_ANSWER_SHARE;
// Below this many items of a type, a share says nothing (one of two is already 50%).
const MIN_ITEMS_FOR_SHARE = 3;

/** What a guesser could bet on for an item: its answer text, and where the right options sit. */
function guessables(item: Item): Record<string, string> {
	const bets: Record<string, string> = {
		'answer text': normaliseQuoting(item.answer).toLowerCase()
	};
	if (item.type === 'single' || item.type === 'who-said')
		bets['option index'] = String(item.correct);
	if (item.type === 'multiple') bets['option indexes'] = [...item.correct].sort().join(',');
	return bets;
}

/**
 * No single right answer (the same text, the same option index or indexes) is right in more
 * than 40% of a type's items; for true/false, neither True nor False in more than 60%.
 */
export function answerBalanceProblems(bank: Bank): string[] {
	const problems: string[] = [];
	const types = [...new Set(bank.items.map((item) => item.type))];
	for (const type of types) {
		const items = bank.items.filter((item) => item.type === type);
		if (items.length < MIN_ITEMS_FOR_SHARE) continue;
		const limit = type === 'true-false' ? MAX_TRUE_FALSE_SHARE : MAX_ANSWER_SHARE;
		const counts = new Map<string, number>();
		for (const item of items)
			for (const [kind, bet] of Object.entries(guessables(item)))
				counts.set(`${kind} "${bet}"`, (counts.get(`${kind} "${bet}"`) ?? 0) + 1);
		for (const [bet, count] of counts)
			if (count / items.length > limit)
				problems.push(
					`${type}: ${bet} is right in ${count} of ${items.length} items (at most ${Math.round(limit * 100)}%)`
				);
	}
	return problems;
}
