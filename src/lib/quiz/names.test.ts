import { expect, it } from 'vitest';
import { article } from '$lib/article/source';
import { ARTICLE_NAMES } from './fixtures/article-names';
import { articleNames } from './names';

it('collects the article’s names, without sentence-initial words', () => {
	const names = articleNames(article);
	for (const name of ARTICLE_NAMES) expect(names).toContain(name);
	expect(names).not.toContain('Talk');
	expect(names).not.toContain('Relations');
});
