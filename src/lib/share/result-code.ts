import type { Item } from '../bank/schema';
import type { QuizResponse } from '../quiz/check';
import { BitReader, bitsOf, bitsToBytes, bytesToBits } from './bits';
import {
	CLASS_PAYLOAD_BITS,
	classPayload,
	payloadDifference,
	type ClassSession
} from './class-code';
import { crc32 } from './crc32';
import { bytesToSymbols, grouped, normaliseCrockford, symbolsToBytes } from './crockford';
import { answerBits, bytesBits, readAnswer, readUtf8, utf8Within } from './result-answers';

/**
 * A student's result code: what goes back to the teacher as a QR code or typed text. It holds
 * the answers, never the score (the teacher's device grades them again). Bits, most
 * significant first:
 *
 *   version 4 | the class code's 55 payload bits (which quiz, which bank) |
 *   nickname length 5 | nickname, UTF-8 | one answer per question (result-answers.ts) |
 *   zeros to a whole byte | CRC-32 of all the bytes before it, 4 bytes
 *
 * The text is those bytes in Crockford base32, in hyphenated groups of five; the QR code holds
 * the same symbols without hyphens, all inside QR's alphanumeric mode (5.5 bits a symbol).
 * Version 2 has version 1's layout; it says the answers may be to short answers and sortings
 * (result-answers.ts) and the payload may be a layout-2 class code's, which an app that knows
 * only version 1 cannot grade. Version 1 codes still read.
 * Every layout starts with its 4-bit version and ends with the CRC-32 of the rest, so a code from
 * a newer app is told apart from a damaged one by its checksum, whatever its layout.
 */
export const RESULT_CODE_VERSION = 2;
export const NICKNAME_MAX_BYTES = 24;

/** What one student sends back: a nickname and a response (or null) per question, in quiz order. */
export interface StudentResult {
	nickname: string;
	responses: (QuizResponse | null)[];
}

export type ResultCodeProblem = 'mistyped' | 'future' | 'other-quiz' | 'other-bank' | 'invalid';

export type ResultCodeResult =
	| { ok: true; result: StudentResult }
	| { ok: false; problem: ResultCodeProblem; message: string; nickname?: string };

/** A nickname as it travels: trimmed, in Unicode's composed form. */
export const cleanNickname = (text: string): string => text.normalize('NFC').trim();

// Control characters (newlines, tabs) would break the teacher's lists; format characters such
// as a right-to-left mark are fine.
const CONTROL = /\p{Cc}/u;

/** What is wrong with a (cleaned) nickname, as a sentence, or undefined if it will do. */
export function nicknameProblem(nickname: string): string | undefined {
	if (nickname.length === 0)
		return 'Give a nickname, so that your teacher knows whose result it is.';
	if (new TextEncoder().encode(nickname).length > NICKNAME_MAX_BYTES)
		return `A nickname fits in ${NICKNAME_MAX_BYTES} bytes: about ${NICKNAME_MAX_BYTES} letters, fewer with accents or emoji.`;
	if (CONTROL.test(nickname) || nickname !== cleanNickname(nickname))
		return 'A nickname is one line of text, with no spaces around it.';
	return undefined;
}

/** A result code as grouped text and as QR content; throws RangeError on a nickname nicknameProblem refuses. */
export function encodeResultCode(
	session: ClassSession,
	items: readonly Item[],
	result: StudentResult
): { text: string; qr: string } {
	const problem = nicknameProblem(result.nickname);
	if (problem) throw new RangeError(problem);
	const name = utf8Within(result.nickname, NICKNAME_MAX_BYTES);
	let bits =
		bitsOf(RESULT_CODE_VERSION, 4) +
		classPayload(session) +
		bitsOf(name.length, 5) +
		bytesBits(name) +
		items.map((item, i) => answerBits(item, result.responses[i] ?? null)).join('');
	bits = bits.padEnd(Math.ceil(bits.length / 8) * 8, '0');
	const body = bitsToBytes(bits);
	const bytes = new Uint8Array(body.length + 4);
	bytes.set(body);
	new DataView(bytes.buffer).setUint32(body.length, crc32(body));
	const symbols = bytesToSymbols(bytes);
	return { text: grouped(symbols, 5), qr: symbols };
}

const fail = (problem: ResultCodeProblem, message: string, nickname?: string): ResultCodeResult =>
	nickname === undefined
		? { ok: false, problem, message }
		: { ok: false, problem, message, nickname };

const BROKEN =
	'This result code is damaged or mistyped: its checksum does not match. Scan the student’s QR code again, or copy the code again.';

/** Reads a result code for `session`, whose quiz has `items` in question order; says what is wrong with a bad one. */
export function decodeResultCode(
	code: string,
	session: ClassSession,
	items: readonly Item[]
): ResultCodeResult {
	const symbols = normaliseCrockford(code);
	const bytes = symbols === undefined ? undefined : symbolsToBytes(symbols);
	if (!bytes || bytes.length < 5) return fail('mistyped', BROKEN);
	const body = bytes.subarray(0, -4);
	if (new DataView(bytes.buffer).getUint32(body.length) !== crc32(body))
		return fail('mistyped', BROKEN);
	const reader = new BitReader(bytesToBits(body));
	const version = reader.read(4)!;
	if (version > RESULT_CODE_VERSION)
		return fail(
			'future',
			'This result comes from a newer version of the app. Update the app on this device (reload it while online), then add the result again.'
		);
	if (version !== RESULT_CODE_VERSION && version !== 1)
		return fail('invalid', 'This is not a result code of this app, though its checksum holds.');
	const payload = reader.take(CLASS_PAYLOAD_BITS);
	const length = reader.read(5);
	const nickname = length === undefined ? undefined : readUtf8(reader, length);
	if (payload === undefined || nickname === undefined || nicknameProblem(nickname))
		return fail('invalid', 'This result code holds no readable nickname.');
	const of = `${nickname}’s result`;
	const difference = payloadDifference(payload, classPayload(session));
	if (difference === 'bank')
		return fail(
			'other-bank',
			`${of} comes from a device with another version of the question bank, so its answers cannot be graded here. Update the app on both devices, then add it again.`,
			nickname
		);
	if (difference === 'quiz')
		return fail('other-quiz', `${of} answers another class quiz, not this one.`, nickname);
	const responses: (QuizResponse | null)[] = [];
	for (const item of items) {
		const response = readAnswer(reader, item);
		if (response === undefined)
			return fail('invalid', `${of} does not fit this quiz’s questions.`, nickname);
		responses.push(response);
	}
	if (reader.left >= 8 || /1/.test(reader.take(reader.left)!))
		return fail('invalid', `${of} does not fit this quiz’s questions.`, nickname);
	return { ok: true, result: { nickname, responses } };
}

/** The shortest run of symbols taken for a result code: shorter words in a pasted chat are not. */
const SHORTEST_CODE = 16;

/**
 * The result codes in pasted text (a chat log, a list, one per line): each is a run of letters
 * and digits with hyphens, at least 16 symbols long. Other words are left out; a damaged
 * candidate is kept, for decodeResultCode to name its problem.
 */
export function findResultCodes(text: string): string[] {
	return (text.match(/[0-9A-Za-z]+(?:-+[0-9A-Za-z]+)*/g) ?? []).filter(
		(run) => run.replace(/-/g, '').length >= SHORTEST_CODE
	);
}
