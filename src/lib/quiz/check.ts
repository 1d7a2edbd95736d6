import type { Item } from '../bank/schema';
import { matchesTyped } from './typed-answer';
import { withoutPromptWords } from './typed-blank';

/** What a person answered, in the item's own indexes (not the shuffled display order). */
export type QuizResponse =
	| { type: 'choice'; index: number }
	| { type: 'choices'; indexes: number[] }
	| { type: 'boolean'; value: boolean }
	| { type: 'text'; value: string }
	/** For each pair i (left side), the index of the pair whose right side was chosen; -1 for none. */
	| { type: 'pairs'; rights: number[] }
	/** The sequence indexes in the order the person put them. */
	| { type: 'order'; sequence: number[] }
	/**
	 * A written answer, self-checked: the indexes of the key points the person ticked as made.
	 * The text stays on the person's device (a result code carries only the ticks).
	 */
	| { type: 'self'; ticks: number[]; text?: string }
	/** For each statement i, the group (0 or 1) it was sorted into; -1 for none. */
	| { type: 'groups'; groups: number[] };

export interface CheckResult {
	/** 0..1: partial credit for multiple select, matching, ordering, short answers and sorting. */
	score: number;
	correct: boolean;
}

const isIndexList = (value: unknown): value is number[] =>
	Array.isArray(value) && value.every((v) => Number.isInteger(v));

const result = (score: number): CheckResult => {
	const clamped = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
	return { score: clamped, correct: clamped === 1 };
};

/**
 * Scores a response to an item. Choices are right or wrong; multiple select scores
 * (right picks − wrong picks) ÷ right options, floored at 0; matching, right pairs ÷ pairs;
 * ordering, adjacent pairs in the right order ÷ (n − 1); a short answer, the key points
 * ticked ÷ points (each counted once); sorting, statements in their group ÷ statements; typed
 * answers go through `matchesTyped` with `rivals` (the article's other names), which accepts
 * what a person adds without claiming more (number words, units, "in 2021", "Kabul,
 * Afghanistan": the rules are in `typed-answer-rules.ts`; and the prompt's own words around
 * its blank, "mixed signals": `typed-blank.ts`), so `accepted` lists only other names. Never
 * throws: a response of the wrong shape (say, from a damaged record) scores 0.
 */
export function check(item: Item, response: unknown, rivals: readonly string[] = []): CheckResult {
	if (typeof response !== 'object' || response === null) return result(0);
	const r = response as Record<string, unknown>;
	switch (item.type) {
		case 'single':
		case 'who-said':
			return result(r.type === 'choice' && r.index === item.correct ? 1 : 0);
		case 'true-false':
			return result(r.type === 'boolean' && r.value === item.correct ? 1 : 0);
		case 'typed':
			return result(
				r.type === 'text' &&
					typeof r.value === 'string' &&
					(matchesTyped(r.value, item.accepted, rivals) ||
						withoutPromptWords(r.value, item.prompt).some((value) =>
							matchesTyped(value, item.accepted, rivals)
						))
					? 1
					: 0
			);
		case 'multiple': {
			if (r.type !== 'choices' || !isIndexList(r.indexes)) return result(0);
			const picked = new Set(r.indexes.filter((i) => i >= 0 && i < item.options.length));
			const right = [...picked].filter((i) => item.correct.includes(i)).length;
			return result((right - (picked.size - right)) / item.correct.length);
		}
		case 'matching': {
			if (r.type !== 'pairs' || !isIndexList(r.rights)) return result(0);
			const rights = r.rights;
			const matched = item.pairs.filter((_, i) => rights[i] === i).length;
			return result(matched / item.pairs.length);
		}
		case 'ordering': {
			if (r.type !== 'order' || !isIndexList(r.sequence)) return result(0);
			const sequence = r.sequence;
			const n = item.sequence.length;
			const isPermutation =
				sequence.length === n &&
				new Set(sequence).size === n &&
				sequence.every((i) => i >= 0 && i < n);
			if (!isPermutation) return result(0);
			let inOrder = 0;
			for (let k = 0; k < n - 1; k++) if (sequence[k + 1] === sequence[k]! + 1) inOrder++;
			return result(inOrder / (n - 1));
		}
		case 'short-answer': {
			if (r.type !== 'self' || !isIndexList(r.ticks)) return result(0);
			const ticked = new Set(r.ticks.filter((i) => i >= 0 && i < item.points.length));
			return result(ticked.size / item.points.length);
		}
		case 'classify': {
			if (r.type !== 'groups' || !isIndexList(r.groups)) return result(0);
			const groups = r.groups;
			const sorted = item.statements.filter((s, i) => groups[i] === s.group).length;
			return result(sorted / item.statements.length);
		}
	}
}

/** The response that is fully right, for answer keys and tests. */
export function correctResponse(item: Item): QuizResponse {
	switch (item.type) {
		case 'single':
		case 'who-said':
			return { type: 'choice', index: item.correct };
		case 'multiple':
			return { type: 'choices', indexes: [...item.correct] };
		case 'true-false':
			return { type: 'boolean', value: item.correct };
		case 'typed':
			return { type: 'text', value: item.accepted[0]! };
		case 'matching':
			return { type: 'pairs', rights: item.pairs.map((_, i) => i) };
		case 'ordering':
			return { type: 'order', sequence: item.sequence.map((_, i) => i) };
		case 'short-answer':
			return { type: 'self', ticks: item.points.map((_, i) => i), text: item.model };
		case 'classify':
			return { type: 'groups', groups: item.statements.map((s) => s.group) };
	}
}
