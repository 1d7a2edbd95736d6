import type { Item } from '../bank/schema';

/** A stored response in words, for results and review screens ("—" when there is none). */
export function describeResponse(item: Item, response: unknown): string {
	if (typeof response !== 'object' || response === null) return '—';
	const r = response as Record<string, unknown>;
	const index = (value: unknown, list: readonly string[]) =>
		typeof value === 'number' && list[value] !== undefined ? list[value] : '?';
	switch (item.type) {
		case 'single':
		case 'who-said':
			return r.type === 'choice' ? index(r.index, item.options) : '—';
		case 'multiple':
			return r.type === 'choices' && Array.isArray(r.indexes)
				? r.indexes.map((i) => index(i, item.options)).join('; ') || '—'
				: '—';
		case 'true-false':
			return r.type === 'boolean' ? (r.value ? 'True' : 'False') : '—';
		case 'typed':
			return r.type === 'text' && typeof r.value === 'string' ? r.value : '—';
		case 'matching': {
			if (r.type !== 'pairs' || !Array.isArray(r.rights)) return '—';
			const rights = item.pairs.map((p) => p.right);
			return item.pairs
				.map((p, i) => `${p.left} → ${index((r.rights as unknown[])[i], rights)}`)
				.join('; ');
		}
		case 'ordering':
			return r.type === 'order' && Array.isArray(r.sequence)
				? r.sequence.map((i) => index(i, item.sequence)).join(' → ')
				: '—';
		case 'short-answer': {
			if (r.type !== 'self' || !Array.isArray(r.ticks)) return '—';
			const written = typeof r.text === 'string' && r.text.trim() ? `“${r.text.trim()}” ` : '';
			const n = item.points.length;
			const made = new Set(
				(r.ticks as unknown[]).filter((i) => typeof i === 'number' && i >= 0 && i < n)
			);
			return `${written}(points made: ${made.size} of ${n})`;
		}
		case 'classify': {
			if (r.type !== 'groups' || !Array.isArray(r.groups)) return '—';
			const groups = r.groups as unknown[];
			return item.statements
				.map((s, i) => `${s.text} → ${index(groups[i], item.groups)}`)
				.join('; ');
		}
	}
}

/** What a screen reader is told once an answer is checked, e.g. "Partly right. You made 2 of 3 key points." */
export function verdictSentence(item: Item, score: number): string {
	if (item.type === 'short-answer') {
		const n = item.points.length;
		return `You made ${Math.round(score * n)} of ${n} key points.`;
	}
	if (score === 1) return 'Correct.';
	const verdict = score > 0 ? 'Partly right' : 'Not quite';
	if (item.type === 'classify') {
		const n = item.statements.length;
		return `${verdict}: ${Math.round(score * n)} of ${n} statements in the right group. The answer is: ${item.answer}.`;
	}
	return `${verdict}. The answer is: ${item.answer}.`;
}

/** Seconds as m:ss. */
export function formatDuration(seconds: number): string {
	const m = Math.floor(seconds / 60);
	const s = seconds % 60;
	return `${m}:${String(s).padStart(2, '0')}`;
}
