import type { QuizRecipe } from '../quiz/recipe';
import { encodeQuizCode } from './quiz-code';

// Every address of the app that carries data is built and read here, so a link made on one
// page is read the same way on every other, and changing a link's form touches one file.
// (Article sentences have their own addresses, `sourceHref` in article/anchor.ts.)

const PLAY = '/quiz/play';
/** Attempt ids as `newId()` makes them; anything else in a link is refused before a lookup. */
const ATTEMPT_ID = /^[a-z0-9-]{4,64}$/;

/** The fragment that opens a quiz code: `#q=<code>`. */
export const quizHash = (code: string): string => `#q=${code}`;
/** The fragment that opens a stored attempt: `#a=<id>`. */
export const attemptHash = (id: string): string => `#a=${id}`;

/** The link that opens a quiz code: a new or shared quiz, or its latest attempt. */
export const quizCodeHref = (code: string): string => `${PLAY}${quizHash(code)}`;
/** The link that opens a quiz made from a recipe. */
export const quizHref = (recipe: QuizRecipe): string => quizCodeHref(encodeQuizCode(recipe));
/** The link that starts a quiz code afresh, even when an attempt at it is finished. */
export const againHref = (code: string): string => `${quizCodeHref(code)}&again=1`;
/** The link that opens a stored attempt: resumes it, or shows its results. */
export const attemptHref = (id: string): string => `${PLAY}${attemptHash(id)}`;
/** The link that starts a new attempt at an attempt's missed questions. */
export const retryHref = (id: string): string => `${PLAY}#retry=${id}`;

const CLASS_JOIN = '/class/join';

/** A class code's symbols (check symbols included), which a fragment carries as they are. */
const CODE_SYMBOLS = /^[0-9A-Za-z*~$=]*$/;

/**
 * The fragment that opens a class code on the student's side: `#c=<code>`, hyphens left out (a
 * shorter QR); text typed by hand with other characters in it is escaped.
 */
export function classJoinHash(code: string): string {
	const bare = code.replace(/-/g, '');
	return `#c=${CODE_SYMBOLS.test(bare) ? bare : encodeURIComponent(bare)}`;
}
/** The link a teacher hands out (as text or QR): opens the join screen at the nickname step. */
export const classJoinHref = (code: string): string => `${CLASS_JOIN}${classJoinHash(code)}`;

/** The class code a `/class/join` fragment carries, as typed (decodeClassCode reads it), or undefined. */
export function parseClassJoinLink(hash: string): string | undefined {
	const code = new URLSearchParams(hash.replace(/^#/, '')).get('c')?.trim();
	return code ? code : undefined;
}

/** The teacher's page of one class session. */
export const classSessionHref = (id: string): string => `/class/session#${id}`;

/** A link as it can be sent to another device: absolute, on the given origin. */
export const shareableUrl = (origin: string, href: string): string => new URL(href, origin).href;

/** What a `/quiz/play` fragment asks for. */
export type QuizLink =
	| { kind: 'quiz'; code: string; again: boolean }
	| { kind: 'attempt'; id: string }
	| { kind: 'retry'; id: string }
	| { kind: 'bad-attempt' }
	| { kind: 'none' };

/** Reads a `/quiz/play` fragment; an attempt id of the wrong form is `bad-attempt`. */
export function parseQuizLink(hash: string): QuizLink {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const code = params.get('q');
	if (code !== null) return { kind: 'quiz', code, again: params.get('again') !== null };
	const attempt = params.get('a');
	const retry = params.get('retry');
	const id = attempt ?? retry;
	if (id === null) return { kind: 'none' };
	if (!ATTEMPT_ID.test(id)) return { kind: 'bad-attempt' };
	return attempt !== null ? { kind: 'attempt', id } : { kind: 'retry', id };
}

/** The link that studies only the cards of one paragraph of the article: `/study#p=<n>`. */
export const studyParagraphHref = (paragraph: number): string => `/study#p=${paragraph}`;

/**
 * The paragraph a `/study` fragment limits study to, or undefined for the whole deck (no `p`,
 * or one that is not a whole number from 1 to `paragraphs`: a bad link studies everything).
 */
export function parseStudyLink(hash: string, paragraphs: number): number | undefined {
	const p = new URLSearchParams(hash.replace(/^#/, '')).get('p');
	if (p === null || !/^\d{1,3}$/.test(p)) return undefined;
	const n = Number(p);
	return n >= 1 && n <= paragraphs ? n : undefined;
}
