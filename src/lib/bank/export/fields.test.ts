import { describe, expect, it } from 'vitest';
import { alphabetical, citation, citations, letter } from './fields';

describe('the shared export fields', () => {
	it('cite a sentence or a run of sentences, quoting the article once', () => {
		expect(citation({ paragraph: 4, sentence: 2, quote: 'a rugged border' })).toBe(
			'Paragraph 4, sentence 2: “a rugged border”'
		);
		expect(
			citation({ paragraph: 16, sentence: 2, sentenceEnd: 3, quote: '“It’s very paradoxical …”' })
		).toBe('Paragraph 16, sentences 2–3: “It’s very paradoxical …”');
		expect(citation({ paragraph: 1, sentence: 1, sentenceEnd: 1, quote: 'x' })).toBe(
			'Paragraph 1, sentence 1: “x”'
		);
	});

	it('cite every passage a record rests on, the further ones too, one a line', () => {
		const source = { paragraph: 4, sentence: 2, quote: 'a rugged border' };
		expect(citations({ source })).toBe('Paragraph 4, sentence 2: “a rugged border”');
		const also = [{ paragraph: 22, sentence: 1, sentenceEnd: 2, quote: 'outside factors' }];
		expect(citations({ source, also })).toBe(
			'Paragraph 4, sentence 2: “a rugged border”\nParagraph 22, sentences 1–2: “outside factors”'
		);
	});

	it('letter options and sort lists without changing the original', () => {
		expect([0, 1, 25].map(letter)).toEqual(['A', 'B', 'Z']);
		const steps = ['The 1990s', '2021', 'Ägypten', 'after'];
		expect(alphabetical(steps)).toEqual(['2021', 'after', 'Ägypten', 'The 1990s']);
		expect(steps[0]).toBe('The 1990s');
	});
});
