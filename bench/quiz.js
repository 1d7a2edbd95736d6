// Quiz generation (real bank and a synthetic 10,000-item one) and typed-answer checking.
import { performance } from 'node:perf_hooks';
import { median, percentile } from './stats.js';
import { withAppModules } from './vite-modules.js';

const TARGETS = { realMs: 1, syntheticMs: 10, thousandChecksMs: 5 };

/** A bank of `n` items on n/2 facts, spread over types, topics and 24 paragraphs. */
function syntheticBank(n, types, topics) {
	const items = [];
	for (let i = 0; i < n; i++) {
		const type = types[i % types.length];
		const base = {
			id: `fact-${i >> 1}/${type}`,
			fact: `fact-${i >> 1}`,
			type,
			prompt: `Question ${i}`,
			answer: 'x',
			explanation: 'x',
			source: { paragraph: (i % 24) + 1, sentence: 1, quote: 'x' },
			topics: [topics[i % topics.length]],
			difficulty: (i % 3) + 1
		};
		const extra =
			type === 'matching'
				? { pairs: [0, 1, 2, 3].map((k) => ({ left: `l${k}`, right: `r${k}` })) }
				: type === 'ordering'
					? { sequence: ['a', 'b', 'c', 'd'] }
					: type === 'typed'
						? { accepted: ['x'] }
						: type === 'true-false'
							? { correct: true }
							: { options: ['a', 'b', 'c', 'd'], correct: type === 'multiple' ? [0, 1] : 0 };
		items.push({ ...base, ...extra });
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
		const synthetic = syntheticBank(10_000, QUESTION_TYPES, TOPICS);
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

		const misses = [];
		if (real.median > TARGETS.realMs)
			misses.push(`real-bank quiz ${real.median.toFixed(3)} ms > ${TARGETS.realMs} ms`);
		if (big.median > TARGETS.syntheticMs)
			misses.push(`10,000-item quiz ${big.median.toFixed(2)} ms > ${TARGETS.syntheticMs} ms`);
		if (checks.median > TARGETS.thousandChecksMs)
			misses.push(`1,000 checks ${checks.median.toFixed(2)} ms > ${TARGETS.thousandChecksMs} ms`);
		console.log(
			`\n20-question quiz, real bank (${bank.items.length} items): median ${real.median.toFixed(3)} ms, p95 ${real.p95.toFixed(3)} ms`
		);
		console.log(
			`20-question quiz, synthetic 10,000 items: median ${big.median.toFixed(2)} ms, p95 ${big.p95.toFixed(2)} ms`
		);
		console.log(
			`1,000 typed-answer checks: median ${checks.median.toFixed(2)} ms, p95 ${checks.p95.toFixed(2)} ms`
		);
		return { figures: { real, synthetic: big, thousandChecks: checks }, misses };
	});
}
