import { describe, expect, it } from 'vitest';
import { withoutPromptWords } from './typed-blank';

const PROMPT = 'Relations began to thaw in ____ of 2023, when markets reopened.';

describe('the prompt’s words around its blank', () => {
	it('offers the response with the words after the blank taken off its end', () => {
		expect(withoutPromptWords('September of 2023', PROMPT)).toContain('september');
	});

	it('lets small words go unsaid: "September 2023" is "September of 2023"', () => {
		expect(withoutPromptWords('September 2023', PROMPT)).toContain('september');
	});

	it('takes the words before the blank off its start, and both ends at once', () => {
		expect(withoutPromptWords('thaw in September', PROMPT)).toContain('september');
		expect(withoutPromptWords('thaw in September of 2023', PROMPT)).toContain('september');
	});

	it('takes off only the prompt’s own words, next to the blank', () => {
		const offered = withoutPromptWords('not in September', PROMPT);
		expect(offered).not.toContain('september');
		expect(withoutPromptWords('September when', PROMPT)).toEqual([]);
		// "markets" stands in the prompt, but not next to the blank.
		expect(withoutPromptWords('September markets', PROMPT)).toEqual([]);
	});

	it('never offers an empty answer; what is left is checked like any other', () => {
		// "2023" taken off "of 2023" leaves "of", which is no month; a small word alone stays.
		expect(withoutPromptWords('of 2023', PROMPT)).toEqual(['of']);
		expect(withoutPromptWords('in', PROMPT)).toEqual([]);
	});

	it('leaves a response alone when the prompt has no blank, or more than one', () => {
		expect(withoutPromptWords('September of 2023', 'When did relations thaw?')).toEqual([]);
		expect(withoutPromptWords('a and b', '____ and ____')).toEqual([]);
	});
});
