import { describe, expect, it } from 'vitest';
import { ECHO_MAX, echoId, lookupAnchor, passageLabel, sourceHref } from './anchor';
import { article } from './source';

describe('lookupAnchor', () => {
	it('finds a sentence', () => {
		const result = lookupAnchor(article, '#p7s2');
		expect(result.kind).toBe('found');
		if (result.kind !== 'found' || result.anchor.kind !== 'sentence')
			throw new Error('no sentence');
		expect(result.anchor.sentence.id).toBe('p7s2');
		expect(result.anchor.paragraph.id).toBe('p7');
	});

	it('finds a run of sentences, the first one named', () => {
		const result = lookupAnchor(article, '#p22s1-3');
		if (result.kind !== 'found' || result.anchor.kind !== 'sentence')
			throw new Error('no sentences');
		expect(result.anchor.sentence.id).toBe('p22s1');
		expect(result.anchor.sentences.map((s) => s.id)).toEqual(['p22s1', 'p22s2', 'p22s3']);
	});

	it('finds a paragraph', () => {
		const result = lookupAnchor(article, '#p23');
		expect(result).toMatchObject({ kind: 'found', anchor: { kind: 'paragraph' } });
	});

	it('reports nothing for an empty hash', () => {
		expect(lookupAnchor(article, '')).toEqual({ kind: 'none' });
		expect(lookupAnchor(article, '#')).toEqual({ kind: 'none' });
	});

	it.each([
		'#p99s1',
		'#p7s9',
		'#p0',
		'#p0s1',
		'#banana',
		'#p7s',
		'#%E0%A4%A',
		'#p1s1x',
		'#p22s2-1',
		'#p22s1-9',
		'#p22s1-'
	])('reports %s as missing', (hash) => {
		expect(lookupAnchor(article, hash).kind).toBe('missing');
	});
});

describe('echoId', () => {
	it('regression: /article#<100,000 characters> echoes a short id, not a page a million pixels wide', () => {
		const result = lookupAnchor(article, `#${'x'.repeat(100_000)}`);
		expect(result).toEqual({ kind: 'missing', id: `${'x'.repeat(ECHO_MAX - 1)}…` });
	});

	it('regression: a right-to-left override in the hash cannot reverse the notice', () => {
		const result = lookupAnchor(
			article,
			`#${encodeURIComponent('abc\u202Edef\u2066\u200Fg\u0007')}`
		);
		expect(result).toEqual({ kind: 'missing', id: 'abcdefg' });
	});

	it('keeps short ids and other scripts as they are', () => {
		expect(echoId('банан')).toBe('банан');
		expect(echoId('p99s1')).toBe('p99s1');
	});

	it('cuts by characters, never inside a surrogate pair', () => {
		const echoed = echoId('😀'.repeat(ECHO_MAX + 5));
		expect([...echoed]).toHaveLength(ECHO_MAX);
		expect(echoed.endsWith('…')).toBe(true);
	});
});

describe('sourceHref', () => {
	it('points at the sentence id the parser gives', () => {
		const sentence = article.paragraphs[11]!.sentences[1]!;
		expect(sourceHref({ paragraph: 12, sentence: 2 })).toBe(`/article#${sentence.id}`);
	});
});

describe('passages', () => {
	it('link a run of sentences as one range, and name it for a reader', () => {
		expect(sourceHref({ paragraph: 22, sentence: 1, sentenceEnd: 3 })).toBe('/article#p22s1-3');
		expect(sourceHref({ paragraph: 22, sentence: 2, sentenceEnd: 2 })).toBe('/article#p22s2');
		expect(passageLabel({ paragraph: 22, sentence: 1, sentenceEnd: 3 })).toBe(
			'Paragraph 22, sentences 1–3'
		);
		expect(passageLabel({ paragraph: 4, sentence: 2 })).toBe('Paragraph 4, sentence 2');
	});

	it('every range link resolves to the sentences it names', () => {
		const result = lookupAnchor(
			article,
			sourceHref({ paragraph: 12, sentence: 1, sentenceEnd: 2 }).slice(8)
		);
		expect(
			result.kind === 'found' && result.anchor.kind === 'sentence' && result.anchor.sentences.length
		).toBe(2);
	});
});
