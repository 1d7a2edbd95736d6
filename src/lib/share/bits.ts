// Codes are laid out bit by bit, as strings of '0' and '1': a result code is a few hundred bits,
// so clarity wins over packing speed (decoding 200 of them takes a few milliseconds).

/** `value` as `width` bits, most significant first; throws if it does not fit (a caller's bug). */
export function bitsOf(value: number, width: number): string {
	if (!Number.isInteger(value) || value < 0 || value >= 2 ** width)
		throw new RangeError(`${value} does not fit in ${width} bits`);
	return width === 0 ? '' : value.toString(2).padStart(width, '0');
}

/** The bits needed to tell `states` values apart (0 for a single state). */
export const widthFor = (states: number): number => Math.ceil(Math.log2(Math.max(1, states)));

/** Bytes as bits, eight per byte, most significant first. */
export function bytesToBits(bytes: Uint8Array): string {
	let out = '';
	for (const byte of bytes) out += byte.toString(2).padStart(8, '0');
	return out;
}

/** Bits as bytes; the length must be a multiple of eight. */
export function bitsToBytes(bits: string): Uint8Array {
	if (bits.length % 8 !== 0) throw new RangeError('bits do not fill whole bytes');
	const bytes = new Uint8Array(bits.length / 8);
	for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
	return bytes;
}

/** Reads fields off a bit string in order; a read past the end gives undefined, never a throw. */
export class BitReader {
	#bits: string;
	#at = 0;

	constructor(bits: string) {
		this.#bits = bits;
	}

	/** The next `width` bits as a number, or undefined when fewer are left. */
	read(width: number): number | undefined {
		if (this.#at + width > this.#bits.length) return undefined;
		const field = this.#bits.slice(this.#at, (this.#at += width));
		return width === 0 ? 0 : parseInt(field, 2);
	}

	/** The next `width` bits as they are, or undefined when fewer are left. */
	take(width: number): string | undefined {
		if (this.#at + width > this.#bits.length) return undefined;
		return this.#bits.slice(this.#at, (this.#at += width));
	}

	/** How many bits are left to read. */
	get left(): number {
		return this.#bits.length - this.#at;
	}
}
