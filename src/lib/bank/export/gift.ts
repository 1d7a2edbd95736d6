import { groupItems } from '../filter';
import type { Item } from '../schema';
import { EXPORT_VERSION, citations, unhandledType, type ExportSelection } from './fields';

/** The course-level category path the questions go under, one subcategory per topic. */
export const GIFT_ROOT = '$course$/Hedged Bets';

const RESERVED = /[\\~=#{}:]/g;
const FORMAT_MARK = /^\[(?:moodle|html|plain|markdown)\]/;

/**
 * Text as Moodle's GIFT reader takes it back unchanged (question/format/gift/format.php):
 * `\ ~ = # { } :` escaped with a backslash, line breaks written `\n`. Two things GIFT cannot
 * escape are written around: `->` (the matching arrow, which would also turn a short answer
 * into a matching question) becomes `→`, and a text starting with a format name in brackets,
 * such as `[html]`, gets `[moodle]` before it so that name stays text.
 */
export function giftText(text: string): string {
	const escaped = text
		.replace(/\r\n?/g, '\n')
		.replaceAll('->', '→')
		.replace(RESERVED, (char) => `\\${char}`)
		.replaceAll('\n', '\\n');
	return FORMAT_MARK.test(escaped) ? `[moodle]${escaped}` : escaped;
}

/** A category path segment: Moodle splits paths on `/` and reads `//` as a slash. */
const categoryName = (name: string) => name.replaceAll('/', '//');

/** Moodle's grade list has these fractions; a weight is one of them, written as GIFT does. */
const weight = (count: number) => Number((100 / count).toFixed(5));

/** An answer starting with `%` would be read as a weight: an explicit one goes first. */
const choice = (mark: '=' | '~', text: string) =>
	`${mark}${mark === '~' && text.startsWith('%') ? '%0%' : ''}${giftText(text)}`;

/** Moodle's short answer reads `*` as "anything"; `\*` is a literal asterisk. */
const shortAnswer = (text: string) => giftText(text).replaceAll('*', '\\*');

function answers(item: Item): string[] {
	switch (item.type) {
		case 'single':
		case 'who-said':
			return item.options.map((option, i) => choice(i === item.correct ? '=' : '~', option));
		case 'multiple': {
			// Right options share 100%, wrong ones share -100%: ticking every box scores 0.
			const right = weight(item.correct.length);
			const wrong = weight(item.options.length - item.correct.length);
			return item.options.map((option, i) =>
				item.correct.includes(i)
					? `~%${right}%${giftText(option)}`
					: `~%-${wrong}%${giftText(option)}`
			);
		}
		case 'true-false':
			return [item.correct ? 'T' : 'F'];
		case 'typed':
			return item.accepted.map((text) => `=%100%${shortAnswer(text)}`);
		case 'matching':
			return item.pairs.map((pair) => `=${giftText(pair.left)} -> ${giftText(pair.right)}`);
		case 'ordering':
			// GIFT has no ordering type: each step is matched with its place, so Moodle still
			// grades it, step by step.
			return item.sequence.map((step, i) => `=${giftText(step)} -> ${i + 1}`);
		case 'short-answer':
			// GIFT has no self-checked written answer: an essay (empty braces), graded by the
			// teacher, with the model answer and key points in the general feedback.
			return [];
		case 'classify':
			// Matching, with several statements sharing a group (Moodle allows a repeated answer).
			return item.statements.map(
				(statement) => `=${giftText(statement.text)} -> ${giftText(item.groups[statement.group])}`
			);
		default:
			return unhandledType(item);
	}
}

function questionText(item: Item): string {
	return item.type === 'ordering'
		? `${item.prompt} (Match each step with its place in the order: 1 is first.)`
		: item.prompt;
}

/** What the general feedback says: the explanation (after the model answer of an essay) and the source. */
function feedbackOf(item: Item): string {
	const model =
		item.type === 'short-answer'
			? `Model answer: ${item.model}\n\nKey points:\n${item.points.map((p) => `- ${p.text}`).join('\n')}\n\n`
			: '';
	return `${model}${item.explanation}\n\nSource: ${citations(item)}`;
}

/** One question: `::id::`, its text, its answers and the general feedback (`####`). */
export function giftQuestion(item: Item): string {
	const feedback = feedbackOf(item);
	return [
		`::${giftText(item.id)}::${giftText(questionText(item))} {`,
		...answers(item).map((answer) => `\t${answer}`),
		`\t####${giftText(feedback)}`,
		'}'
	].join('\n');
}

/**
 * The selection as a Moodle GIFT file (Question bank › Import › GIFT): a `$CATEGORY` per topic,
 * then its questions, each block separated by a blank line as the reader requires.
 */
export function giftExport(selection: ExportSelection): string {
	const blocks = [
		[
			`// Hedged Bets question bank for Moodle (GIFT), export version ${EXPORT_VERSION}, bank version ${selection.bankVersion}.`,
			'// Who-said questions are multiple choice. Ordering questions are matching questions: each',
			'// step is matched with its place (1 is first), since GIFT has no ordering type.',
			'// Multiple-answer questions give wrong choices negative weights, so ticking all scores 0.',
			'// Short written answers (self-checked in the app) are essays for the teacher to grade,',
			'// with the model answer and key points as feedback; sorting questions are matching.'
		].join('\n')
	];
	for (const group of groupItems(selection.items, 'topic', selection.topic)) {
		blocks.push(`$CATEGORY: ${GIFT_ROOT}/${categoryName(group.title)}`);
		blocks.push(...group.items.map(giftQuestion));
	}
	return blocks.join('\n\n') + '\n';
}
