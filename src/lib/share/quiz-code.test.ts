import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRecipe } from '$lib/quiz/fixtures/arbitrary-recipe';
import type { QuizRecipe } from '$lib/quiz/recipe';
import { fromBase64Url, toBase64Url } from './base64url';
import { fletcher16 } from './checksum';
import { decodeQuizCode, encodeQuizCode } from './quiz-code';

const recipe: QuizRecipe = {
	bankVersion: 2,
	count: 15,
	types: 0b0000101,
	topics: 0b00010010,
	difficulty: 0b011,
	paragraphs: 0b1000000000001,
	seed: 3_000_000_123,
	feedback: 'end'
};

const anyRecipe = arbitraryRecipe({
	bankVersion: fc.integer({ min: 1, max: 255 }),
	count: fc.integer({ min: 1, max: 50 })
});

describe('quiz codes', () => {
	it('are 20 URL-safe characters', () => {
		expect(encodeQuizCode(recipe)).toMatch(/^[A-Za-z0-9_-]{20}$/);
	});

	it('round-trip any recipe', () => {
		fc.assert(
			fc.property(anyRecipe, (r) => {
				expect(decodeQuizCode(encodeQuizCode(r))).toEqual({ ok: true, recipe: r });
			})
		);
	});

	it('refuse any single changed character', () => {
		const code = encodeQuizCode(recipe);
		fc.assert(
			fc.property(fc.nat(code.length - 1), fc.constantFrom(...'AbZ09-_q'), (at, char) => {
				fc.pre(code[at] !== char);
				const changed = code.slice(0, at) + char + code.slice(at + 1);
				expect(decodeQuizCode(changed).ok).toBe(false);
			})
		);
	});

	it('never throw on any text', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const result = decodeQuizCode(text);
				expect(typeof result.ok).toBe('boolean');
			})
		);
	});

	it.each([
		['', 'malformed'],
		['not a code!', 'malformed'],
		['abc', 'malformed'],
		[encodeQuizCode(recipe).slice(0, 12), 'malformed']
	])('say what is wrong with %j', (code, problem) => {
		expect(decodeQuizCode(code)).toMatchObject({ ok: false, problem });
	});

	/** A version byte this app does not know yet. */
	const laterVersion = fc.integer({ min: 3, max: 15 });
	/** What decoding a code it refuses gives. */
	const refused = (problem: string) => ({ ok: false, problem });

	/** A code of a later layout: its version first, any length, the Fletcher-16 of the rest last. */
	function laterCode(version: number, body: Uint8Array): string {
		const bytes = new Uint8Array(body.length + 3);
		bytes[0] = version;
		bytes.set(body, 1);
		const sum = fletcher16(bytes.subarray(0, bytes.length - 2));
		bytes[bytes.length - 2] = sum >> 8;
		bytes[bytes.length - 1] = sum & 255;
		return toBase64Url(bytes);
	}

	it('tell a code from a newer app, whatever its layout', () => {
		fc.assert(
			fc.property(laterVersion, fc.uint8Array({ minLength: 5, maxLength: 40 }), (version, body) => {
				expect(decodeQuizCode(laterCode(version, body))).toMatchObject(refused('future'));
			})
		);
	});

	it('regression: a random code starting with a version byte of 3–15 is called damaged, not newer', () => {
		fc.assert(
			fc.property(laterVersion, fc.uint8Array({ minLength: 7, maxLength: 40 }), (version, rest) => {
				const bytes = Uint8Array.of(version, ...rest);
				const end = bytes.length - 2;
				fc.pre(((bytes[end]! << 8) | bytes[end + 1]!) !== fletcher16(bytes.subarray(0, end)));
				expect(decodeQuizCode(toBase64Url(bytes))).toMatchObject(refused('malformed'));
			})
		);
	});

	it('tell a tampered code', () => {
		const bytes = fromBase64Url(encodeQuizCode(recipe))!;
		bytes[2] = 40;
		expect(decodeQuizCode(toBase64Url(bytes))).toMatchObject({ ok: false, problem: 'tampered' });
	});

	it('refuse a well-formed code with an impossible count', () => {
		const code = encodeQuizCode({ ...recipe, count: 200 });
		expect(decodeQuizCode(code)).toMatchObject({ ok: false, problem: 'invalid' });
	});
});

describe('base64url', () => {
	it('round-trips any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array(), (bytes) => {
				expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
			})
		);
	});
});
