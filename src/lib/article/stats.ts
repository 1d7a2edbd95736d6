import type { Article } from './parse';

const WORDS_PER_MINUTE = 220;

/** Counts a reader cares about before starting: paragraphs, sentences, words and minutes. */
export function articleStats(article: Article) {
	const words = article.paragraphs.reduce((sum, p) => sum + p.text.split(/\s+/).length, 0);
	return {
		paragraphs: article.paragraphs.length,
		sentences: article.paragraphs.reduce((sum, p) => sum + p.sentences.length, 0),
		words,
		minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE))
	};
}
