import type { Fact, Item } from '../schema';
import {
	EXPORT_VERSION,
	alphabetical,
	citations,
	letter,
	unhandledType,
	type ExportSelection
} from './fields';

/** The deck the facts go to; questions go to a subdeck, so a student can study either alone. */
export const ANKI_DECK = 'Hedged Bets';
export const ANKI_QUESTION_DECK = `${ANKI_DECK}::Questions`;
/** Anki's built-in note type, present in every collection: its fields are Front and Back. */
export const ANKI_NOTETYPE = 'Basic';
/** The columns, in order; Front and Back are named as Basic's fields, so Anki maps them itself. */
export const ANKI_COLUMNS = ['GUID', 'Deck', 'Front', 'Back', 'Source', 'Tags'] as const;

/** One note as written: a value for each of `ANKI_COLUMNS`. */
export type AnkiNote = Record<(typeof ANKI_COLUMNS)[number], string>;

/**
 * A stable note id derived from the fact's or item's own id, never random: importing a newer
 * export updates the notes an older one made instead of adding copies.
 */
export function ankiGuid(kind: 'fact' | 'item', id: string): string {
	return `hedged-bets:${kind}:${id}`;
}

/** Anki tags take no spaces: topics and paragraph as hierarchical `hedged-bets::…` tags. */
function tags(record: Fact | Item, extra: string[] = []): string {
	return [
		...record.topics.map((topic) => `hedged-bets::${topic}`),
		`hedged-bets::paragraph-${String(record.source.paragraph).padStart(2, '0')}`,
		...extra
	].join(' ');
}

const list = (values: readonly string[]) => values.map((value, i) => `${letter(i)}. ${value}`);
const lines = (...parts: (string | string[])[]) => parts.flat().join('\n');

/** A question as a front (what is asked, with its choices) and a back (the answer). */
export function questionSides(item: Item): { front: string; back: string } {
	switch (item.type) {
		case 'single':
		case 'who-said':
			return {
				front: lines(item.prompt, '', list(item.options)),
				back: `${letter(item.correct)}. ${item.options[item.correct]}`
			};
		case 'multiple':
			return {
				front: lines(item.prompt, '', list(item.options)),
				back: lines(item.correct.map((i) => `${letter(i)}. ${item.options[i]}`))
			};
		case 'true-false':
			return { front: `True or false? ${item.prompt}`, back: item.correct ? 'True' : 'False' };
		case 'typed':
			return { front: item.prompt, back: item.accepted.join(' / ') };
		case 'matching':
			return {
				front: lines(
					item.prompt,
					'',
					item.pairs.map((pair) => `• ${pair.left}`),
					'',
					'Choices:',
					list(alphabetical(item.pairs.map((pair) => pair.right)))
				),
				back: lines(item.pairs.map((pair) => `${pair.left} → ${pair.right}`))
			};
		case 'ordering':
			return {
				front: lines(item.prompt, '', list(alphabetical(item.sequence))),
				back: lines(item.sequence.map((step, i) => `${i + 1}. ${step}`))
			};
		case 'short-answer':
			return {
				front: item.prompt,
				back: lines(
					item.model,
					'',
					'Key points:',
					item.points.map((point) => `• ${point.text}`)
				)
			};
		case 'classify':
			return {
				front: lines(
					item.prompt,
					`(${item.groups[0]} or ${item.groups[1]})`,
					'',
					item.statements.map((statement) => `• ${statement.text}`)
				),
				back: lines(
					item.statements.map((statement) => `${statement.text} → ${item.groups[statement.group]}`)
				)
			};
		default:
			return unhandledType(item);
	}
}

/** The notes of a selection: one per fact, then, if asked, one per question. */
export function ankiNotes(selection: ExportSelection, withQuestions: boolean): AnkiNote[] {
	const facts = selection.facts.map((fact) => ({
		GUID: ankiGuid('fact', fact.id),
		Deck: ANKI_DECK,
		Front: fact.card.front,
		Back: fact.card.back,
		Source: citations(fact),
		Tags: tags(fact)
	}));
	if (!withQuestions) return facts;
	const questions = selection.items.map((item) => {
		const { front, back } = questionSides(item);
		return {
			GUID: ankiGuid('item', item.id),
			Deck: ANKI_QUESTION_DECK,
			Front: front,
			Back: lines(back, '', item.explanation),
			Source: citations(item),
			Tags: tags(item, [`hedged-bets::question::${item.type}`])
		};
	});
	return [...facts, ...questions];
}

/**
 * A field as Anki's reader takes it (the `csv` crate, double quotes, `#` starting a comment
 * line): wrapped in quotes, inner quotes doubled, when it holds a tab, a quote or a line break,
 * or starts with `#`; a line break is thus only ever inside quotes.
 */
export function ankiField(value: string): string {
	return /[\t"\r\n]/.test(value) || value.startsWith('#')
		? `"${value.replaceAll('"', '""')}"`
		: value;
}

/**
 * The selection as an Anki text file (File › Import, Anki 2.1.55 or newer): headers, then one
 * tab-separated note a line. Plain text (`#html:false`), so Anki escapes `<` and `&` itself.
 */
export function ankiExport(selection: ExportSelection, withQuestions: boolean): string {
	const column = (name: (typeof ANKI_COLUMNS)[number]) => ANKI_COLUMNS.indexOf(name) + 1;
	const header = [
		`# Hedged Bets flashcards for Anki, export version ${EXPORT_VERSION}, bank version ${selection.bankVersion}`,
		'#separator:tab',
		'#html:false',
		`#columns:${ANKI_COLUMNS.join('\t')}`,
		`#notetype:${ANKI_NOTETYPE}`,
		// #deck presets a deck that already exists; the deck column, read after it, creates
		// "Hedged Bets" and its Questions subdeck on a first import.
		`#deck:${ANKI_DECK}`,
		`#deck column:${column('Deck')}`,
		`#tags column:${column('Tags')}`,
		`#guid column:${column('GUID')}`
	];
	const rows = ankiNotes(selection, withQuestions).map((note) =>
		ANKI_COLUMNS.map((name) => ankiField(note[name])).join('\t')
	);
	return [...header, ...rows].join('\n') + '\n';
}
