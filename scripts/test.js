#!/usr/bin/env node
// `npm test`: type check, lint and format, unit tests, production build, browser tests; then one
// plain line "N passed, N failed" that sums Vitest's and Playwright's results.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.js';

const REPORTS = 'reports';
const VITEST_JSON = `${REPORTS}/vitest.json`;
const PLAYWRIGHT_JSON = `${REPORTS}/playwright.json`;

function run(title, command, args, env = {}) {
	console.log(`\n▶ ${title}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	const ok = result.status === 0;
	if (!ok) console.log(`✖ ${title} failed`);
	return ok;
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const bin = (name) => `node_modules/.bin/${name}`;
const failedSteps = [];
const step = (title, command, args, env) => {
	if (!run(title, command, args, env)) failedSteps.push(title);
};

step('Sync SvelteKit types', bin('svelte-kit'), ['sync']);
step('Type check (svelte-check)', bin('svelte-check'), [
	'--tsconfig',
	'./tsconfig.json',
	'--fail-on-warnings'
]);
step('Lint (eslint)', bin('eslint'), ['.']);
step('Format (prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
step('Unit tests (vitest)', bin('vitest'), [
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${VITEST_JSON}`
]);

let chromium;
try {
	chromium = findChromium();
	console.log(`\nBrowser tests use ${chromium}`);
} catch (error) {
	console.log(`\n✖ ${error.message}`);
	failedSteps.push('Find Chromium');
}
const built = run('Production build', bin('vite'), ['build', '--logLevel', 'warn']);
if (!built) failedSteps.push('Production build');
if (built && chromium) {
	step('Browser tests (playwright, Chromium)', bin('playwright'), ['test'], {
		CHROMIUM_PATH: chromium,
		PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON
	});
}

const unit = readJson(VITEST_JSON);
const e2e = readJson(PLAYWRIGHT_JSON);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
const skipped =
	(unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);
if (!unit) failedSteps.push('Unit test report missing');
if (!e2e) failedSteps.push('Browser test report missing');

console.log('');
console.log(
	`Unit: ${unit?.numPassedTests ?? 0} passed, ${unit?.numFailedTests ?? 0} failed · Browser: ${e2e?.stats?.expected ?? 0} passed, ${e2e?.stats?.unexpected ?? 0} failed`
);
if (failedSteps.length) console.log(`Failed steps: ${[...new Set(failedSteps)].join('; ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length || failed ? 1 : 0);
