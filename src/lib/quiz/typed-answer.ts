/**
 * Tolerant comparison of typed answers: forgiving about case, outer spaces, punctuation,
 * diacritics (Sadozaï = Sadozai), quote marks, thousands separators (1,374 = 1374 = 1 374),
 * a leading "the/a/an", and one typo (a letter added, lost, changed, or two neighbours swapped)
 * in a word of five letters or more; and, by the rules of
 * `typed-answer-rules.ts`, of number words, units, month abbreviations, British spelling, a
 * leading "in/on/since", an age said first ("aged 72"), a city's own country, and two accepted names written together. Never about
 * digits (1990s ≠ 1980s), never of an extra word that claims something, and no typo credit when
 * the response is as close to another name of the article (Kabul, Kabir...) as to the answer.
 */
import { canonicalForm, withoutUnits } from './typed-answer-rules';

const THOUSANDS = /(\d)[,.\s\u00a0\u202f’'](?=\d{3}(?!\d))/g;
const LEADING_ARTICLE = /^(the|a|an) /;

/** The comparable form of an answer. */
export function normaliseAnswer(text: string): string {
	// Plain ASCII (most typing) skips the Unicode work, which dominates the cost of a check.
	const ascii = /^[\x20-\x7e]*$/.test(text);
	const folded = ascii
		? text
				.toLowerCase()
				.replace(THOUSANDS, '$1')
				.replace(/(?<=[a-z0-9])'(?=[a-z0-9])/g, '')
				.replace(/[^a-z0-9]+/g, ' ')
				.replace(/(\d)(?=[a-z])/g, '$1 ')
		: text
				.normalize('NFKD')
				.replace(/\p{M}/gu, '')
				.toLowerCase()
				.replace(THOUSANDS, '$1')
				.replace(/(?<=[\p{L}\p{N}])['’‘ʼ](?=[\p{L}\p{N}])/gu, '')
				.replace(/[^\p{L}\p{N}]+/gu, ' ')
				.replace(/(\p{N})(?=\p{L})/gu, '$1 ');
	return folded.trim().replace(LEADING_ARTICLE, '');
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
 * alignment: "Kbaul" is one typo from "Kabul", the commonest slip), stopping early once it
 * exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, before[j - 2]! + 1);
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

const hasDigit = (word: string) => /\d/.test(word);

/**
 * Whether two words are at most one insertion, deletion, substitution or swap of neighbours
 * apart (linear time).
 */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1) return false;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	let i = 0;
	while (i < short.length && short[i] === long[i]) i++;
	// Past the first difference, the rest must match after skipping one character of the
	// longer word (insertion) or of both (substitution).
	if (short.length !== long.length) return short.slice(i) === long.slice(i + 1);
	const swapped = short[i] === long[i + 1] && short[i + 1] === long[i];
	return (
		short.slice(i + 1) === long.slice(i + 1) ||
		(swapped && short.slice(i + 2) === long.slice(i + 2))
	);
}

/**
 * Whether `response` (split into `r`, its words) is `accepted` with exactly one typo in one
 * long, digit-free word.
 */
function oneTypoAway(
	accepted: string,
	response: string,
	r: readonly string[]
): { answerWord: string; typed: string } | undefined {
	// One typo changes the length by one at most: most forms are ruled out before any split.
	if (Math.abs(accepted.length - response.length) > 1) return undefined;
	const a = accepted.split(' ');
	if (a.length !== r.length) return undefined;
	const differing = a.flatMap((word, i) => (word === r[i] ? [] : [i]));
	if (differing.length !== 1) return undefined;
	const answerWord = a[differing[0]!]!;
	const typed = r[differing[0]!]!;
	if (answerWord.length < 5 || hasDigit(answerWord) || hasDigit(typed)) return undefined;
	return withinOneEdit(answerWord, typed) ? { answerWord, typed } : undefined;
}

interface Canonical {
	forms: string[];
	words: Set<string>;
	/** The same words as a list, to walk without making one each check. */
	wordList: string[];
}

const canonical = new WeakMap<readonly string[], Canonical>();

// Accepted answers and the rival names are the same arrays check after check: bring them to
// their canonical forms once.
function canonicalAll(texts: readonly string[]): Canonical {
	let result = canonical.get(texts);
	if (!result) {
		const forms = texts.map((text) => canonicalForm(normaliseAnswer(text))).filter(Boolean);
		const words = new Set(forms.flatMap((form) => form.split(' ')));
		result = { forms, words, wordList: [...words] };
		canonical.set(texts, result);
	}
	return result;
}

const acceptedForms = new WeakMap<readonly string[], Set<string>>();

// Each accepted answer as written, and without its unit ("1374 km" also as "1374").
function formsOf(accepted: readonly string[]): Set<string> {
	let forms = acceptedForms.get(accepted);
	if (!forms) {
		const written = canonicalAll(accepted).forms;
		forms = new Set([...written, ...written.map(withoutUnits)].filter(Boolean));
		acceptedForms.set(accepted, forms);
	}
	return forms;
}

// One empty list, so the cache of canonical forms is not missed on every call without rivals.
const NO_RIVALS: readonly string[] = [];

const JOINER = /^(?:or|aka|also known as) /;
const ARTICLE = /^(?:the|a|an) /;

/**
 * Whether `typed` is two different accepted names of the same thing side by side, as the article
 * writes "RFE/RL's Tajik Service, Radio Ozodi" (commas are gone by now; "or"/"aka" may join them).
 */
function twoNamesTogether(typed: string, forms: Set<string>): boolean {
	const words = typed.split(' ');
	for (let k = 1; k < words.length; k++) {
		const left = words.slice(0, k).join(' ');
		if (!forms.has(left)) continue;
		const right = words.slice(k).join(' ').replace(JOINER, '').replace(ARTICLE, '');
		if (right !== left && forms.has(right)) return true;
	}
	return false;
}

/**
 * The longest response checked, in characters: far past any answer in the bank, and short enough
 * that a pasted page cannot hold the checker (its work grows with the number of words).
 */
export const TYPED_MAX_CHARS = 200;

// Signs that claim something of a number ("≠2021", "<72", "72+", "-72", "~1,374") or negate a
// word (a combining long stroke): normalising would drop them as punctuation, so a response
// holding one is refused, as "not 2021" and "about 1,374" are.
const CLAIM_SIGNS = /(?:[≠¬<>~≈±≤≥]|\u0338|\u20d2)|(?:^|\s)[!−–-]\s*\d|\d\s*\+/u;

/**
 * Whether a typed response counts as one of the accepted answers. `rivals` are other names and
 * options the response might be aiming at instead (normalised inside). Both sides are brought
 * to their canonical form first (`typed-answer-rules.ts`: numbers, units, months, spelling, a
 * leading "in", a city's own country), so only what a person adds without claiming more passes.
 */
export function matchesTyped(
	response: string,
	accepted: readonly string[],
	rivals: readonly string[] = NO_RIVALS
): boolean {
	if (response.length > TYPED_MAX_CHARS || CLAIM_SIGNS.test(response)) return false;
	const typed = canonicalForm(normaliseAnswer(response));
	if (!typed) return false;
	const forms = formsOf(accepted);
	if (forms.has(typed) || twoNamesTogether(typed, forms)) return true;
	const answerWords = canonicalAll(accepted).words;
	const rivalWords = canonicalAll(rivals).wordList;
	const typedWords = typed.split(' ');
	for (const answer of forms) {
		const typo = oneTypoAway(answer, typed, typedWords);
		if (!typo) continue;
		if (!rivalWords.some((rival) => !answerWords.has(rival) && withinOneEdit(rival, typo.typed)))
			return true;
	}
	return false;
}
