import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '$lib/bank/question-types';
import { toMask } from '$lib/quiz/recipe';
import type { Item } from '$lib/bank/schema';
import { correctResponse, type QuizResponse } from '$lib/quiz/check';
import { bitsOf, bitsToBytes } from './bits';
import { classPayload } from './class-code';
import { crc32 } from './crc32';
import { bytesToSymbols } from './crockford';
import { arbitraryResponse } from './fixtures/arbitrary-response';
import { bank } from '../bank/fixtures/real-bank';
import { classQuiz, classSession } from './fixtures/class-quiz';
import { qrVersion } from './qr';
import {
	cleanNickname,
	decodeResultCode,
	encodeResultCode,
	findResultCodes,
	nicknameProblem,
	type StudentResult
} from './result-code';

const session = classSession();
const { items } = classQuiz(session);
const answers = (quizItems: readonly Item[]) => quizItems.map((item) => correctResponse(item));
const result: StudentResult = { nickname: 'Aziz', responses: answers(items) };

const nickname = fc
	.string({ unit: 'grapheme', minLength: 1, maxLength: 24 })
	.map(cleanNickname)
	.filter((name) => nicknameProblem(name) === undefined);

/** A sealed code of any later layout: version first, CRC-32 of the rest last. */
function sealed(version: number, rest: string): string {
	const bits = bitsOf(version, 4) + rest;
	const body = bitsToBytes(bits.padEnd(Math.ceil(bits.length / 8) * 8, '0'));
	const bytes = new Uint8Array(body.length + 4);
	bytes.set(body);
	new DataView(bytes.buffer).setUint32(body.length, crc32(body));
	return bytesToSymbols(bytes);
}

describe('result codes', () => {
	it('round-trip any answers to any quiz, with any nickname', () => {
		const quizzes = [0, 1, 2, 3].map((seed) => {
			const s = classSession({ seed, count: 10 + seed * 10 });
			return { session: s, items: classQuiz(s).items };
		});
		// A class quiz with the teacher's short answers on, and sortings: their ticks and groups travel.
		const written = classSession({
			seed: 9,
			count: 12,
			types: toMask(QUESTION_TYPES, ['short-answer', 'classify', 'ordering'])
		});
		quizzes.push({ session: written, items: classQuiz(written).items });
		expect(new Set(quizzes.flatMap((q) => q.items.map((item) => item.type)))).toEqual(
			new Set(QUESTION_TYPES)
		);
		const quizAndResult = fc.constantFrom(...quizzes).chain(({ session: s, items: quizItems }) =>
			fc.record({
				session: fc.constant(s),
				items: fc.constant(quizItems),
				result: fc.record({ nickname, responses: fc.tuple(...quizItems.map(arbitraryResponse)) })
			})
		);
		fc.assert(
			fc.property(quizAndResult, ({ session: s, items: quizItems, result: r }) => {
				const { text, qr } = encodeResultCode(s, quizItems, r);
				expect(decodeResultCode(text, s, quizItems)).toEqual({ ok: true, result: r });
				expect(decodeResultCode(qr, s, quizItems)).toEqual({ ok: true, result: r });
			}),
			{ numRuns: 200 }
		);
	});

	it('are grouped Crockford text, and plain symbols for the QR code', () => {
		const { text, qr } = encodeResultCode(session, items, result);
		expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-)*[0-9A-HJKMNP-TV-Z]{1,5}$/);
		expect(text.replace(/-/g, '')).toBe(qr);
		expect(decodeResultCode(text.toLowerCase().replace(/-/g, ' '), session, items)).toMatchObject({
			ok: true
		});
	});

	it('keep unanswered questions as unanswered', () => {
		const blank = { nickname: 'Zoë', responses: items.map(() => null) };
		const { text } = encodeResultCode(session, items, blank);
		expect(decodeResultCode(text, session, items)).toEqual({ ok: true, result: blank });
	});

	it('detect every single-character change', () => {
		const { qr } = encodeResultCode(session, items, result);
		for (let at = 0; at < qr.length; at++)
			for (const symbol of '0123456789ABCDEFGHJKMNPQRSTVWXYZ') {
				if (symbol === qr[at]) continue;
				const changed = qr.slice(0, at) + symbol + qr.slice(at + 1);
				expect(decodeResultCode(changed, session, items)).toMatchObject({ ok: false });
			}
	});

	it('never crash on random strings', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFXYZ-') })),
				(text) => {
					const decoded = decodeResultCode(text, session, items);
					expect(typeof decoded.ok).toBe('boolean');
				}
			)
		);
	});

	it('say a result answers another quiz, naming the student', () => {
		const other = classSession({ seed: 7 });
		const { text } = encodeResultCode(other, classQuiz(other).items, {
			...result,
			nickname: 'Ana'
		});
		expect(decodeResultCode(text, session, items)).toMatchObject({
			ok: false,
			problem: 'other-quiz',
			nickname: 'Ana',
			message: 'Ana’s result answers another class quiz, not this one.'
		});
	});

	it('say a result comes from another version of the bank', () => {
		const older = classSession({ bankVersion: bank.version + 1 });
		const { text } = encodeResultCode(older, items, result);
		expect(decodeResultCode(text, session, items)).toMatchObject({ problem: 'other-bank' });
	});

	it('tell a result from a newer app, whatever its layout, from a damaged one', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 15 }),
				fc.string({ unit: fc.constantFrom('0', '1') }),
				(v, rest) => {
					expect(decodeResultCode(sealed(v, rest), session, items)).toMatchObject({
						problem: 'future'
					});
				}
			)
		);
	});

	it.each([
		['', 'mistyped'],
		['not a code', 'mistyped'],
		[encodeResultCode(session, items, result).qr.slice(0, -3), 'mistyped'],
		[sealed(0, classPayload(session)), 'invalid'],
		[sealed(1, classPayload(session) + bitsOf(0, 5)), 'invalid'],
		[sealed(1, classPayload(session) + bitsOf(1, 5) + bitsOf(10, 8)), 'invalid'],
		[sealed(1, classPayload(session) + bitsOf(1, 5) + bitsOf(65, 8)), 'invalid']
	])('say what is wrong with %j', (code, problem) => {
		expect(decodeResultCode(code, session, items)).toMatchObject({ ok: false, problem });
	});

	it('refuse a nickname that is empty, too long or more than a line', () => {
		expect(nicknameProblem('')).toMatch(/nickname/);
		expect(nicknameProblem('a'.repeat(25))).toMatch(/24 bytes/);
		expect(nicknameProblem('😀'.repeat(7))).toMatch(/24 bytes/);
		expect(nicknameProblem('Ana\nB')).toMatch(/one line/);
		expect(nicknameProblem(' Ana')).toMatch(/spaces/);
		expect(nicknameProblem('مريم')).toBeUndefined();
		expect(() => encodeResultCode(session, items, { ...result, nickname: '' })).toThrow(RangeError);
	});
});

