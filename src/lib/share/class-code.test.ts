import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitsOf } from './bits';
import {
	CLASS_PAYLOAD_BITS,
	CLASS_SEED_BITS,
	SECONDS_PER_QUESTION,
	classPayload,
	classSeed,
	decodeClassCode,
	encodeClassCode,
	payloadDifference,
	type ClassSession
} from './class-code';
import { bitsToSymbols, grouped, withCheck } from './crockford';
import { bank } from '../bank/fixtures/real-bank';
import { classQuiz, classSession } from './fixtures/class-quiz';

const BANK = 2;
const session: ClassSession = {
	recipe: {
		bankVersion: BANK,
		count: 20,
		types: 0b0010111,
		topics: 0b10000001,
		difficulty: 0b011,
		paragraphs: 0,
		seed: 87_654,
		feedback: 'end'
	},
	secondsPerQuestion: 30
};

const anySession = (bankVersion: fc.Arbitrary<number>): fc.Arbitrary<ClassSession> =>
	fc.record({
		recipe: fc.record({
			bankVersion,
			count: fc.integer({ min: 5, max: 50 }),
			types: fc.integer({ min: 0, max: 2 ** 9 - 1 }),
			topics: fc.integer({ min: 0, max: 255 }),
			difficulty: fc.integer({ min: 0, max: 15 }),
			paragraphs: fc.constant(0),
			seed: fc.integer({ min: 0, max: 2 ** CLASS_SEED_BITS - 1 }),
			feedback: fc.constantFrom('each' as const, 'end' as const)
		}),
		secondsPerQuestion: fc.constantFrom(...SECONDS_PER_QUESTION)
	});

/** A code whose payload starts with `version` and carries any bits after it, sealed correctly. */
const sealed = (payload: string) => grouped(withCheck(bitsToSymbols(payload)), 4);

describe('class quiz codes', () => {
	it('are 14 characters at most: three groups of four symbols', () => {
		fc.assert(
			fc.property(anySession(fc.integer({ min: 1, max: 500 })), (s) => {
				expect(encodeClassCode(s)).toMatch(
					/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}[0-9A-HJKMNP-TV-Z*~$=U]$/
				);
			})
		);
	});

	it('round-trip any class session', () => {
		fc.assert(
			fc.property(anySession(fc.integer({ min: 1, max: 500 })), (s) => {
				expect(decodeClassCode(encodeClassCode(s), s.recipe.bankVersion)).toEqual({
					ok: true,
					session: s
				});
			})
		);
	});

	it('give a phone the very quiz the teacher’s device builds', () => {
		const teacher = {
			...classSession({ types: 0b1011101, difficulty: 0b011 }),
			secondsPerQuestion: 45
		};
		const decoded = decodeClassCode(encodeClassCode(teacher), bank.version);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.session.secondsPerQuestion).toBe(45);
		expect(classQuiz(decoded.session).quiz).toEqual(classQuiz(teacher).quiz);
	});

	it('read back as typed: lower case, I/L/O, spaces instead of hyphens', () => {
		const code = encodeClassCode(session);
		const typed = code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
		expect(decodeClassCode(typed, BANK)).toEqual({ ok: true, session });
	});

	it('catch every single-character change', () => {
		fc.assert(
			fc.property(anySession(fc.constant(BANK)), (s) => {
				const code = encodeClassCode(s).replace(/-/g, '');
				for (let at = 0; at < code.length; at++)
					for (const symbol of '0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U') {
						if (symbol === code[at]) continue;
						const changed = code.slice(0, at) + symbol + code.slice(at + 1);
						expect(decodeClassCode(changed, BANK)).toMatchObject({
							ok: false,
							problem: 'mistyped'
						});
					}
			}),
			{ numRuns: 30 }
		);
	});

	it('never crash on random strings', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789ABCXYZ*~$=U-') })),
				(text) => {
					const result = decodeClassCode(text, BANK);
					expect(typeof result.ok).toBe('boolean');
					if (!result.ok) expect(result.message).toMatch(/\.$/);
				}
			)
		);
	});

	it.each([
		['', 'mistyped'],
		['K7QM-2XF4-9H!', 'mistyped'],
		[encodeClassCode(session).slice(0, 9), 'mistyped']
	])('say what is wrong with %j', (code, problem) => {
		expect(decodeClassCode(code, BANK)).toMatchObject({ ok: false, problem });
	});

	it('tell a code from a newer app, whatever its length, from a mistyped one', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 7 }),
				fc.string({ unit: fc.constantFrom('0', '1'), minLength: 32, maxLength: 72 }),
				(version, rest) => {
					expect(decodeClassCode(sealed(bitsOf(version, 3) + rest), BANK)).toMatchObject({
						ok: false,
						problem: 'future'
					});
				}
			)
		);
	});

	it('refuse a sealed code with version 0, or a count no class quiz has', () => {
		expect(decodeClassCode(sealed('000' + '1'.repeat(52)), BANK)).toMatchObject({
			problem: 'invalid'
		});
		const payload = classPayload(session);
		const count = (n: number) => payload.slice(0, 7) + bitsOf(n, 6) + payload.slice(13);
		expect(decodeClassCode(sealed(count(4)), BANK)).toMatchObject({ problem: 'invalid' });
		expect(decodeClassCode(sealed(count(51)), BANK)).toMatchObject({ problem: 'invalid' });
		expect(decodeClassCode(sealed(count(5)), BANK)).toMatchObject({ ok: true });
	});

	it('tell a phone whose bank differs by up to 15 versions', () => {
		const code = encodeClassCode(session);
		for (let other = BANK + 1; other < BANK + 16; other++)
			expect(decodeClassCode(code, other)).toMatchObject({ ok: false, problem: 'bank' });
		expect(decodeClassCode(code, BANK + 16)).toMatchObject({ ok: true });
	});

	it('refuse to encode what a class quiz cannot be', () => {
		const bad =
			(patch: Partial<ClassSession['recipe']>, seconds: number | null = null) =>
			() =>
				encodeClassCode({ recipe: { ...session.recipe, ...patch }, secondsPerQuestion: seconds });
		expect(bad({ count: 4 })).toThrow(RangeError);
		expect(bad({ count: 51 })).toThrow(RangeError);
		expect(bad({ paragraphs: 1 })).toThrow(RangeError);
		expect(bad({ seed: 2 ** CLASS_SEED_BITS })).toThrow(RangeError);
		expect(bad({ types: 2 ** 9 })).toThrow(RangeError);
		expect(bad({ bankVersion: 0 })).toThrow(RangeError);
		expect(bad({}, 25)).toThrow(RangeError);
	});

	it('fold any 32-bit number into a class seed', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n) => {
				const seed = classSeed(n);
				expect(seed).toBeGreaterThanOrEqual(0);
				expect(seed).toBeLessThan(2 ** CLASS_SEED_BITS);
			})
		);
	});

	it('tell a payload that differs only in its bank from another quiz', () => {
		const a = classPayload(session);
		expect(a).toHaveLength(CLASS_PAYLOAD_BITS);
		expect(payloadDifference(a, a)).toBe('same');
		const newer = classPayload({
			...session,
			recipe: { ...session.recipe, bankVersion: BANK + 1 }
		});
		expect(payloadDifference(a, newer)).toBe('bank');
		const other = classPayload({ ...session, recipe: { ...session.recipe, seed: 1 } });
		expect(payloadDifference(a, other)).toBe('quiz');
	});
});
