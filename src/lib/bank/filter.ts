import { DIFFICULTIES, type Difficulty } from './difficulty';
import type { Item } from './schema';
import { QUESTION_TYPES, type QuestionType } from './question-types';
import { TOPICS, TOPIC_LABELS, type Topic } from './topics';

/** What a teacher narrows the bank to on /bank; empty fields mean "any". */
export interface ItemFilter {
	query: string;
	type: QuestionType | '';
	topic: Topic | '';
	difficulty: Difficulty | 0;
	paragraph: number;
}

export const NO_FILTER: ItemFilter = {
	query: '',
	type: '',
	topic: '',
	difficulty: 0,
	paragraph: 0
};

/** Lowercases and strips diacritics and quote styles, so "sadozai" finds "Sadozaï". */
export function foldForSearch(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[“”„]/g, '"')
		.replace(/[‘’]/g, "'")
		.toLowerCase();
}

function searchableText(item: Item): string {
	const parts = [item.prompt, item.answer, item.explanation, item.source.quote, item.fact];
	if ('options' in item) parts.push(...item.options);
	if (item.type === 'typed') parts.push(...item.accepted);
	if (item.type === 'matching') parts.push(...item.pairs.flatMap((p) => [p.left, p.right]));
	if (item.type === 'ordering') parts.push(...item.sequence);
	if (item.type === 'short-answer') parts.push(...item.points.flatMap((p) => [p.text, p.quote]));
	if (item.type === 'classify') parts.push(...item.groups, ...item.statements.map((s) => s.text));
	return foldForSearch(parts.join(' \n '));
}

/** The items that pass every set field of the filter; every word of the query must occur. */
export function filterItems(items: Item[], filter: ItemFilter): Item[] {
	const words = foldForSearch(filter.query).split(/\s+/).filter(Boolean);
	return items.filter(
		(item) =>
			(!filter.type || item.type === filter.type) &&
			(!filter.topic || item.topics.includes(filter.topic)) &&
			(!filter.difficulty || item.difficulty === filter.difficulty) &&
			(!filter.paragraph || item.source.paragraph === filter.paragraph) &&
			(words.length === 0 || words.every((word) => searchableText(item).includes(word)))
	);
}

export type GroupBy = 'topic' | 'paragraph';

export interface ItemGroup {
	key: string;
	title: string;
	items: Item[];
}

/**
 * Groups items by paragraph cited (in reading order) or by topic (in the fixed topic order).
 * Each item appears once: under `preferredTopic` when it has it (the topic a teacher filtered
 * on), else under its first topic.
 */
export function groupItems(
	items: Item[],
	by: GroupBy,
	preferredTopic: Topic | '' = ''
): ItemGroup[] {
	if (by === 'topic') {
		const home = (item: Item) =>
			preferredTopic && item.topics.includes(preferredTopic) ? preferredTopic : item.topics[0];
		return TOPICS.map((topic) => ({
			key: topic,
			title: TOPIC_LABELS[topic],
			items: items.filter((item) => home(item) === topic)
		})).filter((group) => group.items.length > 0);
	}
	const paragraphs = [...new Set(items.map((item) => item.source.paragraph))].sort((a, b) => a - b);
	return paragraphs.map((paragraph) => ({
		key: `p${paragraph}`,
		title: `Paragraph ${paragraph}`,
		items: items.filter((item) => item.source.paragraph === paragraph)
	}));
}

const isType = (value: string): value is QuestionType =>
	(QUESTION_TYPES as readonly string[]).includes(value);
const isTopic = (value: string): value is Topic => (TOPICS as readonly string[]).includes(value);

/** The groups cut after `limit` items in all, in order; groups left empty are dropped. */
export function limitGroups(groups: ItemGroup[], limit: number): ItemGroup[] {
	const result: ItemGroup[] = [];
	let left = limit;
	for (const group of groups) {
		if (left <= 0) break;
		result.push({ ...group, items: group.items.slice(0, left) });
		left -= group.items.length;
	}
	return result;
}

/** Reads a filter from a URL query string, ignoring anything malformed (URLs are user input). */
export function filterFromSearch(search: string): { filter: ItemFilter; group: GroupBy } {
	const params = new URLSearchParams(search);
	const type = params.get('type') ?? '';
	const topic = params.get('topic') ?? '';
	const difficulty = Number(params.get('difficulty'));
	const paragraph = Number(params.get('paragraph'));
	return {
		filter: {
			query: (params.get('q') ?? '').slice(0, 200),
			type: isType(type) ? type : '',
			topic: isTopic(topic) ? topic : '',
			difficulty: DIFFICULTIES.find((level) => level === difficulty) ?? 0,
			paragraph: Number.isInteger(paragraph) && paragraph > 0 && paragraph < 1000 ? paragraph : 0
		},
		group: params.get('group') === 'paragraph' ? 'paragraph' : 'topic'
	};
}

/** The query string for a filter, leaving out what is unset. */
export function filterToSearch(filter: ItemFilter, group: GroupBy): string {
	const params = new URLSearchParams();
	if (filter.query.trim()) params.set('q', filter.query.trim());
	if (filter.type) params.set('type', filter.type);
	if (filter.topic) params.set('topic', filter.topic);
	if (filter.difficulty) params.set('difficulty', String(filter.difficulty));
	if (filter.paragraph) params.set('paragraph', String(filter.paragraph));
	if (group !== 'topic') params.set('group', group);
	const search = params.toString();
	return search ? `?${search}` : '';
}
