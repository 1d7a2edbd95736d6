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

const PRINT = '/print';

/** What /print lays out: the student's sheet, the teacher's answer key, or the join poster. */
export const PRINT_SHEETS = ['student', 'key', 'poster'] as const;
export type PrintSheet = (typeof PRINT_SHEETS)[number];
/** The paper a print is laid out for. */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** What a print is made from: a quiz code, or a class session kept on this device. */
export type PrintSource = { kind: 'quiz'; code: string } | { kind: 'session'; id: string };

/**
 * The print page of a quiz code (`/print#q=<code>&sheet=key`) or a class session
 * (`/print#s=<id>&sheet=poster`); the paper is left out unless chosen, so the page picks one.
 */
export function printHref(
	source: PrintSource,
	sheet: PrintSheet = 'student',
	paper?: Paper
): string {
	const what = source.kind === 'quiz' ? `q=${source.code}` : `s=${source.id}`;
	return `${PRINT}#${what}&sheet=${sheet}${paper ? `&paper=${paper}` : ''}`;
}

/** What a `/print` fragment asks for; an unknown sheet reads as the student's, an unknown paper as none. */
export type PrintLink =
	| { kind: 'print'; source: PrintSource; sheet: PrintSheet; paper: Paper | undefined }
	| { kind: 'bad-session' }
	| { kind: 'none' };

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
	list.find((entry) => entry === value);

/** Reads a `/print` fragment; a session id of the wrong form is `bad-session`. */
export function parsePrintLink(hash: string): PrintLink {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const code = params.get('q');
	const id = params.get('s');
	const sheet = oneOf(PRINT_SHEETS, params.get('sheet')) ?? 'student';
	const paper = oneOf(PAPERS, params.get('paper'));
	if (code !== null) return { kind: 'print', source: { kind: 'quiz', code }, sheet, paper };
	if (id === null) return { kind: 'none' };
	if (!ATTEMPT_ID.test(id)) return { kind: 'bad-session' };
	return { kind: 'print', source: { kind: 'session', id }, sheet, paper };
}

const PRESENT = '/present';
/** What a projector shows: any quiz code, or a class session stored on this device (as a print). */
export type PresentSource = PrintSource;

/** Which window of a projected quiz: what the room sees, or the teacher's own controls. */
export type PresentView = 'audience' | 'presenter';

/** The projector's address: `/present#q=<code>` or `/present#s=<id>`, `&view=presenter` for the teacher's window. */
export function presentHref(source: PresentSource, view: PresentView = 'audience'): string {
	const what = source.kind === 'quiz' ? `q=${source.code}` : `s=${source.id}`;
	return `${PRESENT}#${what}${view === 'presenter' ? '&view=presenter' : ''}`;
}

/** What a `/present` fragment asks for; a session id of the wrong form is `bad-session`. */
export type PresentLink =
	| { kind: 'present'; source: PresentSource; view: PresentView }
	| { kind: 'bad-session' }
	| { kind: 'none' };

/** Reads a `/present` fragment. */
export function parsePresentLink(hash: string): PresentLink {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const view: PresentView = params.get('view') === 'presenter' ? 'presenter' : 'audience';
	const code = params.get('q')?.trim();
	if (code) return { kind: 'present', source: { kind: 'quiz', code }, view };
	const id = params.get('s');
	if (id === null) return { kind: 'none' };
	if (!ATTEMPT_ID.test(id)) return { kind: 'bad-session' };
	return { kind: 'present', source: { kind: 'session', id }, view };
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
