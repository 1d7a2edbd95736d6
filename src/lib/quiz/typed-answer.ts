/**
 * Tolerant comparison of typed answers: forgiving about case, outer spaces, punctuation,
 * diacritics (Sadozaï = Sadozai), quote marks, thousands separators (1,374 = 1374 = 1 374),
 * a leading "the/a/an", and one typo in a word of five letters or more. Never about digits
 * (1990s ≠ 1980s), and no typo credit when the response is as close to another name of the
 * article (Kabul, Kabir...) as to the answer.
 */

/** The comparable form of an answer. */
export function normaliseAnswer(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/(\d)[,.\s\u00a0\u202f’'](?=\d{3}(?!\d))/g, '$1')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^(the|a|an) /, '');
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
	return editDistance(answerWord, typed, 1) === 1 ? { answerWord, typed } : undefined;
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
	const answers = accepted.map(normaliseAnswer);
	if (answers.includes(typed)) return true;
	const answerWords = new Set(answers.flatMap((answer) => answer.split(' ')));
	const rivalWords = rivals
		.flatMap((rival) => normaliseAnswer(rival).split(' '))
		.filter((word) => word.length > 0 && !answerWords.has(word));
	return answers.some((answer) => {
		const typo = oneTypoAway(answer, typed);
		if (!typo) return false;
		return !rivalWords.some((rival) => editDistance(rival, typo.typed, 1) <= 1);
	});
}
