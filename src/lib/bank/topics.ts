import { vocabulary } from './vocabulary';

/** The fixed list of topics every fact and item is filed under (docs/bank-format.md), with their labels. */
export const {
	ids: TOPICS,
	labels: TOPIC_LABELS,
	options: TOPIC_OPTIONS
} = vocabulary([
	['people', 'People'],
	['borders-security', 'Borders & security'],
	['history', 'History'],
	['economy', 'Economy'],
	['diplomacy', 'Diplomacy'],
	['opposition', 'Opposition'],
	['media-sources', 'Media & sources'],
	['outlook', 'Outlook']
]);

export type Topic = (typeof TOPICS)[number];
