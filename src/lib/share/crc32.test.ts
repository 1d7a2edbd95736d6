import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

describe('CRC-32', () => {
	it('gives the standard check values', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array())).toBe(0);
		expect(crc32(new TextEncoder().encode('The quick brown fox jumps over the lazy dog'))).toBe(
			0x414fa339
		);
	});
});
