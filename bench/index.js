#!/usr/bin/env node
// `npm run bench`: measures the production build (run after `vite build`); not part of `npm test`.
// `BENCH_ONLY=deck,backup npm run bench` runs just the sections named (their keys below).
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchApp } from './app.js';
import { benchBackup } from './backup.js';
import { benchClass } from './class.js';
import { benchDeck } from './deck.js';
import { benchQuiz } from './quiz.js';
import { benchStatsPage } from './stats-page.js';

const SECTIONS = [
	['app', 'App: page weight (Pixel 5 emulation), Lighthouse (median of 3), precache', benchApp],
	['quiz', 'Quiz: generation and answer checking (Node, median of many runs)', benchQuiz],
	[
		'class',
		'Class: 200 result codes decoded, graded and reported (Node, median of 15 runs)',
		benchClass
	],
	[
		'backup',
		'Backup: export and import of 10,000 cards and 100,000 reviews (Chromium)',
		benchBackup
	],
	[
		'deck',
		'Deck: 10,000 cards and 100,000 reviews stored (Chromium): load, grade to next card',
		benchDeck
	],
	[
		'stats',
		'Stats: /stats painted with 10,000 cards and 100,000 reviews stored, its weight, Lighthouse with a year',
		benchStatsPage
	]
];

const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !SECTIONS.some(([key]) => key === name)) ?? [];
if (unknown.length) {
	console.error(`BENCH_ONLY names no section: ${unknown.join(', ')}`);
	process.exit(2);
}

const results = {};
const misses = [];
for (const [key, title, run] of SECTIONS) {
	if (only && !only.includes(key)) continue;
	console.log(`\n▶ ${title}`);
	const section = await run();
	results[key] = section.figures;
	misses.push(...section.misses);
}

mkdirSync('reports', { recursive: true });
writeFileSync(
	'reports/bench.json',
	JSON.stringify({ date: new Date().toISOString(), only, results }, null, 2)
);
console.log('\nFull figures: reports/bench.json');
if (misses.length) {
	console.log(`Targets missed:\n- ${misses.join('\n- ')}`);
	process.exitCode = 1;
} else {
	console.log('All targets met.');
}
