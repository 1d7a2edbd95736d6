import { toCsv, withBom } from '../../quiz/csv';
import type { Item } from '../schema';
import { citations, unhandledType, type ExportSelection } from './fields';

/** The spreadsheet's columns, one row per item. */
export const CSV_COLUMNS = [
	'id',
	'fact',
	'type',
	'difficulty',
	'topics',
	'paragraph',
	'sentence',
	'sentence end',
	'prompt',
	'options',
	'correct',
	'answer',
	'accepted answers',
	'explanation',
	'source quote',
	'citation'
] as const;

/** Choices, pairs or steps: one a line inside the cell, as a spreadsheet shows them. */
function options(item: Item): string[] {
	switch (item.type) {
		case 'single':
		case 'who-said':
		case 'multiple':
			return item.options;
		case 'matching':
			return item.pairs.map((pair) => `${pair.left} → ${pair.right}`);
		case 'ordering':
			return item.sequence;
		case 'short-answer':
			return item.points.map((point) => point.text);
		case 'classify':
			return item.statements.map((s) => `${s.text} → ${item.groups[s.group]}`);
		case 'true-false':
		case 'typed':
			return [];
		default:
			return unhandledType(item);
	}
}

/** Which options are right, by number from 1 (as a teacher counts them). */
function correct(item: Item): string {
	switch (item.type) {
		case 'single':
		case 'who-said':
			return String(item.correct + 1);
		case 'multiple':
			return item.correct.map((i) => i + 1).join('; ');
		case 'true-false':
			return item.correct ? 'True' : 'False';
		case 'typed':
		case 'matching':
		case 'ordering':
		case 'short-answer':
		case 'classify':
			return '';
		default:
			return unhandledType(item);
	}
}

/** The selection's items as RFC 4180 CSV (CRLF, quotes doubled), UTF-8 with a byte-order mark. */
export function csvExport(selection: ExportSelection): string {
	const rows = selection.items.map((item) => [
		item.id,
		item.fact,
		item.type,
		item.difficulty,
		item.topics.join(' '),
		item.source.paragraph,
		item.source.sentence,
		item.source.sentenceEnd ?? '',
		item.prompt,
		options(item).join('\n'),
		correct(item),
		item.answer,
		item.type === 'typed' ? item.accepted.join('\n') : '',
		item.explanation,
		item.source.quote,
		citations(item)
	]);
	return withBom(toCsv([[...CSV_COLUMNS], ...rows]));
}
