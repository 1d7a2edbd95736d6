import type { Item } from '../bank/schema';
import { check, type QuizResponse } from './check';
import { tallyAnswers, type AnswerTally } from './class-report-tally';

/**
 * The teacher's class report, built from the answers alone: every answer is graded again here
 * with `check`, so a score is never taken from a student's device. Partial credit (multiple
 * select, matching, ordering) counts in part, in students' scores and questions' percentages
 * alike.
 */

/** One result as collected: who, what they answered (in quiz order, null for none), and when it arrived. */
export interface CollectedResult {
	nickname: string;
	responses: readonly (QuizResponse | null)[];
	receivedAt: number;
}

export type Mark = 'right' | 'partly' | 'wrong' | 'unanswered';

/** A student's row of the grid. */
export interface ReportStudent {
	nickname: string;
	receivedAt: number;
	marks: Mark[];
	/** Credit per question, 0 to 1. */
	scores: number[];
	/** The sum of the credits, 0 to the number of questions. */
	points: number;
	/** points ÷ questions, 0 to 1. */
	fraction: number;
	/** Another result has the same nickname, ignoring case and spaces: both are kept. */
	duplicate: boolean;
}

/** A question's column of the grid. */
export interface ReportQuestion {
	/** Its place in the quiz, from 0. */
	position: number;
	item: Item;
	/** 100 × the class's mean credit on it; null with no results yet. */
	percentRight: number | null;
	right: number;
	partly: number;
	wrong: number;
	unanswered: number;
	answers: AnswerTally;
}

/** Students whose percentage is in [from, to), the last bucket closed: [90, 100]. */
export interface ScoreBucket {
	from: number;
	to: number;
	count: number;
}

export interface ClassReport {
	students: ReportStudent[];
	/** In quiz order. */
	questions: ReportQuestion[];
	/** The same questions, lowest percentRight first, ties in quiz order. */
	hardest: ReportQuestion[];
	/** Ten buckets of ten percentage points. */
	distribution: ScoreBucket[];
	/** Of students' fractions, 0 to 1; null with no results yet. */
	mean: number | null;
	median: number | null;
	/** Rows (indexes into students) that share a nickname, one group per name. */
	duplicates: number[][];
}

/** The key two nicknames are the same under: case, width and spaces ignored. */
export const nicknameKey = (nickname: string): string =>
	nickname.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

const markOf = (response: QuizResponse | null, score: number): Mark =>
	response === null ? 'unanswered' : score === 1 ? 'right' : score > 0 ? 'partly' : 'wrong';

function median(sorted: readonly number[]): number | null {
	if (sorted.length === 0) return null;
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The report on `results` for a quiz whose items are `items`, in question order; `rivals` as for check. */
export function buildClassReport(
	items: readonly Item[],
	results: readonly CollectedResult[],
	rivals: readonly string[] = []
): ClassReport {
	const groups = new Map<string, number[]>();
	results.forEach((result, row) => {
		const key = nicknameKey(result.nickname);
		groups.set(key, [...(groups.get(key) ?? []), row]);
	});
	const duplicates = [...groups.values()].filter((rows) => rows.length > 1);
	const duplicated = new Set(duplicates.flat());

	const responsesOf = (result: CollectedResult) => items.map((_, i) => result.responses[i] ?? null);
	const students = results.map((result, row): ReportStudent => {
		const responses = responsesOf(result);
		const scores = items.map((item, i) =>
			responses[i] === null ? 0 : check(item, responses[i], rivals).score
		);
		const points = scores.reduce((sum, score) => sum + score, 0);
		return {
			nickname: result.nickname,
			receivedAt: result.receivedAt,
			marks: scores.map((score, i) => markOf(responses[i]!, score)),
			scores,
			points,
			fraction: items.length ? points / items.length : 0,
			duplicate: duplicated.has(row)
		};
	});

	const questions = items.map((item, position): ReportQuestion => {
		const marks = students.map((student) => student.marks[position]!);
		const credit = students.reduce((sum, student) => sum + student.scores[position]!, 0);
		const tally = (mark: Mark) => marks.filter((m) => m === mark).length;
		return {
			position,
			item,
			percentRight: students.length ? (100 * credit) / students.length : null,
			right: tally('right'),
			partly: tally('partly'),
			wrong: tally('wrong'),
			unanswered: tally('unanswered'),
			answers: tallyAnswers(
				item,
				results.map((result) => result.responses[position] ?? null),
				rivals
			)
		};
	});
	const hardest = [...questions].sort(
		(a, b) => (a.percentRight ?? 0) - (b.percentRight ?? 0) || a.position - b.position
	);

	const distribution = Array.from({ length: 10 }, (_, i) => ({
		from: i * 10,
		to: i * 10 + 10,
		count: 0
	}));
	for (const { fraction } of students)
		distribution[Math.min(9, Math.floor(fraction * 10))]!.count++;
	const fractions = students.map((student) => student.fraction).sort((a, b) => a - b);
	const mean = fractions.length
		? fractions.reduce((sum, f) => sum + f, 0) / fractions.length
		: null;

	return {
		students,
		questions,
		hardest,
		distribution,
		mean,
		median: median(fractions),
		duplicates
	};
}

/**
 * The grid as a table for CSV: a header row, then one row per student (score as points,
 * percent, each question's credit to two decimals, empty when unanswered). With `namesHidden`, nicknames
 * become "Student 1", "Student 2"… in row order.
 */
export function classReportTable(
	report: ClassReport,
	{
		namesHidden = false,
		formatTime = (ms: number) => new Date(ms).toISOString()
	}: { namesHidden?: boolean; formatTime?: (ms: number) => string } = {}
): (string | number)[][] {
	const round = (n: number) => Math.round(n * 100) / 100;
	const header = [
		'Nickname',
		'Received',
		'Points',
		'Percent',
		'Same name as another',
		...report.questions.map((q) => `Q${q.position + 1}`)
	];
	const rows = report.students.map((student, row): (string | number)[] => [
		namesHidden ? `Student ${row + 1}` : student.nickname,
		formatTime(student.receivedAt),
		round(student.points),
		round(student.fraction * 100),
		student.duplicate && !namesHidden ? 'yes' : '',
		...student.scores.map((score, i) => (student.marks[i] === 'unanswered' ? '' : round(score)))
	]);
	return [header, ...rows];
}
