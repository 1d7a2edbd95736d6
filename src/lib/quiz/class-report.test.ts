import { describe, expect, it } from 'vitest';
import type { Item, ItemOf } from '$lib/bank/schema';
import { bank } from '$lib/bank/fixtures/real-bank';
import { correctResponse, type QuizResponse } from './check';
import {
	buildClassReport,
	classReportTable,
	nicknameKey,
	type CollectedResult
} from './class-report';

const first = <T extends Item['type']>(type: T): ItemOf<T> =>
	bank.items.find((item) => item.type === type) as ItemOf<T>;
const single = first('single');
const multiple = first('multiple');
const trueFalse = first('true-false');
const typed = first('typed');
const items: Item[] = [single, multiple, trueFalse, typed];

const wrongChoice = (single.correct + 1) % single.options.length;
const onePick: QuizResponse = { type: 'choices', indexes: [multiple.correct[0]!] };
const result = (
	nickname: string,
	responses: (QuizResponse | null)[],
	receivedAt = 0
): CollectedResult => ({
	nickname,
	responses,
	receivedAt
});
const allRight = items.map(correctResponse);

describe('the class report', () => {
	const results = [
		result('Aziz', allRight, 1),
		result(
			'Bibi',
			[{ type: 'choice', index: wrongChoice }, onePick, null, { type: 'text', value: 'no idea' }],
			2
		),
		result('Chen', [null, null, null, null], 3)
	];
	const report = buildClassReport(items, results);

	it('grades every answer again and marks the grid', () => {
		expect(report.students.map((s) => s.marks)).toEqual([
			['right', 'right', 'right', 'right'],
			['wrong', 'partly', 'unanswered', 'wrong'],
			['unanswered', 'unanswered', 'unanswered', 'unanswered']
		]);
		expect(report.students[0]).toMatchObject({
			nickname: 'Aziz',
			points: 4,
			fraction: 1,
			receivedAt: 1
		});
		expect(report.students[1]!.points).toBeCloseTo(1 / multiple.correct.length);
		expect(report.students[2]).toMatchObject({ points: 0, fraction: 0 });
	});

	it('gives each question its percent right, partial credit in part, and counts each mark', () => {
		expect(report.questions.map((q) => q.percentRight)).toEqual([
			100 / 3,
			(100 * (1 + 1 / multiple.correct.length)) / 3,
			100 / 3,
			100 / 3
		]);
		expect(report.questions[1]).toMatchObject({ right: 1, partly: 1, wrong: 0, unanswered: 1 });
	});

	it('orders questions hardest first, ties in quiz order', () => {
		expect(report.hardest.map((q) => q.position)).toEqual([0, 2, 3, 1]);
	});

	it('counts each option, each typed answer and no names', () => {
		expect(report.questions[0]!.answers.bars.map((bar) => bar.count)).toEqual(
			single.options.map((_, i) => (i === single.correct || i === wrongChoice ? 1 : 0))
		);
		expect(report.questions[0]!.answers.bars[single.correct]!.correct).toBe(true);
		expect(report.questions[2]!.answers.bars).toEqual([
			{ label: 'True', count: trueFalse.correct ? 1 : 0, correct: trueFalse.correct },
			{ label: 'False', count: trueFalse.correct ? 0 : 1, correct: !trueFalse.correct }
		]);
		expect(report.questions[3]!.answers).toEqual({
			kind: 'typed',
			bars: [
				{ label: typed.accepted[0], count: 1, correct: true },
				{ label: 'no idea', count: 1, correct: false }
			]
		});
		expect(JSON.stringify(report.questions.map((q) => q.answers))).not.toMatch(/Aziz|Bibi|Chen/);
	});

	it('groups typed answers the way the checker reads them, most common first', () => {
		const answers = ['no idea', 'No idea!', '  no   IDEA ', typed.accepted[0]!];
		const r = buildClassReport(
			[typed],
			answers.map((value, i) => result(`S${i}`, [{ type: 'text', value }]))
		);
		expect(r.questions[0]!.answers.bars.map((bar) => [bar.label, bar.count])).toEqual([
			['no idea', 3],
			[typed.accepted[0], 1]
		]);
	});

	it('regression: "in 2021" and "2021" are one bar of the class’s answers, as the checker reads them', () => {
		const year = bank.items.find(
			(item): item is ItemOf<'typed'> => item.type === 'typed' && item.accepted.includes('2021')
		)!;
		const answers = ['2021', 'in 2021', 'In 2021.', '2022', 'in 2022'];
		const r = buildClassReport(
			[year],
			answers.map((value, i) => result(`S${i}`, [{ type: 'text', value }]))
		);
		expect(r.questions[0]!.answers.bars.map((bar) => [bar.label, bar.count, bar.correct])).toEqual([
			['2021', 3, true],
			['2022', 2, false]
		]);
	});

	it('counts the parts of matching and ordering put right', () => {
		const matching = first('matching');
		const ordering = first('ordering');
		const r = buildClassReport(
			[matching, ordering],
			[
				result('A', [correctResponse(matching), correctResponse(ordering)]),
				result('B', [null, null])
			]
		);
		expect(r.questions[0]!.answers.kind).toBe('parts');
		expect(r.questions[0]!.answers.bars.map((bar) => bar.count)).toEqual(
			matching.pairs.map(() => 1)
		);
		expect(r.questions[1]!.answers.bars.map((bar) => bar.count)).toEqual(
			ordering.sequence.map(() => 1)
		);
	});

	it('gives the score distribution, the mean and the median', () => {
		expect(report.distribution).toHaveLength(10);
		const bibi = Math.floor(100 / multiple.correct.length / 4 / 10);
		expect(report.distribution.map((bucket) => bucket.count)).toEqual(
			Array.from(
				{ length: 10 },
				(_, i) => (i === 0 ? 1 : 0) + (i === bibi ? 1 : 0) + (i === 9 ? 1 : 0)
			)
		);
		expect(report.distribution[9]).toEqual({ from: 90, to: 100, count: 1 });
		expect(report.mean).toBeCloseTo((1 + 1 / multiple.correct.length / 4) / 3);
		expect(report.median).toBeCloseTo(1 / multiple.correct.length / 4);
		const even = buildClassReport(items, [results[0]!, results[2]!]);
		expect(even.median).toBe(0.5);
	});

	it('has nothing to average before the first result', () => {
		const empty = buildClassReport(items, []);
		expect(empty).toMatchObject({ students: [], mean: null, median: null, duplicates: [] });
		expect(empty.questions.map((q) => q.percentRight)).toEqual([null, null, null, null]);
		expect(empty.distribution.every((bucket) => bucket.count === 0)).toBe(true);
	});

	it('flags nicknames that differ only in case or spaces, and keeps both', () => {
		const r = buildClassReport(items, [
			result('Aziz', allRight),
			result('Bibi', allRight),
			result(' a ZIZ', allRight),
			result('ＡＺＩＺ', allRight)
		]);
		expect(r.students).toHaveLength(4);
		expect(r.students.map((s) => s.duplicate)).toEqual([true, false, true, true]);
		expect(r.duplicates).toEqual([[0, 2, 3]]);
		expect(nicknameKey('Zoë  K')).toBe(nicknameKey('zoë k'));
	});

	it('treats a missing or misshapen response as unanswered or wrong, never a crash', () => {
		const r = buildClassReport(items, [result('Short', [correctResponse(single)])]);
		expect(r.students[0]!.marks).toEqual(['right', 'unanswered', 'unanswered', 'unanswered']);
		const odd = buildClassReport(items, [
			result('Odd', [{ type: 'text', value: 'x' }, null, null, null])
		]);
		expect(odd.students[0]!.marks[0]).toBe('wrong');
	});

	it('makes a table for CSV, with names hidden on request', () => {
		const table = classReportTable(report, { formatTime: (ms) => `t${ms}` });
		expect(table[0]).toEqual([
			'Nickname',
			'Received',
			'Points',
			'Percent',
			'Same name as another',
			'Q1',
			'Q2',
			'Q3',
			'Q4'
		]);
		expect(table[1]).toEqual(['Aziz', 't1', 4, 100, '', 1, 1, 1, 1]);
		expect(table[3]).toEqual(['Chen', 't3', 0, 0, '', '', '', '', '']);
		const hidden = classReportTable(report, { namesHidden: true });
		expect(hidden.slice(1).map((row) => row[0])).toEqual(['Student 1', 'Student 2', 'Student 3']);
		expect(hidden[1]![1]).toBe('1970-01-01T00:00:00.001Z');
	});
});

