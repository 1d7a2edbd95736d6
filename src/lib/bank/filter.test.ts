import { describe, expect, it } from 'vitest';
import { newTypeItems } from './fixtures/new-type-items';
import { parsedTinyBank } from './fixtures/parsed-tiny-bank';
import {
	NO_FILTER,
	filterFromSearch,
	filterItems,
	filterToSearch,
	foldForSearch,
	groupItems,
	limitGroups
} from './filter';
import type { Item } from './schema';

const items: Item[] = parsedTinyBank().items.map((item, i) => ({
	...item,
	difficulty: ((i % 3) + 1) as 1 | 2 | 3,
	topics: i % 2 ? ['borders-security', 'people'] : ['history'],
	source: { ...item.source, paragraph: i < 4 ? 4 : 9 }
}));
const ids = (list: Item[]) => list.map((item) => item.type);

describe('filterItems', () => {
	it('keeps everything with no filter', () => {
		expect(filterItems(items, NO_FILTER)).toHaveLength(7);
	});

	it('filters by type, topic, difficulty and paragraph together', () => {
		expect(ids(filterItems(items, { ...NO_FILTER, type: 'typed' }))).toEqual(['typed']);
		expect(ids(filterItems(items, { ...NO_FILTER, topic: 'people' }))).toEqual([
			'multiple',
			'typed',
			'ordering'
		]);
		expect(ids(filterItems(items, { ...NO_FILTER, difficulty: 1 }))).toEqual([
			'single',
			'typed',
			'who-said'
		]);
		expect(ids(filterItems(items, { ...NO_FILTER, paragraph: 9 }))).toEqual([
			'matching',
			'ordering',
			'who-said'
		]);
		expect(ids(filterItems(items, { ...NO_FILTER, topic: 'people', difficulty: 1 }))).toEqual([
			'typed'
		]);
	});

	it('searches options, answers and quotes, ignoring case and diacritics', () => {
		expect(ids(filterItems(items, { ...NO_FILTER, query: 'SADOZAI' }))).toEqual(['who-said']);
		expect(ids(filterItems(items, { ...NO_FILTER, query: 'rugged 1,374' }))).toHaveLength(7);
		expect(filterItems(items, { ...NO_FILTER, query: 'rugged zebra' })).toEqual([]);
		expect(ids(filterItems(items, { ...NO_FILTER, query: '72 years' }))).toEqual(['matching']);
	});

	it('searches the points of a short answer and the statements of a sorting', () => {
		const { shortAnswer, classify } = newTypeItems();
		const found = (query: string) =>
			filterItems([shortAnswer, classify], { ...NO_FILTER, query }).map((item) => item.type);
		expect(found('it is rugged')).toEqual(['short-answer']);
		expect(found('strongman')).toEqual(['classify']);
	});

	it('folds curly quotes and accents', () => {
		expect(foldForSearch('“Mélanie’s”')).toBe('"melanie\'s"');
	});
});

describe('groupItems', () => {
	it('groups by paragraph in reading order', () => {
		expect(groupItems(items, 'paragraph').map((g) => [g.title, g.items.length])).toEqual([
			['Paragraph 4', 4],
			['Paragraph 9', 3]
		]);
	});

	it('groups by topic in the fixed order, each item once, under its first topic', () => {
		expect(groupItems(items, 'topic').map((g) => [g.title, g.items.length])).toEqual([
			['Borders & security', 3],
			['History', 4]
		]);
	});

	it('puts items under the topic a teacher filtered on', () => {
		const people = filterItems(items, { ...NO_FILTER, topic: 'people' });
		expect(groupItems(people, 'topic', 'people').map((g) => [g.title, g.items.length])).toEqual([
			['People', 3]
		]);
	});
});

describe('filter in the URL', () => {
	it('round-trips', () => {
		const filter = {
			query: 'Sadozaï border',
			type: 'typed',
			topic: 'history',
			difficulty: 2,
			paragraph: 12
		} as const;
		const search = filterToSearch(filter, 'paragraph');
		expect(filterFromSearch(search)).toEqual({ filter, group: 'paragraph' });
	});

	it('leaves out what is unset', () => {
		expect(filterToSearch(NO_FILTER, 'topic')).toBe('');
	});

	it('ignores malformed values', () => {
		const search = '?type=essay&topic=weather&difficulty=7&paragraph=-3&group=x';
		expect(filterFromSearch(search)).toEqual({ filter: NO_FILTER, group: 'topic' });
		expect(filterFromSearch('paragraph=2.5').filter.paragraph).toBe(0);
	});
});

describe('limitGroups', () => {
	it('cuts across groups in order', () => {
		const groups = groupItems(items, 'paragraph');
		expect(limitGroups(groups, 5).map((g) => g.items.length)).toEqual([4, 1]);
		expect(limitGroups(groups, 4).map((g) => g.items.length)).toEqual([4]);
		expect(limitGroups(groups, 100).map((g) => g.items.length)).toEqual([4, 3]);
	});
});
