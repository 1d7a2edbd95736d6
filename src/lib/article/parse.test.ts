import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, splitSentences } from './parse';
import { article } from './source';

const raw = readFileSync(new URL('./article.txt', import.meta.url), 'utf8');

describe('splitSentences', () => {
	it.each([
		['One. Two.', ['One.', 'Two.']],
		['Is it? Yes! Fine.', ['Is it?', 'Yes!', 'Fine.']],
		['He said “go.” Then left.', ['He said “go.”', 'Then left.']],
		['Wait … ‘We go,’ she said.', ['Wait … ‘We go,’ she said.']],
		['Met J. Smith today. Then home.', ['Met J. Smith today.', 'Then home.']],
		['Ask Dr. Who. Fine.', ['Ask Dr. Who.', 'Fine.']],
		['It said so. “[By] going,” he said.', ['It said so.', '“[By] going,” he said.']],
		['A 1,374-kilometer border. 2021 came.', ['A 1,374-kilometer border.', '2021 came.']],
		['lower. case stays', ['lower. case stays']],
		['No end', ['No end']]
	])('%s', (input, expected) => {
		expect(splitSentences(input)).toEqual(expected);
	});
});

describe('the article', () => {
	it('has the title and 24 paragraphs in reading order', () => {
		expect(article.title).toBe(
			'Tajik-Taliban Relations Slowly Warm, But Both Sides Hedge Their Bets'
		);
		expect(article.paragraphs).toHaveLength(24);
		expect(article.paragraphs.map((p) => p.id)).toEqual(
			Array.from({ length: 24 }, (_, i) => `p${i + 1}`)
		);
	});

	it('keeps the text verbatim, typos and curly quotes included', () => {
		const body = raw.split('\n').slice(1).join(' ');
		for (const quirk of ['a upbeat', 'dealsthat', 'RFE/RL’s', '[Tajik]', '[By]', '…', '“mafia.”']) {
			expect(body).toContain(quirk);
			expect(article.paragraphs.some((p) => p.text.includes(quirk))).toBe(true);
		}
	});

	it('loses and adds no character when splitting a paragraph', () => {
		for (const paragraph of article.paragraphs) {
			expect(paragraph.sentences.map((s) => s.text).join(' ')).toBe(paragraph.text);
		}
	});

	it('matches the shared source file, when it is beside the repo', () => {
		let shared: string;
		try {
			shared = readFileSync(
				new URL('../../../../shared/source/article.txt', import.meta.url),
				'utf8'
			);
		} catch {
			return; // a clone elsewhere has only the copy
		}
		expect(raw).toBe(shared);
	});

	// The sentence ids are how every question cites the article: these pin them.
	it.each([
		['p1s1', 'Talk about mixed signals.'],
		['p3s1', 'Days later, the Taliban’s chief spokesman issued a upbeat'],
		['p4s2', 'Even so, a warming trend is observable'],
		['p6s1', '“What’s really improved is that bilateral meetings are made public.'],
		['p6s2', 'The big game changer is also the fact that [Tajik] authorities'],
		['p14s1', '“Our political relations with Tajikistan are improving'],
		['p14s2', 'Their delegation came here'],
		[
			'p16s1',
			'“It’s very paradoxical … ‘We deny your existence, but it’s business as usual,’” Sadozaï said.'
		],
		['p16s2', '“They [Tajik officials] have to engage'],
		['p19s2', 'Gadoev called Rahmon a “dictator” who runs his government like a “mafia.”'],
		['p20s3', '“[By] letting Gadoev enter Afghanistan'],
		['p24s1', 'As to formal recognition from the current Tajik regime']
	])('%s starts with its sentence', (id, start) => {
		const sentence = article.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === id);
		expect(sentence?.text.startsWith(start)).toBe(true);
	});

	it('counts the sentences of each paragraph', () => {
		expect(article.paragraphs.map((p) => p.sentences.length)).toEqual([
			1, 1, 1, 2, 1, 2, 2, 1, 2, 2, 1, 2, 1, 2, 5, 2, 1, 3, 2, 3, 1, 3, 2, 1
		]);
	});
});

describe('parseArticle', () => {
	it('ignores blank lines and Windows line ends', () => {
		const parsed = parseArticle('Title\r\n\r\nFirst one. Second one.\r\n\r\nThird.\r\n');
		expect(parsed.title).toBe('Title');
		expect(parsed.paragraphs.map((p) => p.sentences.map((s) => s.id))).toEqual([
			['p1s1', 'p1s2'],
			['p2s1']
		]);
	});

	it('refuses text with no paragraph', () => {
		expect(() => parseArticle('Only a title')).toThrow(/at least one paragraph/);
		expect(() => parseArticle('')).toThrow();
	});
});
