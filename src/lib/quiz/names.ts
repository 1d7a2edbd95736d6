import type { Article } from '../article/parse';

/**
 * The article's proper names (capitalised words not starting a sentence): the rivals a typed
 * answer is compared with before it gets typo credit, so "Kabil" is not taken for "Kabul".
 */
export function articleNames(article: Article): string[] {
	const names = new Set<string>();
	for (const paragraph of article.paragraphs)
		for (const sentence of paragraph.sentences)
			for (const word of sentence.text.split(/\s+/).slice(1)) {
				const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/[’']s$/, '');
				if (/^\p{Lu}\p{L}{2,}/u.test(bare)) names.add(bare);
			}
	return [...names].sort();
}
