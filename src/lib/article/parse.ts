/** A sentence of the article, addressable as `p{paragraph}s{index}` (both 1-based). */
export interface Sentence {
	id: string;
	paragraph: number;
	index: number;
	text: string;
}

/** A paragraph of the article, addressable as `p{number}`. */
export interface Paragraph {
	id: string;
	number: number;
	text: string;
	sentences: Sentence[];
}

export interface Article {
	title: string;
	paragraphs: Paragraph[];
}

const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'st',
	'u.s',
	'e.g',
	'i.e',
	'vs',
	'jr',
	'sr'
]);

// A full stop, ? or ! (never the ellipsis "…"), then any closing quotes or brackets, then space,
// then the start of a new sentence: a capital or digit, possibly behind an opening quote or "[".
const BOUNDARY = /[.!?][”’"')\]]*(?=\s+[“‘"'([]*[\p{Lu}\d])/gu;

/** Splits one paragraph into sentences, keeping each sentence's text exactly as written. */
export function splitSentences(paragraph: string): string[] {
	const sentences: string[] = [];
	let start = 0;
	for (const match of paragraph.matchAll(BOUNDARY)) {
		const end = match.index + match[0].length;
		if (endsWithAbbreviation(paragraph.slice(start, match.index + 1))) continue;
		sentences.push(paragraph.slice(start, end).trim());
		start = end;
	}
	const rest = paragraph.slice(start).trim();
	if (rest) sentences.push(rest);
	return sentences;
}

function endsWithAbbreviation(text: string): boolean {
	const lastWord = /(\S+)\.$/u.exec(text)?.[1];
	if (!lastWord) return false;
	if (/^\p{Lu}$/u.test(lastWord)) return true; // an initial, as in "J. Smith"
	return ABBREVIATIONS.has(lastWord.toLowerCase());
}

/** The stable id of a paragraph, `p7`: its anchor in `/article`. */
const paragraphId = (paragraph: number): string => `p${paragraph}`;

/** The stable id of a sentence, `p7s2`, which questions cite. */
export const sentenceId = (paragraph: number, sentence: number): string =>
	`${paragraphId(paragraph)}s${sentence}`;

/**
 * Parses the article's plain text: the first non-empty line is the title, every further
 * non-empty line a paragraph. Ids follow reading order, so they are stable while the text is.
 */
export function parseArticle(raw: string): Article {
	const lines = raw
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line.length > 0);
	const [title, ...body] = lines;
	if (!title || body.length === 0)
		throw new Error('The article needs a title line and at least one paragraph.');
	const paragraphs = body.map((text, i): Paragraph => {
		const number = i + 1;
		const sentences = splitSentences(text).map((sentence, j) => ({
			id: sentenceId(number, j + 1),
			paragraph: number,
			index: j + 1,
			text: sentence
		}));
		return { id: paragraphId(number), number, text, sentences };
	});
	return { title, paragraphs };
}
