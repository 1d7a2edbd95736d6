#!/usr/bin/env node
// `npm run bench`: measures the production build (run after `vite build`); not part of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchApp } from './app.js';
import { benchBackup } from './backup.js';
import { benchClass } from './class.js';
import { benchDeck } from './deck.js';
import { benchQuiz } from './quiz.js';
import { benchStatsPage } from './stats-page.js';

const results = {};
const misses = [];

console.log('▶ App: page weight (Pixel 5 emulation), Lighthouse (median of 3), precache');
const app = await benchApp();
results.app = app.figures;
misses.push(...app.misses);

console.log('\n▶ Quiz: generation and answer checking (Node, median of many runs)');
const quiz = await benchQuiz();
results.quiz = quiz.figures;
misses.push(...quiz.misses);

console.log('\n▶ Class: 200 result codes decoded, graded and reported (Node, median of 15 runs)');
const classroom = await benchClass();
results.class = classroom.figures;
misses.push(...classroom.misses);

console.log('\n▶ Backup: export and import of 10,000 cards and 100,000 reviews (Chromium)');
const backup = await benchBackup();
results.backup = backup.figures;
misses.push(...backup.misses);

console.log(
	'\n▶ Deck: 10,000 cards and 100,000 reviews stored (Chromium): load, grade to next card'
);
const deck = await benchDeck();
results.deck = deck.figures;
misses.push(...deck.misses);

console.log(
	'\n▶ Stats: /stats painted with 10,000 cards and 100,000 reviews stored, its weight, Lighthouse with a year'
);
const stats = await benchStatsPage();
results.stats = stats.figures;
misses.push(...stats.misses);

mkdirSync('reports', { recursive: true });
writeFileSync(
	'reports/bench.json',
	JSON.stringify({ date: new Date().toISOString(), results }, null, 2)
);
console.log('\nFull figures: reports/bench.json');
if (misses.length) {
	console.log(`Targets missed:\n- ${misses.join('\n- ')}`);
	process.exitCode = 1;
} else {
	console.log('All targets met.');
}
