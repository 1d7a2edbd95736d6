import type { Attempt } from './attempt';
import type { QuizResponse } from './check';

/**
 * A class quiz is kept as an ordinary attempt (its mistakes bring flashcards forward, it shows in
 * the quiz history), and its title says which class code and nickname it was taken under:
 * `Class 4JG0-008C-Y9JE · Aziz`. The code has a fixed length, so the title reads back exactly,
 * whatever the nickname holds; the nickname never leaves the device except in the result code.
 */
const PREFIX = 'Class ';
const SEPARATOR = ' · ';
/** A class code as encodeClassCode spells it: 12 symbols in groups of four. */
const CODE = /^[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}$/;
const CODE_LENGTH = 14;

/** The title of an attempt at a class quiz, from its canonical class code and the nickname. */
export const classAttemptTitle = (classCode: string, nickname: string): string =>
	`${PREFIX}${classCode}${SEPARATOR}${nickname}`;

/** The class code and nickname a class attempt's title holds, or undefined for any other title. */
export function classOfTitle(title: string): { classCode: string; nickname: string } | undefined {
	if (!title.startsWith(PREFIX)) return undefined;
	const classCode = title.slice(PREFIX.length, PREFIX.length + CODE_LENGTH);
	const rest = title.slice(PREFIX.length + CODE_LENGTH);
	if (!CODE.test(classCode) || !rest.startsWith(SEPARATOR)) return undefined;
	const nickname = rest.slice(SEPARATOR.length);
	return nickname ? { classCode, nickname } : undefined;
}

/**
 * An attempt's answers as a result code carries them, in quiz order: null for a question not
 * answered (time ran out with nothing entered). A stored response of another shape is passed on
 * as it is: the result code sends a response that does not fit its item as unanswered.
 */
export const attemptResponses = (attempt: Attempt): (QuizResponse | null)[] =>
	attempt.answers.map((answer) =>
		answer && answer.response.type !== 'none' ? (answer.response as QuizResponse) : null
	);