describe('pasted result codes', () => {
	it('are found among the words of a chat', () => {
		const a = encodeResultCode(session, items, result).text;
		const b = encodeResultCode(session, items, { ...result, nickname: 'Bibi' }).qr;
		const pasted = `[10:02] Aziz: here is my code ${a}\n[10:03] Bibi: ${b.toLowerCase()} thanks!\nsupercalifragilistic`;
		expect(findResultCodes(pasted)).toEqual([a, b.toLowerCase(), 'supercalifragilistic']);
		expect(
			findResultCodes(pasted).map((code) => decodeResultCode(code, session, items).ok)
		).toEqual([true, true, false]);
		expect(findResultCodes('no code here, sorry')).toEqual([]);
	});
});

describe('result code sizes', () => {
	/** The 20 items whose answers take the most bits, typed ones left out or taken `typed` at a time. */
	function heaviest(typed: number): Item[] {
		const weight = (item: Item) =>
			item.type === 'matching' || item.type === 'ordering' ? 2 : item.type === 'multiple' ? 1 : 0;
		const others = bank.items
			.filter((item) => item.type !== 'typed')
			.sort((a, b) => weight(b) - weight(a));
		return [...bank.items.filter((item) => item.type === 'typed').slice(0, typed), ...others].slice(
			0,
			20
		);
	}
	const longest = (quizItems: Item[]): StudentResult => ({
		nickname: 'Maximilian-Alexander 024', // 24 bytes: the longest a nickname gets
		responses: quizItems.map((item): QuizResponse =>
			item.type === 'typed' ? { type: 'text', value: 'Dushanbe 123' } : correctResponse(item)
		)
	});

	it('a 20-question result without typed answers fits QR version 6 at level M', () => {
		const quizItems = heaviest(0);
		const { qr } = encodeResultCode(session, quizItems, longest(quizItems));
		expect(qrVersion(qr, 'M')).toBeLessThanOrEqual(6);
	});

	it('a 20-question result with five typed answers of 12 characters fits QR version 10 at level M', () => {
		const quizItems = heaviest(5);
		const { qr } = encodeResultCode(session, quizItems, longest(quizItems));
		expect(qrVersion(qr, 'M')).toBeLessThanOrEqual(10);
	});
});
