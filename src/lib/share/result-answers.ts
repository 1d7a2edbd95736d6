import type { Item } from '../bank/schema';
import type { QuizResponse } from '../quiz/check';
import { BitReader, bitsOf, widthFor } from './bits';

/**
 * One answer of a result code, packed for its item: the decoder regenerates the quiz from the
 * class code's payload (it has to, to grade), so it knows each item's type and option counts
 * and the code need not spell them out. Unanswered is explicit in every type:
 *
 * - single, who-said: widthFor(options + 1) bits, 0 = unanswered, k + 1 = option k
 * - true-false: 2 bits, 0 = unanswered, 1 = false, 2 = true
 * - multiple: 1 bit answered, then one bit per option (option 0 first)
 * - matching: 1 bit answered, then per pair widthFor(pairs + 1) bits, 0 = none, k + 1 = right k
 * - ordering: 1 bit answered, then the permutation as each step's rank among the steps not yet
 *   placed (widthFor(n), widthFor(n − 1)… bits: 8 bits for five steps instead of 15)
 * - typed: 1 bit answered, 6 bits byte length, the UTF-8 bytes (cut at a character boundary
 *   past TYPED_MAX_BYTES: no accepted answer is near that long)
 * - short-answer: 1 bit answered, then one bit per key point ticked (point 0 first); the written
 *   text never travels: it stays on the student's device
 * - classify: 1 bit answered, then per statement 2 bits, 0 = none, g + 1 = group g
 *
 * A response that does not fit its item (wrong shape, index out of range, an ordering that is
 * not a permutation) travels as unanswered: `check` scores it 0 either way, and only a damaged
 * record could hold one.
 */
export const TYPED_MAX_BYTES = 63;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

const isIndex = (value: unknown, n: number): value is number =>
	Number.isInteger(value) && (value as number) >= 0 && (value as number) < n;

/** UTF-8 of text, cut to `max` bytes without splitting a character. */
export function utf8Within(text: string, max: number): Uint8Array {
	const bytes = encoder.encode(text);
	if (bytes.length <= max) return bytes;
	let end = max;
	while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
	return bytes.subarray(0, end);
}

/** The bits of the bytes of a UTF-8 text. */
export const bytesBits = (bytes: Uint8Array): string =>
	Array.from(bytes, (byte) => bitsOf(byte, 8)).join('');

/** Reads `length` bytes of UTF-8 text; undefined if they run out or are not UTF-8. */
export function readUtf8(reader: BitReader, length: number): string | undefined {
	const bytes = new Uint8Array(length);
	for (let i = 0; i < length; i++) {
		const byte = reader.read(8);
		if (byte === undefined) return undefined;
		bytes[i] = byte;
	}
	try {
		return decoder.decode(bytes);
	} catch {
		return undefined;
	}
}

function permutationBits(sequence: unknown, n: number): string | undefined {
	if (!Array.isArray(sequence) || sequence.length !== n) return undefined;
	const left = Array.from({ length: n }, (_, i) => i);
	let bits = '';
	for (const step of sequence) {
		const rank = left.indexOf(step as number);
		if (rank < 0) return undefined;
		bits += bitsOf(rank, widthFor(left.length));
		left.splice(rank, 1);
	}
	return bits;
}

/** One bit per option (or point), 1 where its index is listed; undefined if the list does not fit. */
function flagBits(indexes: unknown, n: number): string | undefined {
	if (!Array.isArray(indexes) || !indexes.every((i) => isIndex(i, n))) return undefined;
	return Array.from({ length: n }, (_, i) => (indexes.includes(i) ? '1' : '0')).join('');
}

