import type { ExportSelection } from './fields';

/** A Quizlet import text, and the separators to choose in Quizlet's import box. */
export interface QuizletFile {
	text: string;
	/** Between term and definition: a tab, or a custom string to type into Quizlet. */
	term: string;
	/** Between cards: a line break, or a custom string to type into Quizlet. */
	row: string;
	custom: boolean;
}

// Custom separators are plain strings a teacher can type into Quizlet's "Custom" boxes. Each is
// one character three times, taken only when no card holds that character at all: a card
// ending in "#" before "###" would otherwise be cut one character early.
const TERM_CANDIDATES = ['|||', '^^^', '~~~', '%%%', '¦¦¦', '¤¤¤'];
const ROW_CANDIDATES = ['###', '@@@', '&&&', '$$$', '§§§', '¶¶¶'];

function unused(candidates: string[], texts: string[]): string {
	const found = candidates.find((candidate) =>
		texts.every((text) => !text.includes(candidate.charAt(0)))
	);
	if (!found) throw new Error('Every custom separator occurs in the cards');
	return found;
}

/**
 * The facts' flashcards as Quizlet's "Import" box reads them: term (front) and definition
 * (back) split by a tab, cards by a line break; when a card holds a tab or a line break, custom
 * separators that occur in no card are used instead, and returned so the page can name them.
 */
export function quizletExport(selection: ExportSelection): QuizletFile {
	const cards = selection.facts.map((fact) => [fact.card.front, fact.card.back] as const);
	const texts = cards.flat();
	if (texts.every((text) => !/[\t\r\n]/.test(text)))
		return {
			text: cards.map(([term, definition]) => `${term}\t${definition}`).join('\n') + '\n',
			term: '\t',
			row: '\n',
			custom: false
		};
	const term = unused(TERM_CANDIDATES, texts);
	const row = unused(ROW_CANDIDATES, texts);
	return {
		text: cards.map(([t, definition]) => `${t}${term}${definition}`).join(row),
		term,
		row,
		custom: true
	};
}
