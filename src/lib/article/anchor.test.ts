import { describe, expect, it } from 'vitest';
import { lookupAnchor } from './anchor';
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
