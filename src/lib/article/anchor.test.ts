import { describe, expect, it } from 'vitest';
import { ECHO_MAX, echoId, lookupAnchor, sourceHref } from './anchor';
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

	it('finds a paragraph', () => {
		const result = lookupAnchor(article, '#p23');
		expect(result).toMatchObject({ kind: 'found', anchor: { kind: 'paragraph' } });
	});

	it('reports nothing for an empty hash', () => {
		expect(lookupAnchor(article, '')).toEqual({ kind: 'none' });
		expect(lookupAnchor(article, '#')).toEqual({ kind: 'none' });
	});

	it.each(['#p99s1', '#p7s9', '#p0', '#p0s1', '#banana', '#p7s', '#%E0%A4%A', '#p1s1x'])(
		'reports %s as missing',
		(hash) => {
			expect(lookupAnchor(article, hash).kind).toBe('missing');
		}
	);
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
