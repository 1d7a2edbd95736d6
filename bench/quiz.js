// Quiz generation (real bank and a synthetic 10,000-item one) and typed-answer checking. Each
// target is a ratio to a floor timed in the same run: the least work the same task needs.
import { performance } from 'node:perf_hooks';
import { median, percentile } from './stats.js';
import { withAppModules } from './vite-modules.js';

/**
 * Generation: at most TARGETS.quizRatio× a seeded shuffle of the same bank's items. Checks: at
 * most TARGETS.checksRatio× comparing each response with its first accepted answer, both
 * normalised and lower-cased (what any tolerant check does at the least).
 */
const TARGETS = { quizRatio: 10, checksRatio: 25 };

/**
 * The generation floor: one pass over the bank's items reading what a recipe filters on, the
 * pool shuffled with the app's own seeded PRNG, 20 taken and copied.
 */
function seededPick(items, seed, { seededRandom, shuffled }) {
	const pool = items.filter(
		(item) =>
			item.type !== '' && item.topics.length > 0 && item.difficulty > 0 && item.source.paragraph > 0
	);
	return shuffled(pool, seededRandom(seed))
		.slice(0, 20)
		.map((item) => ({ ...item }));
}

const fold = (text) => text.normalize('NFKD').toLowerCase().trim();

/**
 * A bank of `n` items on n/2 facts, spread over types, topics and 24 paragraphs. Each item takes
 * its type's own fields (options, pairs, statements…) from the real bank's first item of that
 * type, so a new question type is covered here the day it enters the bank.
 */
function syntheticBank(n, types, topics, real) {
	const BASE = new Set(['id', 'fact', 'type', 'prompt', 'answer', 'explanation', 'source']);
	const BASE_TOO = new Set(['also', 'topics', 'difficulty']);
	const extras = new Map(
		types.map((type) => {
			const template = real.items.find((item) => item.type === type);
			if (!template) throw new Error(`the bank has no ${type} item to copy`);
			return [
				type,
				Object.fromEntries(
					Object.entries(template).filter(([key]) => !BASE.has(key) && !BASE_TOO.has(key))
				)
			];
		})
	);
	const items = [];
	for (let i = 0; i < n; i++) {
		const type = types[i % types.length];
		items.push({
			id: `fact-${i >> 1}/${type}`,
			fact: `fact-${i >> 1}`,
			type,
			prompt: `Question ${i}`,
			answer: 'x',
			explanation: 'x',
			source: { paragraph: (i % 24) + 1, sentence: 1, quote: 'x' },
			topics: [topics[i % topics.length]],
			difficulty: (i % 3) + 1,
			...extras.get(type)
		});
	}
	return { version: 1, facts: [], items };
}

function timeEach(runs, fn) {
	const times = [];
	for (let i = 0; i < 20; i++) fn(i); // warm-up
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn(i);
		times.push(performance.now() - start);
	}
	return { median: median(times), p95: percentile(times, 95) };
}

export async function benchQuiz() {
	return withAppModules(async (load) => {
		const { rawBank } = await load('/src/lib/bank/data.ts');
		const { parseBank } = await load('/src/lib/bank/parse.ts');
		const { generateQuiz } = await load('/src/lib/quiz/generate.ts');
		const { check } = await load('/src/lib/quiz/check.ts');
		const random = await load('/src/lib/quiz/random.ts');
		const { articleNames } = await load('/src/lib/quiz/names.ts');
		const { article } = await load('/src/lib/article/source.ts');
		const { QUESTION_TYPES } = await load('/src/lib/bank/question-types.ts');
		const { TOPICS } = await load('/src/lib/bank/topics.ts');
		const parsed = parseBank(rawBank);
		if (!parsed.ok) throw new Error('bank invalid');
		const bank = parsed.bank;
		const recipe = (seed, b) => ({
			bankVersion: b.version,
			count: 20,
			types: 0,
			topics: 0,
			difficulty: 0,
			paragraphs: 0,
			seed,
			feedback: 'each'
		});
		const real = timeEach(500, (i) => {
			if (!generateQuiz(bank, recipe(i, bank)).ok) throw new Error('no quiz');
		});
		const synthetic = syntheticBank(10_000, QUESTION_TYPES, TOPICS, bank);
		const big = timeEach(100, (i) => {
			if (!generateQuiz(synthetic, recipe(i, synthetic)).ok) throw new Error('no quiz');
		});

		const names = articleNames(article);
		const typed = bank.items.filter((item) => item.type === 'typed');
		const variants = (answer) => [
			answer,
			answer.toUpperCase(),
			` ${answer}! `,
			answer.slice(0, -1),
			`${answer}x`,
			'zzzz'
		];
		const cases = [];
		for (let i = 0; cases.length < 1000; i++) {
			const item = typed[i % typed.length];
			const vs = variants(item.accepted[0]);
			cases.push([item, { type: 'text', value: vs[i % vs.length] }]);
		}
		const checks = timeEach(50, () => {
			for (const [item, response] of cases) check(item, response, names);
		});
		// Fifty floors a sample: one alone is near the timer's resolution.
		const realFloor = timeEach(500, (i) => {
			for (let k = 0; k < 50; k++) seededPick(bank.items, i * 50 + k, random);
		});
		realFloor.median /= 50;
		realFloor.p95 /= 50;
		const bigFloor = timeEach(100, (i) => seededPick(synthetic.items, i, random));
		let matched = 0;
		const checksFloor = timeEach(50, () => {
			for (const [item, response] of cases)
				if (fold(response.value) === fold(item.accepted[0])) matched++;
		});
		if (matched === 0) throw new Error('the check floor matched nothing');
		const ratios = {
			real: real.median / realFloor.median,
			synthetic: big.median / bigFloor.median,
			thousandChecks: checks.median / checksFloor.median
		};

		const misses = [];
		if (ratios.real > TARGETS.quizRatio)
			misses.push(`real-bank quiz ${ratios.real.toFixed(1)}× its floor > ${TARGETS.quizRatio}×`);
		if (ratios.synthetic > TARGETS.quizRatio)
			misses.push(
				`10,000-item quiz ${ratios.synthetic.toFixed(1)}× its floor > ${TARGETS.quizRatio}×`
			);
		if (ratios.thousandChecks > TARGETS.checksRatio)
			misses.push(
				`1,000 checks ${ratios.thousandChecks.toFixed(1)}× their floor > ${TARGETS.checksRatio}×`
			);
		const line = (name, figure, floor, ratio, target, digits) =>
			console.log(
				`${name}: median ${figure.median.toFixed(digits)} ms, p95 ${figure.p95.toFixed(digits)} ms; floor median ${floor.median.toFixed(digits)} ms; ratio ${ratio.toFixed(1)}× (target ≤ ${target}×)`
			);
		console.log('');
		line(
			`20-question quiz, real bank (${bank.items.length} items)`,
			real,
			realFloor,
			ratios.real,
			TARGETS.quizRatio,
			3
		);
		line(
			'20-question quiz, synthetic 10,000 items',
			big,
			bigFloor,
			ratios.synthetic,
			TARGETS.quizRatio,
			2
		);
		line(
			'1,000 typed-answer checks',
			checks,
			checksFloor,
			ratios.thousandChecks,
			TARGETS.checksRatio,
			2
		);
		return {
			figures: {
				real: { ...real, floor: realFloor, ratio: ratios.real },
				synthetic: { ...big, floor: bigFloor, ratio: ratios.synthetic },
				thousandChecks: { ...checks, floor: checksFloor, ratio: ratios.thousandChecks }
			},
			misses
		};
	});
}
