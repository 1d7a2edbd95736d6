import type { Article, Paragraph, Sentence } from './parse';

/** Where a link into the article points: a whole paragraph, or one sentence of it. */
export type ArticleAnchor =
	| { kind: 'paragraph'; paragraph: Paragraph }
	| { kind: 'sentence'; paragraph: Paragraph; sentence: Sentence };

/** The result of reading a URL hash: nothing asked, a place found, or an id the article lacks. */
export type AnchorLookup =
	{ kind: 'none' } | { kind: 'found'; anchor: ArticleAnchor } | { kind: 'missing'; id: string };

const ANCHOR_ID = /^p(\d{1,4})(?:s(\d{1,4}))?$/;

/** Resolves a hash such as `#p7s2` or `#p7` against the article. */
export function lookupAnchor(article: Article, hash: string): AnchorLookup {
	const id = decodeHash(hash);
	if (!id) return { kind: 'none' };
	const match = ANCHOR_ID.exec(id);
	if (!match) return { kind: 'missing', id };
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
