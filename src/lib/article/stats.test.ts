import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse';
import { article } from './source';
import { articleStats } from './stats';

describe('articleStats', () => {
	it('counts the article', () => {
		expect(articleStats(article)).toEqual({
			paragraphs: 24,
			sentences: 44,
			words: 918,
			minutes: 4
		});
	});

	it('never promises less than a minute', () => {
		expect(articleStats(parseArticle('T\nOne short line.')).minutes).toBe(1);
	});
});
