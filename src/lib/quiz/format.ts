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
	}
}

/** Seconds as m:ss. */
export function formatDuration(seconds: number): string {
	const m = Math.floor(seconds / 60);
	const s = seconds % 60;
	return `${m}:${String(s).padStart(2, '0')}`;
}
