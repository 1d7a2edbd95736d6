import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	bitsToSymbols,
	bytesToSymbols,
	checkSymbol,
	grouped,
	normaliseCrockford,
	symbolsToBits,
	symbolsToBytes,
	withCheck,
	withoutCheck
} from './crockford';

const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ALL = DIGITS + '*~$=U';
const symbols = fc.string({ unit: fc.constantFrom(...DIGITS), minLength: 1, maxLength: 40 });

describe('Crockford base32', () => {
	it('round-trips bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				const text = bytesToSymbols(bytes);
				expect(text).toHaveLength(Math.ceil((bytes.length * 8) / 5));
				expect(symbolsToBytes(text)).toEqual(bytes);
			})
		);
	});

	it('round-trips bit strings padded to whole symbols', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('0', '1'), maxLength: 80 }), (bits) => {
				const back = symbolsToBits(bitsToSymbols(bits))!;
				expect(back.slice(0, bits.length)).toBe(bits);
				expect(back.slice(bits.length)).toMatch(/^0{0,4}$/);
			})
		);
	});

	it('spells one byte string one way only', () => {
		// "0G" pads with non-zero bits; "000" carries a whole symbol of padding.
		expect(symbolsToBytes('01')).toBeUndefined();
		expect(symbolsToBytes('000')).toBeUndefined();
		expect(symbolsToBytes('00')).toEqual(new Uint8Array([0]));
	});

	it('reads what people type: any case, I and L as 1, O as 0, hyphens and spaces', () => {
		expect(normaliseCrockford(' k7qm-2xf4 9hx1 ')).toBe('K7QM2XF49HX1');
		expect(normaliseCrockford('iLoO')).toBe('1100');
		expect(normaliseCrockford('ab*~$=u')).toBe('AB*~$=U');
		expect(normaliseCrockford('K7Q!')).toBeUndefined();
		expect(normaliseCrockford('é')).toBeUndefined();
	});

	it('knows Crockford’s check symbols', () => {
		expect(checkSymbol('0')).toBe('0');
		expect(checkSymbol('10')).toBe('*'); // 32 mod 37
		expect(checkSymbol('14')).toBe('U'); // 36 mod 37
		expect(checkSymbol('15')).toBe('0'); // 37 mod 37
	});

	it('round-trips data with its check symbol', () => {
		fc.assert(
			fc.property(symbols, (data) => {
				expect(withoutCheck(withCheck(data))).toBe(data);
			})
		);
	});

	it('catches every single-character substitution', () => {
		fc.assert(
			fc.property(symbols, (data) => {
				const code = withCheck(data);
				for (let at = 0; at < code.length; at++)
					for (const symbol of ALL) {
						if (symbol === code[at]) continue;
						const changed = code.slice(0, at) + symbol + code.slice(at + 1);
						expect(withoutCheck(changed)).toBeUndefined();
					}
			}),
			{ numRuns: 50 }
		);
	});

	it('catches every adjacent transposition', () => {
		fc.assert(
			fc.property(symbols, (data) => {
				const code = withCheck(data);
				for (let at = 0; at + 1 < code.length; at++) {
					if (code[at] === code[at + 1]) continue;
					const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
					expect(withoutCheck(swapped)).toBeUndefined();
				}
			})
		);
	});

	it('refuses a check symbol among the data, and a code too short to check', () => {
		expect(withoutCheck('U' + withCheck('AB'))).toBeUndefined();
		expect(withoutCheck('0')).toBeUndefined();
		expect(withoutCheck('')).toBeUndefined();
	});

	it('groups symbols for reading aloud', () => {
		expect(grouped('K7QM2XF49HX1', 4)).toBe('K7QM-2XF4-9HX1');
		expect(grouped('ABCDEFG', 5)).toBe('ABCDE-FG');
		expect(grouped('', 5)).toBe('');
	});
});
