/**
 * Tolerant comparison of typed answers: forgiving about case, outer spaces, punctuation,
 * diacritics (Sadozaï = Sadozai), quote marks, thousands separators (1,374 = 1374 = 1 374),
 * a leading "the/a/an", and one typo in a word of five letters or more. Never about digits
 * (1990s ≠ 1980s), and no typo credit when the response is as close to another name of the
 * article (Kabul, Kabir...) as to the answer.
 */

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

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		previous = current;
	}
	return previous[b.length]!;
}

const hasDigit = (word: string) => /\d/.test(word);

/** Whether two words are at most one insertion, deletion or substitution apart (linear time). */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1) return false;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	let i = 0;
	while (i < short.length && short[i] === long[i]) i++;
	// Past the first difference, the rest must match after skipping one character of the
	// longer word (insertion) or of both (substitution).
	return short.length === long.length
		? short.slice(i + 1) === long.slice(i + 1)
		: short.slice(i) === long.slice(i + 1);
}

/** Whether `response` is `accepted` with exactly one typo in one long, digit-free word. */
function oneTypoAway(
	accepted: string,
	response: string
): { answerWord: string; typed: string } | undefined {
	const a = accepted.split(' ');
	const r = response.split(' ');
	if (a.length !== r.length) return undefined;
	const differing = a.flatMap((word, i) => (word === r[i] ? [] : [i]));
	if (differing.length !== 1) return undefined;
	const answerWord = a[differing[0]!]!;
	const typed = r[differing[0]!]!;
	if (answerWord.length < 5 || hasDigit(answerWord) || hasDigit(typed)) return undefined;
	return withinOneEdit(answerWord, typed) ? { answerWord, typed } : undefined;
}

const normalised = new WeakMap<readonly string[], string[]>();

// Accepted answers and the rival names are the same arrays check after check: normalise once.
function normaliseAll(texts: readonly string[], split: boolean): string[] {
	let result = normalised.get(texts);
	if (!result) {
		const forms = texts.map(normaliseAnswer);
		result = split ? [...new Set(forms.flatMap((form) => form.split(' ')))].filter(Boolean) : forms;
		normalised.set(texts, result);
	}
	return result;
}

/**
 * Whether a typed response counts as one of the accepted answers. `rivals` are other names and
 * options the response might be aiming at instead (normalised inside).
 */
export function matchesTyped(
	response: string,
	accepted: readonly string[],
	rivals: readonly string[] = []
): boolean {
	const typed = normaliseAnswer(response);
	if (!typed) return false;
	const answers = normaliseAll(accepted, false);
	if (answers.includes(typed)) return true;
	return answers.some((answer) => {
		const typo = oneTypoAway(answer, typed);
		if (!typo) return false;
		const answerWords = new Set(answers.flatMap((a) => a.split(' ')));
		return !normaliseAll(rivals, true).some(
			(rival) => !answerWords.has(rival) && withinOneEdit(rival, typo.typed)
		);
	});
}
