import { sentenceId, type Article, type Paragraph, type Sentence } from './parse';

/**
 * Where a link into the article points: a whole paragraph, or a run of its sentences (`sentence`
 * is the first, `sentences` all of them: one for `#p12s2`, two for `#p12s1-2`).
 */
export type ArticleAnchor =
	| { kind: 'paragraph'; paragraph: Paragraph }
	| { kind: 'sentence'; paragraph: Paragraph; sentence: Sentence; sentences: Sentence[] };

/**
 * The result of reading a URL hash: nothing asked, a place found, or an id the article lacks
 * (cleaned by `echoId`, safe to show).
 */
export type AnchorLookup =
	{ kind: 'none' } | { kind: 'found'; anchor: ArticleAnchor } | { kind: 'missing'; id: string };

const ANCHOR_ID = /^p(\d{1,4})(?:s(\d{1,4})(?:-(\d{1,4}))?)?$/;
/** Longest part of an unknown id that is echoed back to the reader. */
export const ECHO_MAX = 40;
// Control and bidirectional formatting characters (overrides, embeddings, isolates, marks):
// echoed, they would hide text or reverse the sentence around them.
const UNSAFE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** A cited passage: a sentence of a paragraph, or a run of them up to `sentenceEnd`. */
export interface Passage {
	paragraph: number;
	sentence: number;
	sentenceEnd?: number;
}

const lastOf = (passage: Passage) => Math.max(passage.sentence, passage.sentenceEnd ?? 0);

/** A passage's id: `p12s2`, the parser's sentence id, or `p12s1-2` for a run of sentences. */
export function passageId(passage: Passage): string {
	const first = sentenceId(passage.paragraph, passage.sentence);
	return lastOf(passage) > passage.sentence ? `${first}-${lastOf(passage)}` : first;
}

/** An address of a passage, `/article#p12s2` or `/article#p12s1-2` (the whole run highlighted). */
export function sourceHref(passage: Passage): string {
	return `/article#${passageId(passage)}`;
}

/** How a passage is named to a reader: "Paragraph 12, sentence 2" or "…, sentences 1–2". */
export function passageLabel(passage: Passage): string {
	const last = lastOf(passage);
	return last > passage.sentence
		? `Paragraph ${passage.paragraph}, sentences ${passage.sentence}–${last}`
		: `Paragraph ${passage.paragraph}, sentence ${passage.sentence}`;
}

/**
 * An unknown id as it may be shown back: control and direction characters dropped, cut to
 * `ECHO_MAX` characters with an ellipsis, so a crafted link can neither widen nor reverse the page.
 */
export function echoId(id: string): string {
	const clean = id.replace(UNSAFE, '');
	const chars = [...clean];
	return chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX - 1).join('')}…` : clean;
}

/** Resolves a hash such as `#p7s2`, `#p7s1-2` or `#p7` against the article. */
export function lookupAnchor(article: Article, hash: string): AnchorLookup {
	const id = decodeHash(hash);
	if (!id) return { kind: 'none' };
	const match = ANCHOR_ID.exec(id);
	if (!match) return { kind: 'missing', id: echoId(id) };
	const paragraph = article.paragraphs[Number(match[1]) - 1];
	if (!paragraph) return { kind: 'missing', id };
	if (match[2] === undefined) return { kind: 'found', anchor: { kind: 'paragraph', paragraph } };
	const first = Number(match[2]);
	const last = match[3] === undefined ? first : Number(match[3]);
	const sentences = paragraph.sentences.slice(first - 1, last);
	const sentence = sentences[0];
	if (!sentence || last < first || sentences.length !== last - first + 1)
		return { kind: 'missing', id };
	return { kind: 'found', anchor: { kind: 'sentence', paragraph, sentence, sentences } };
}

function decodeHash(hash: string): string {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		return decodeURIComponent(raw).trim();
	} catch {
		return raw.trim();
	}
}
