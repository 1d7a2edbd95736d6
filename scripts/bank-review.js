#!/usr/bin/env node
// `npm run bank:review`: writes the whole bank as one Markdown page, docs/bank-review.md.
// The bank code is TypeScript, so Vite loads it (the same resolution the app and tests use).
import { writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const OUT = 'docs/bank-review.md';
const server = await createServer({
	configFile: false,
	logLevel: 'error',
	resolve: { alias: { $lib: new URL('../src/lib', import.meta.url).pathname } },
	server: { middlewareMode: true, hmr: false, ws: false },
	appType: 'custom'
});
try {
	const { rawBank } = await server.ssrLoadModule('/src/lib/bank/data.ts');
	const { parseBank, describeProblems } = await server.ssrLoadModule('/src/lib/bank/parse.ts');
	const { article } = await server.ssrLoadModule('/src/lib/article/source.ts');
	const { renderReview } = await server.ssrLoadModule('/src/lib/bank/review.ts');
	const result = parseBank(rawBank);
	if (!result.ok) {
		console.error(`The bank is invalid:\n${describeProblems(result.problems)}`);
		process.exitCode = 1;
	} else {
		writeFileSync(OUT, renderReview(result.bank, article));
		console.log(
			`Wrote ${OUT}: ${result.bank.items.length} questions on ${result.bank.facts.length} facts.`
		);
	}
} finally {
	await server.close();
}
