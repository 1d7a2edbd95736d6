import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	START,
	deckSequence,
	fitsDeck,
	moveDeck,
	type DeckAction,
	type DeckPosition,
	type DeckShape
} from './present-deck';

const shape: DeckShape = { count: 3, hasResults: true };

describe('moveDeck', () => {
	it('walks forward hidden, reveals, and ends on the closing slide', () => {
		let p = START;
		p = moveDeck(p, 'reveal', shape);
		expect(p).toMatchObject({ at: 0, revealed: true });
		p = moveDeck(p, 'next', shape);
		expect(p).toEqual({ ...START, at: 1 });
		p = moveDeck(moveDeck(p, 'next', shape), 'next', shape);
		expect(p.at).toBe(3);
		expect(moveDeck(p, 'next', shape)).toBe(p);
		expect(moveDeck(p, 'reveal', shape)).toBe(p);
		expect(moveDeck(p, 'back', shape).at).toBe(2);
	});

	it('explains in a second step, in place of the class’s answers, and hides it all at once', () => {
		const answer = moveDeck(START, 'reveal', shape);
		const why = moveDeck(answer, 'explain', shape);
		expect(why).toMatchObject({ revealed: true, explained: true, results: false });
		expect(moveDeck(why, 'explain', shape)).toEqual(answer);
		// Straight from the question, too; and the class's answers take the options back.
		expect(moveDeck(START, 'explain', shape)).toEqual(why);
		const results = moveDeck(why, 'results', shape);
		expect(results).toMatchObject({ revealed: true, explained: false, results: true });
		expect(moveDeck(results, 'explain', shape)).toEqual(why);
		expect(moveDeck(why, 'reveal', shape)).toEqual(START);
		expect(moveDeck(moveDeck(why, 'next', shape), 'back', shape)).toEqual(START);
		const closing = { ...START, at: 3 };
		expect(moveDeck(closing, 'explain', shape)).toBe(closing);
	});

	/** Four clicker steps from the start, then every one of them stepped back, in turn. */
	const walk = (s: DeckShape) => {
		const steps: DeckPosition[] = [START];
		for (let i = 0; i < 4; i++) steps.push(moveDeck(steps.at(-1)!, 'step', s));
		for (let i = steps.length - 1; i > 0; i--)
			expect(moveDeck(steps[i]!, 'unstep', s), `back from step ${i}`).toEqual(steps[i - 1]);
		return steps.map((p) => [p.at, p.revealed, p.results, p.explained]);
	};

	it('steps as a clicker goes: the answer, why, the next question; and back the same way', () => {
		const plain = { count: 3, hasResults: false };
		// [at, revealed, results, explained]; back from a question goes into the one before on
		// its last step.
		expect(walk(plain)).toEqual([
			[0, false, false, false],
			[0, true, false, false],
			[0, true, false, true],
			[1, false, false, false],
			[1, true, false, false]
		]);
		expect(moveDeck(START, 'unstep', plain)).toBe(START);
		const closing = { ...START, at: 3 };
		expect(moveDeck(closing, 'step', plain)).toBe(closing);
		expect(moveDeck(closing, 'unstep', plain)).toEqual({
			...START,
			at: 2,
			revealed: true,
			explained: true
		});
	});

	it('steps through the class’s answers too, when there are results', () => {
		expect(walk(shape)).toEqual([
			[0, false, false, false],
			[0, true, false, false],
			[0, true, true, false],
			[0, true, false, true],
			[1, false, false, false]
		]);
	});

	it('goes no further back than the first question', () => {
		expect(moveDeck(START, 'back', shape)).toBe(START);
	});

	it('shows the class’s answers only with results, and revealed', () => {
		const up = moveDeck(START, 'results', shape);
		expect(up).toMatchObject({ revealed: true, results: true });
		expect(moveDeck(up, 'reveal', shape)).toMatchObject({ revealed: false, results: false });
		expect(moveDeck(START, 'results', { count: 3, hasResults: false })).toBe(START);
	});

	it('switches to hardest first from its first question, only when there are results', () => {
		const later = { ...START, at: 2, revealed: true };
		expect(moveDeck(later, 'order', shape)).toEqual({ ...START, order: 'hardest' });
		expect(moveDeck(later, 'order', { count: 3, hasResults: false })).toBe(later);
	});

	it('never leaves the deck, whatever is pressed', () => {
		const actions: DeckAction[] = [
			'next',
			'back',
			'step',
			'unstep',
			'reveal',
			'explain',
			'results',
			'order',
			'first'
		];
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 50 }),
				fc.boolean(),
				fc.array(fc.constantFrom(...actions), { maxLength: 80 }),
				(count, hasResults, presses) => {
					const s = { count, hasResults };
					const end = presses.reduce((p, a) => moveDeck(p, a, s), START);
					expect(fitsDeck(end, s)).toBe(true);
				}
			)
		);
	});
});

describe('deckSequence and fitsDeck', () => {
	it('orders by the quiz, or hardest first when known', () => {
		expect(deckSequence('quiz', 3, [2, 0, 1])).toEqual([0, 1, 2]);
		expect(deckSequence('hardest', 3, [2, 0, 1])).toEqual([2, 0, 1]);
		expect(deckSequence('hardest', 3, undefined)).toEqual([0, 1, 2]);
	});

	it('refuses a position from another deck or out of range', () => {
		expect(fitsDeck({ ...START, at: 4 }, shape)).toBe(false);
		expect(fitsDeck({ ...START, at: 1.5 }, shape)).toBe(false);
		expect(fitsDeck({ ...START, order: 'hardest' }, { count: 3, hasResults: false })).toBe(false);
		expect(fitsDeck({ ...START, results: true }, shape)).toBe(false);
		expect(fitsDeck({ ...START, explained: true }, shape)).toBe(false);
		const why = { ...START, revealed: true, explained: true };
		expect(fitsDeck(why, shape)).toBe(true);
		expect(fitsDeck({ ...why, results: true }, shape)).toBe(false);
	});
});
