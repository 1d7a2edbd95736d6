import { expect, it } from 'vitest';
import { ATTRIBUTION } from './attribution';
import { article } from './source';

it('credits the article under its own title', () => {
	expect(ATTRIBUTION.title).toBe(article.title);
});
