import type { Item } from '../bank/schema';
import type { QuizResponse } from './check';
import type { QuizQuestion } from './generate';

/** What a person has entered so far for one question, before submitting. */
export type Draft =
	| { type: 'choice'; index: number | null }
	| { type: 'choices'; indexes: number[] }
	| { type: 'boolean'; value: boolean | null }
	| { type: 'text'; value: string }
	| { type: 'pairs'; rights: number[] }
	| { type: 'order'; sequence: number[] }
	/** A written answer: the text, then (once the model answer is shown) the points ticked. */
	| { type: 'self'; text: string; revealed: boolean; ticks: number[] }
	| { type: 'groups'; groups: number[] };

/** The empty draft for a question; an ordering starts in its shuffled display order. */
export function emptyDraft(item: Item, question: QuizQuestion): Draft {
	switch (item.type) {
		case 'single':
		case 'who-said':
			return { type: 'choice', index: null };
		case 'multiple':
			return { type: 'choices', indexes: [] };
		case 'true-false':
			return { type: 'boolean', value: null };
		case 'typed':
			return { type: 'text', value: '' };
		case 'matching':
			return { type: 'pairs', rights: item.pairs.map(() => -1) };
		case 'ordering':
			return { type: 'order', sequence: [...question.order] };
		case 'short-answer':
			return { type: 'self', text: '', revealed: false, ticks: [] };
		case 'classify':
			return { type: 'groups', groups: item.statements.map(() => -1) };
	}
}

/** The response a draft amounts to, or null while it is incomplete. */
export function draftToResponse(draft: Draft): QuizResponse | null {
	switch (draft.type) {
		case 'choice':
			return draft.index === null ? null : { type: 'choice', index: draft.index };
		case 'choices':
			return draft.indexes.length
				? { type: 'choices', indexes: [...draft.indexes].sort((a, b) => a - b) }
				: null;
		case 'boolean':
			return draft.value === null ? null : { type: 'boolean', value: draft.value };
		case 'text':
			return draft.value.trim() ? { type: 'text', value: draft.value } : null;
		case 'pairs':
			return draft.rights.some((r) => r < 0) ? null : { type: 'pairs', rights: [...draft.rights] };
		case 'order':
			return { type: 'order', sequence: [...draft.sequence] };
		// Ticking is the answer: until the model answer is shown there is nothing to check.
		case 'self':
			return draft.revealed
				? { type: 'self', ticks: [...draft.ticks].sort((a, b) => a - b), text: draft.text }
				: null;
		case 'groups':
			return draft.groups.some((g) => g < 0) ? null : { type: 'groups', groups: [...draft.groups] };
	}
}

/**
 * What a draft amounts to when time runs out: like draftToResponse, but a matching with some
 * pairs chosen counts as answered so far (the rest as none), a sorting likewise; a written
 * answer counts only once its points were shown; null when nothing was entered.
 */
export function answerSoFar(draft: Draft): QuizResponse | null {
	if (draft.type === 'pairs')
		return draft.rights.some((r) => r >= 0) ? { type: 'pairs', rights: [...draft.rights] } : null;
	if (draft.type === 'groups')
		return draft.groups.some((g) => g >= 0) ? { type: 'groups', groups: [...draft.groups] } : null;
	return draftToResponse(draft);
}

/** A multiple-choice draft with one option's index chosen, or unchosen if it was. */
export function toggleChoice(draft: Extract<Draft, { type: 'choices' }>, index: number): Draft {
	return {
		type: 'choices',
		indexes: draft.indexes.includes(index)
			? draft.indexes.filter((i) => i !== index)
			: [...draft.indexes, index]
	};
}

/**
 * The draft after picking the answer shown at `position` (0-based, as digit key position + 1
 * picks it): true/false take positions 0 and 1, choices their display order, a multiple choice
 * toggles. Undefined when the position picks nothing (a typed, matching or ordering question,
 * or past the last option).
 */
export function pickPosition(
	draft: Draft,
	question: QuizQuestion,
	position: number
): Draft | undefined {
	const index = question.order[position];
	if (draft.type === 'boolean')
		return position < 2 ? { type: 'boolean', value: position === 0 } : undefined;
	if (index === undefined) return undefined;
	if (draft.type === 'choice') return { type: 'choice', index };
	if (draft.type === 'choices') return toggleChoice(draft, index);
	return undefined;
}

/** Moves one step of an ordering draft up (-1) or down (+1); returns the new sequence. */
export function moveStep(sequence: number[], position: number, by: -1 | 1): number[] {
	const target = position + by;
	if (target < 0 || target >= sequence.length) return sequence;
	const next = [...sequence];
	[next[position], next[target]] = [next[target]!, next[position]!];
	return next;
}

/** The draft a stored response shows as (reopening an answered question); empty if it doesn't fit. */
export function draftFromResponse(item: Item, question: QuizQuestion, response: unknown): Draft {
	const empty = emptyDraft(item, question);
	if (typeof response !== 'object' || response === null) return empty;
	const r = response as Record<string, unknown>;
	const indexes = (value: unknown): number[] | undefined =>
		Array.isArray(value) && value.every((v) => Number.isInteger(v))
			? (value as number[])
			: undefined;
	switch (empty.type) {
		case 'choice':
			return r.type === 'choice' && Number.isInteger(r.index)
				? { type: 'choice', index: r.index as number }
				: empty;
		case 'choices':
			return r.type === 'choices' && indexes(r.indexes)
				? { type: 'choices', indexes: indexes(r.indexes)! }
				: empty;
		case 'boolean':
			return r.type === 'boolean' && typeof r.value === 'boolean'
				? { type: 'boolean', value: r.value }
				: empty;
		case 'text':
			return r.type === 'text' && typeof r.value === 'string'
				? { type: 'text', value: r.value }
				: empty;
		case 'pairs': {
			const rights = r.type === 'pairs' ? indexes(r.rights) : undefined;
			return rights && rights.length === empty.rights.length ? { type: 'pairs', rights } : empty;
		}
		case 'order': {
			const sequence = r.type === 'order' ? indexes(r.sequence) : undefined;
			return sequence && sequence.length === empty.sequence.length
				? { type: 'order', sequence }
				: empty;
		}
		case 'self': {
			const ticks = r.type === 'self' ? indexes(r.ticks) : undefined;
			const text = typeof r.text === 'string' ? r.text : '';
			return ticks ? { type: 'self', text, revealed: true, ticks } : empty;
		}
		case 'groups': {
			const groups = r.type === 'groups' ? indexes(r.groups) : undefined;
			return groups && groups.length === empty.groups.length ? { type: 'groups', groups } : empty;
		}
	}
}
