import { expect, it } from 'vitest';
import { article } from '$lib/article/source';
import { tinyBank } from './fixtures/tiny-bank';
import { parseBank } from './parse';
import { renderReview } from './review';

it('renders every item with its answer, distractors, quote and explanation', () => {
	const result = parseBank(tinyBank());
	if (!result.ok) throw new Error('fixture invalid');
	const sheet = renderReview(result.bank, article);
	expect(sheet).toContain('## Paragraph 4');
	expect(sheet).toContain('### Fact `border-length` (p4s2)');
	expect(sheet).toContain('   - B. **1,374 km** ✓');
	expect(sheet).toContain('   - A. 72 km');
	expect(sheet).toContain('   - Why: The article says');
	expect(sheet).toContain('Quote (p4s2): “a rugged 1,374-kilometer-long border”');
	expect(sheet).toContain('By type: single: 1 · multiple: 1');
	expect(sheet.match(/^\d+\. \*/gm)).toHaveLength(7);
});

it('lists every further passage of an item, with its sentence range', () => {
	const raw = tinyBank();
	Object.assign(raw.items[0]!, {
		also: [{ paragraph: 4, sentence: 1, sentenceEnd: 2, quote: 'Even so, a warming trend' }]
	});
	const result = parseBank(raw);
	if (!result.ok) throw new Error('fixture invalid');
	expect(renderReview(result.bank, article)).toContain(
		'   - Also (p4s1-2): “Even so, a warming trend”'
	);
});
