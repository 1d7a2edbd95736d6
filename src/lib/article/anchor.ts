import { sentenceId, type Article, type Paragraph, type Sentence } from './parse';

/** Where a link into the article points: a whole paragraph, or one sentence of it. */
export type ArticleAnchor =
	| { kind: 'paragraph'; paragraph: Paragraph }
	| { kind: 'sentence'; paragraph: Paragraph; sentence: Sentence };

/**
 * The result of reading a URL hash: nothing asked, a place found, or an id the article lacks
 * (cleaned by `echoId`, safe to show).
 */
export type AnchorLookup =
	{ kind: 'none' } | { kind: 'found'; anchor: ArticleAnchor } | { kind: 'missing'; id: string };

const ANCHOR_ID = /^p(\d{1,4})(?:s(\d{1,4}))?$/;
/** Longest part of an unknown id that is echoed back to the reader. */
export const ECHO_MAX = 40;
// Control and bidirectional formatting characters (overrides, embeddings, isolates, marks):
// echoed, they would hide text or reverse the sentence around them.
const UNSAFE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** An address of a sentence, `/article#p12s2`; the ids are those `parse.ts` gives. */
export function sourceHref(source: { paragraph: number; sentence: number }): string {
	return `/article#${sentenceId(source.paragraph, source.sentence)}`;
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

/** Resolves a hash such as `#p7s2` or `#p7` against the article. */
export function lookupAnchor(article: Article, hash: string): AnchorLookup {
	const id = decodeHash(hash);
	if (!id) return { kind: 'none' };
	const match = ANCHOR_ID.exec(id);
	if (!match) return { kind: 'missing', id: echoId(id) };
	const paragraph = article.paragraphs[Number(match[1]) - 1];
	if (!paragraph) return { kind: 'missing', id };
	if (match[2] === undefined) return { kind: 'found', anchor: { kind: 'paragraph', paragraph } };
	const sentence = paragraph.sentences[Number(match[2]) - 1];
	if (!sentence) return { kind: 'missing', id };
	return { kind: 'found', anchor: { kind: 'sentence', paragraph, sentence } };
}

function decodeHash(hash: string): string {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		return decodeURIComponent(raw).trim();
	} catch {
		return raw.trim();
	}
}