describe('short answers and sortings in the class report', () => {
	const shortAnswer = first('short-answer');
	const classify = first('classify');
	const n = shortAnswer.points.length;
	const report = buildClassReport(
		[shortAnswer, classify],
		[
			result('All', [correctResponse(shortAnswer), correctResponse(classify)]),
			result('One', [
				{ type: 'self', ticks: [0] },
				{
					type: 'groups',
					groups: classify.statements.map((s, i) => (i === 0 ? 1 - s.group : s.group))
				}
			]),
			result('None', [null, null])
		],
		[]
	);

	it('grade ticks and sortings as partial credit', () => {
		const one = report.students.find((s) => s.nickname === 'One')!;
		expect(one.scores).toEqual([
			1 / n,
			(classify.statements.length - 1) / classify.statements.length
		]);
		expect(one.marks).toEqual(['partly', 'partly']);
	});

	it('chart how many students made each point and sorted each statement', () => {
		const [points, sorted] = report.questions.map((q) => q.answers);
		expect(points).toMatchObject({ kind: 'parts' });
		expect(points!.bars.map((bar) => bar.count)).toEqual(
			shortAnswer.points.map((_, i) => (i === 0 ? 2 : 1))
		);
		expect(sorted!.bars.map((bar) => bar.count)).toEqual(
			classify.statements.map((_, i) => (i === 0 ? 1 : 2))
		);
	});
});