/** The bits of one answer to `item`; null (or a response that does not fit) is unanswered. */
export function answerBits(item: Item, response: QuizResponse | null): string {
	const r = response as Record<string, unknown> | null;
	const answered = (bits: string | undefined) => (bits === undefined ? '0' : '1' + bits);
	switch (item.type) {
		case 'single':
		case 'who-said': {
			const n = item.options.length;
			const fits = r?.type === 'choice' && isIndex(r.index, n);
			return bitsOf(fits ? (r.index as number) + 1 : 0, widthFor(n + 1));
		}
		case 'true-false':
			return bitsOf(
				r?.type === 'boolean' && typeof r.value === 'boolean' ? (r.value ? 2 : 1) : 0,
				2
			);
		case 'multiple':
			return answered(flagBits(r?.type === 'choices' ? r.indexes : undefined, item.options.length));
		case 'matching': {
			const n = item.pairs.length;
			const rights = r?.type === 'pairs' && Array.isArray(r.rights) ? r.rights : undefined;
			const fits = rights?.length === n && rights.every((i) => i === -1 || isIndex(i, n));
			return answered(
				fits ? rights.map((i) => bitsOf((i as number) + 1, widthFor(n + 1))).join('') : undefined
			);
		}
		case 'ordering':
			return answered(
				r?.type === 'order' ? permutationBits(r.sequence, item.sequence.length) : undefined
			);
		case 'typed': {
			if (r?.type !== 'text' || typeof r.value !== 'string') return '0';
			const bytes = utf8Within(r.value, TYPED_MAX_BYTES);
			return '1' + bitsOf(bytes.length, 6) + bytesBits(bytes);
		}
		case 'short-answer':
			return answered(flagBits(r?.type === 'self' ? r.ticks : undefined, item.points.length));
		case 'classify': {
			const n = item.statements.length;
			const groups = r?.type === 'groups' && Array.isArray(r.groups) ? r.groups : undefined;
			const fits = groups?.length === n && groups.every((g) => g === -1 || isIndex(g, 2));
			return answered(fits ? groups.map((g) => bitsOf((g as number) + 1, 2)).join('') : undefined);
		}
	}
}

/** Reads one answer to `item`; undefined if the bits cannot be one (a broken code). */
export function readAnswer(reader: BitReader, item: Item): QuizResponse | null | undefined {
	switch (item.type) {
		case 'single':
		case 'who-said': {
			const value = reader.read(widthFor(item.options.length + 1));
			if (value === undefined || value > item.options.length) return undefined;
			return value === 0 ? null : { type: 'choice', index: value - 1 };
		}
		case 'true-false': {
			const value = reader.read(2);
			if (value === undefined || value === 3) return undefined;
			return value === 0 ? null : { type: 'boolean', value: value === 2 };
		}
		default: {
			const answered = reader.read(1);
			if (answered === undefined) return undefined;
			return answered === 0 ? null : readAnswered(reader, item);
		}
	}
}

/** The indexes whose bit is set in the next `n` bits; undefined if they run out. */
function readFlags(reader: BitReader, n: number): number[] | undefined {
	const mask = reader.take(n);
	return mask === undefined ? undefined : [...mask].flatMap((bit, i) => (bit === '1' ? [i] : []));
}

function readAnswered(reader: BitReader, item: Item): QuizResponse | undefined {
	switch (item.type) {
		case 'multiple': {
			const indexes = readFlags(reader, item.options.length);
			return indexes && { type: 'choices', indexes };
		}
		case 'matching': {
			const n = item.pairs.length;
			const rights: number[] = [];
			for (let i = 0; i < n; i++) {
				const value = reader.read(widthFor(n + 1));
				if (value === undefined || value > n) return undefined;
				rights.push(value - 1);
			}
			return { type: 'pairs', rights };
		}
		case 'ordering': {
			const left = item.sequence.map((_, i) => i);
			const sequence: number[] = [];
			while (left.length) {
				const rank = reader.read(widthFor(left.length));
				if (rank === undefined || rank >= left.length) return undefined;
				sequence.push(left.splice(rank, 1)[0]!);
			}
			return { type: 'order', sequence };
		}
		case 'typed': {
			const length = reader.read(6);
			const value = length === undefined ? undefined : readUtf8(reader, length);
			return value === undefined ? undefined : { type: 'text', value };
		}
		case 'short-answer': {
			const ticks = readFlags(reader, item.points.length);
			return ticks && { type: 'self', ticks };
		}
		case 'classify': {
			const groups: number[] = [];
			for (let i = 0; i < item.statements.length; i++) {
				const value = reader.read(2);
				if (value === undefined || value > 2) return undefined;
				groups.push(value - 1);
			}
			return { type: 'groups', groups };
		}
		default:
			return undefined;
	}
}
