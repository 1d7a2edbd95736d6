#!/usr/bin/env node
// `npm run bank:review`: writes the whole bank as one Markdown page, docs/bank-review.md.
// The bank code is TypeScript, so Vite loads it (the same resolution the app and tests use).
import { writeFileSync } from 'node:fs';
import { withAppModules } from '../bench/vite-modules.js';

const OUT = 'docs/bank-review.md';
await withAppModules(async (load) => {
	const { rawBank } = await load('/src/lib/bank/data.ts');
	const { parseBank, describeProblems } = await load('/src/lib/bank/parse.ts');
	const { article } = await load('/src/lib/article/source.ts');
	const { renderReview } = await load('/src/lib/bank/review.ts');
	const result = parseBank(rawBank);
	if (!result.ok) {
		console.error(`The bank is invalid:\n${describeProblems(result.problems)}`);
		process.exitCode = 1;
		return;
	}
	writeFileSync(OUT, renderReview(result.bank, article));
	console.log(
		`Wrote ${OUT}: ${result.bank.items.length} questions on ${result.bank.facts.length} facts.`
	);
});
