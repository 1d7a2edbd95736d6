import { bitsToBytes, bytesToBits } from './bits';

/**
 * Crockford's base32 (https://www.crockford.com/base32.html): 32 symbols with no I, L, O or U,
 * so a code read aloud or copied by hand survives. Reading forgives what people do: any case,
 * I and L for 1, O for 0, hyphens and spaces anywhere. The check symbol is the value mod 37,
 * written with five extra symbols (`*~$=U`); 37 is prime and larger than 32, so it catches every
 * single wrong symbol and every swap of two neighbours (proved by the tests, symbol by symbol).
 */
const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_SYMBOLS = DIGITS + '*~$=U';

const VALUE = new Map([...CHECK_SYMBOLS].map((symbol, value) => [symbol, value]));

/** Typed text as canonical symbols (upper case, aliases read, separators dropped); undefined if it holds anything else. */
export function normaliseCrockford(text: string): string | undefined {
	const symbols = text
		.toUpperCase()
		.replace(/[\s-]+/g, '')
		.replace(/[IL]/g, '1')
		.replace(/O/g, '0');
	for (const symbol of symbols) if (!VALUE.has(symbol)) return undefined;
	return symbols;
}

/** Bits as symbols, five bits each, the last one padded with zeros. */
export function bitsToSymbols(bits: string): string {
	let out = '';
	for (let i = 0; i < bits.length; i += 5)
		out += DIGITS[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
	return out;
}

/** Canonical symbols as bits, five each; undefined if one is not a data symbol (a check symbol, say). */
export function symbolsToBits(symbols: string): string | undefined {
	let out = '';
	for (const symbol of symbols) {
		const value = VALUE.get(symbol);
		if (value === undefined || value >= 32) return undefined;
		out += value.toString(2).padStart(5, '0');
	}
	return out;
}

/** Bytes as symbols. */
export const bytesToSymbols = (bytes: Uint8Array): string => bitsToSymbols(bytesToBits(bytes));

/**
 * Canonical symbols as bytes; undefined unless they are exactly what `bytesToSymbols` writes
 * (fewer than five padding bits, all zero), so that one byte string has one spelling.
 */
export function symbolsToBytes(symbols: string): Uint8Array | undefined {
	const bits = symbolsToBits(symbols);
	if (bits === undefined) return undefined;
	const whole = bits.length - (bits.length % 8);
	const padding = bits.slice(whole);
	if (padding.length >= 5 || /1/.test(padding)) return undefined;
	return bitsToBytes(bits.slice(0, whole));
}

/** Crockford's check symbol of data symbols: their value mod 37. */
export function checkSymbol(symbols: string): string {
	let rest = 0;
	for (const symbol of symbols) rest = (rest * 32 + (VALUE.get(symbol) ?? 0)) % 37;
	return CHECK_SYMBOLS[rest]!;
}

/** Data symbols with their check symbol appended. */
export const withCheck = (symbols: string): string => symbols + checkSymbol(symbols);

/** The data symbols of canonical symbols that end in their right check symbol; undefined otherwise. */
export function withoutCheck(symbols: string): string | undefined {
	const data = symbols.slice(0, -1);
	if (symbols.length < 2 || symbolsToBits(data) === undefined) return undefined;
	return checkSymbol(data) === symbols.at(-1) ? data : undefined;
}

/** Symbols in hyphenated groups of `size`, for reading aloud and typing. */
export function grouped(symbols: string, size: number): string {
	return (symbols.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join('-');
}
