import type { Article } from '../article/parse';
import type { BankIndex } from '../bank/lookup';
import type { Attempt } from '../quiz/attempt';
import { retrievability } from './retrievability';
import type { CardSnapshot, ParagraphMastery, StatsClock } from './types';

/** How many of a fact's latest quiz answers speak for it (older ones are stale evidence). */
export const RECENT_ANSWERS = 3;
const EXCERPT_WORDS = 8;

/** The paragraph's first words, with an ellipsis when there are more. */
function excerpt(text: string): string {
	const words = text.split(/\s+/).filter(Boolean);
	return words.slice(0, EXCERPT_WORDS).join(' ') + (words.length > EXCERPT_WORDS ? ' …' : '');
}

/**
 * How well each paragraph of the article is known, 0–1 (null when nothing about it has been
 * studied or answered). Each of the paragraph's facts gets a knowledge k:
 * - its card's current retrievability R (FSRS forgetting curve at `clock.now`), when the card
 *   has been reviewed;
 * - the mean score q of its latest three quiz answers (any question about that fact, finished
 *   quizzes or not), when it has been asked;
 * - (R + q) / 2 when both, and 0 when neither (an unstudied fact is not known).
 * mastery = mean of k over the paragraph's facts. So a paragraph is fully shaded only when
 * every one of its facts is remembered now and answered right lately.
 */
export function masteryMap(
	bank: BankIndex,
	article: Article,
	cards: readonly CardSnapshot[],
	attempts: readonly Attempt[],
	clock: StatsClock
): ParagraphMastery[] {
	const recall = new Map<string, number>();
	for (const card of cards) {
		const r = retrievability(card, clock.now);
		if (r !== null) recall.set(card.id, r);
	}
	// Every answer about each fact, to keep its latest few.
	const answers = new Map<string, { at: number; score: number }[]>();
	for (const attempt of attempts) {
		attempt.questions.forEach(({ itemId }, i) => {
			const answer = attempt.answers[i];
			const fact = bank.itemById.get(itemId)?.fact;
			if (!answer || fact === undefined) return;
			const list = answers.get(fact) ?? [];
			list.push({ at: answer.answeredAt, score: answer.score });
			answers.set(fact, list);
		});
	}
	return article.paragraphs.map(({ number, text }) => {
		const facts = bank.bank.facts.filter((fact) => fact.source.paragraph === number);
		let known = 0;
		let cardsSeen = 0;
		let quizAnswers = 0;
		let evidence = false;
		for (const fact of facts) {
			const r = recall.get(fact.id);
			const asked = answers.get(fact.id) ?? [];
			const recent = [...asked].sort((a, b) => b.at - a.at).slice(0, RECENT_ANSWERS);
			const q = recent.length ? recent.reduce((s, a) => s + a.score, 0) / recent.length : null;
			if (r !== undefined) cardsSeen += 1;
			quizAnswers += asked.length;
			if (r !== undefined || q !== null) evidence = true;
			known += r !== undefined && q !== null ? (r + q) / 2 : (r ?? q ?? 0);
		}
		return {
			paragraph: number,
			excerpt: excerpt(text),
			facts: facts.length,
			mastery: evidence && facts.length > 0 ? known / facts.length : null,
			cardsSeen,
			quizAnswers
		};
	});
}
