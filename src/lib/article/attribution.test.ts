import { expect, it } from 'vitest';
import { ARTICLE_SIZE, ATTRIBUTION } from './attribution';
import { article } from './source';
import { articleStats } from './stats';

it('credits the article under its own title', () => {
	expect(ATTRIBUTION.title).toBe(article.title);
});

it('states the size the parsed article has', () => {
	expect(ARTICLE_SIZE).toEqual(articleStats(article));
});
