import { normaliseAnswer } from './typed-answer';

// A fill-in-the-blank prompt ("Talk about ____ signals.") invites a student to write the words
// around the blank too ("mixed signals", "September of 2023"). Those words are the prompt's own,
// so they claim nothing: the answer is what is left once they are taken off the response's ends.

const BLANK = /_{3,}/;
/** Small words a person may leave out when retyping the prompt's words ("September 2023"). */
const SLIGHT = new Set(['of', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'from', 'by']);
/** How many of the prompt's words on each side of the blank a response may repeat. */
const MOST_WORDS = 4;

const wordsOf = (text: string) => normaliseAnswer(text).split(' ').filter(Boolean);
const weighty = (words: readonly string[]) => words.filter((word) => !SLIGHT.has(word)).join(' ');

/**
 * Whether `words` retype some of `side` next to the blank: the same words but for small ones,
 * at least one of them not small. `side` lists the prompt's words outward from the blank.
 */
function retypes(words: readonly string[], side: readonly string[]): boolean {
	const wanted = weighty(words);
	if (!wanted) return false;
	for (let n = 1; n <= side.length; n++) if (weighty(side.slice(0, n)) === wanted) return true;
	return false;
}

type Sides = { before: string[]; after: string[]; near: Set<string> } | undefined;
/** The bank's prompts are few and each is checked many times (a class's results): read once. */
const SIDES = new Map<string, Sides>();

/** The prompt's words on each side of its one blank, outward from it (the words before, backwards). */
function sidesOf(prompt: string): Sides {
	if (SIDES.has(prompt)) return SIDES.get(prompt);
	const parts = prompt.split(BLANK);
	let sides: Sides;
	if (parts.length === 2) {
		const before = wordsOf(parts[0]!).reverse().slice(0, MOST_WORDS);
		const after = wordsOf(parts[1]!).slice(0, MOST_WORDS);
		sides = { before, after, near: new Set([...before, ...after]) };
	}
	if (SIDES.size < 1000) SIDES.set(prompt, sides);
	return sides;
}

/**
 * The response without the prompt's words that stand just before its one blank (taken off the
 * response's start) and just after it (off its end), each way it can be read; none when the
 * prompt has no single blank or the response does not begin or end with one of those words.
 */
export function withoutPromptWords(response: string, prompt: string): string[] {
	const sides = sidesOf(prompt);
	if (!sides) return [];
	const { before, after, near } = sides;
	const words = wordsOf(response);
	// Most responses neither begin nor end with a word next to the blank: nothing to try.
	if (!near.has(words[0]!) && !near.has(words[words.length - 1]!)) return [];
	const candidates: string[] = [];
	for (let start = 0; start < words.length; start++) {
		if (start > 0 && !retypes(words.slice(0, start).reverse(), before)) continue;
		for (let end = words.length; end > start; end--) {
			if (start === 0 && end === words.length) continue;
			if (end < words.length && !retypes(words.slice(end), after)) continue;
			candidates.push(words.slice(start, end).join(' '));
		}
	}
	return candidates;
}
