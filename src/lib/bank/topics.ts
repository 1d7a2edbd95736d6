/** The fixed list of topics every fact and item is filed under (docs/bank-format.md). */
export const TOPICS = [
	'people',
	'borders-security',
	'history',
	'economy',
	'diplomacy',
	'opposition',
	'media-sources',
	'outlook'
] as const;

export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
	people: 'People',
	'borders-security': 'Borders & security',
	history: 'History',
	economy: 'Economy',
	diplomacy: 'Diplomacy',
	opposition: 'Opposition',
	'media-sources': 'Media & sources',
	outlook: 'Outlook'
};
