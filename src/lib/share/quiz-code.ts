import { COUNT_MAX, COUNT_MIN, PARAGRAPH_BITS, type QuizRecipe } from '../quiz/recipe';
import { fromBase64Url, toBase64Url } from './base64url';
import { fletcher16 } from './checksum';

/**
 * Version of the code layout; a code from a newer app says so instead of being misread. Every
 * layout, this one and any later one, starts with its version byte and ends with the Fletcher-16
 * of all the bytes before it, so this app can check a newer code's integrity without knowing
 * its layout, and so tell a newer code from a damaged one.
 */
export const QUIZ_CODE_VERSION = 2;
const LENGTH = 15;

/**
 * Byte 5 of layout 2: difficulty mask in bits 0–3, feedback in bit 4, question types 9–11 in
 * bits 5–7 (types 1–8 fill byte 3). Layout 1 had difficulty in bits 0–2 and feedback in bit 3,
 * and knew seven types and three difficulties: a layout-1 "any" (0) reads as exactly those, so
 * an old link still builds the quiz it built before the bank gained types and a difficulty.
 */
const V1_TYPES = 0b1111111;
const V1_DIFFICULTIES = 0b111;

export type QuizCodeResult =
	| { ok: true; recipe: QuizRecipe }
	| { ok: false; problem: 'malformed' | 'tampered' | 'future' | 'invalid'; message: string };

/** A recipe as a 20-character, URL-safe code with its own version and checksum (layout 2). */
export function encodeQuizCode(recipe: QuizRecipe): string {
	const bytes = new Uint8Array(LENGTH);
	const view = new DataView(bytes.buffer);
	view.setUint8(0, QUIZ_CODE_VERSION);
	view.setUint8(1, recipe.bankVersion);
	view.setUint8(2, recipe.count);
	view.setUint8(3, recipe.types & 255);
	view.setUint8(4, recipe.topics);
	view.setUint8(
		5,
		(recipe.difficulty & 0b1111) |
			(recipe.feedback === 'end' ? 0b10000 : 0) |
			(((recipe.types >>> 8) & 0b111) << 5)
	);
	view.setUint8(6, (recipe.paragraphs >>> 16) & 255);
	view.setUint16(7, recipe.paragraphs & 0xffff);
	view.setUint32(9, recipe.seed >>> 0);
	view.setUint16(13, fletcher16(bytes.subarray(0, 13)));
	return toBase64Url(bytes);
}

/** Whether the last two bytes are the Fletcher-16 of the rest (true of every layout). */
function sealed(bytes: Uint8Array): boolean {
	const end = bytes.length - 2;
	return ((bytes[end]! << 8) | bytes[end + 1]!) === fletcher16(bytes.subarray(0, end));
}

const fail = (problem: Exclude<QuizCodeResult, { ok: true }>['problem'], message: string) =>
	({ ok: false, problem, message }) as const;

/** Reads a quiz code from a link or typed by hand; says what is wrong with a bad one. */
export function decodeQuizCode(code: string): QuizCodeResult {
	const bytes = fromBase64Url(code.trim());
	if (!bytes || bytes.length === 0)
		return fail(
			'malformed',
			'This quiz link is incomplete or damaged: it holds no readable quiz code.'
		);
	const version = bytes[0]!;
	// Checksum first: a random or damaged code whose first byte happens to be a later version
	// is damage, not news. A version far above ours is noise even with a matching sum.
	if (version > QUIZ_CODE_VERSION && version < 16 && bytes.length >= 8 && sealed(bytes))
		return fail(
			'future',
			'This quiz was made with a newer version of the app. Reload to update the app, then open the link again.'
		);
	if (bytes.length !== LENGTH || (bytes[0] !== QUIZ_CODE_VERSION && bytes[0] !== 1))
		return fail(
			'malformed',
			'This quiz link is incomplete or damaged. Ask for the link again, or make a new quiz.'
		);
	const view = new DataView(bytes.buffer);
	if (view.getUint16(13) !== fletcher16(bytes.subarray(0, 13)))
		return fail(
			'tampered',
			'This quiz link has been changed or mistyped: its checksum does not match.'
		);
	const options = view.getUint8(5);
	const v1 = bytes[0] === 1;
	const recipe: QuizRecipe = {
		bankVersion: view.getUint8(1),
		count: view.getUint8(2),
		types: v1 ? view.getUint8(3) & V1_TYPES || V1_TYPES : view.getUint8(3) | ((options >>> 5) << 8),
		topics: view.getUint8(4),
		difficulty: v1 ? options & V1_DIFFICULTIES || V1_DIFFICULTIES : options & 0b1111,
		feedback: options & (v1 ? 0b1000 : 0b10000) ? 'end' : 'each',
		paragraphs: ((view.getUint8(6) << 16) | view.getUint16(7)) >>> 0,
		seed: view.getUint32(9)
	};
	if (recipe.count < COUNT_MIN || recipe.count > COUNT_MAX || recipe.bankVersion === 0)
		return fail(
			'invalid',
			`This quiz link asks for ${recipe.count} questions; a quiz has ${COUNT_MIN} to ${COUNT_MAX}.`
		);
	if (recipe.paragraphs >= 2 ** PARAGRAPH_BITS)
		return fail('invalid', 'This quiz link names paragraphs the article does not have.');
	return { ok: true, recipe };
}
