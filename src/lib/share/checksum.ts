/** Fletcher-16 over bytes: catches a mistyped or truncated code, which is all a code needs. */
export function fletcher16(bytes: Uint8Array): number {
	let a = 0;
	let b = 0;
	for (const byte of bytes) {
		a = (a + byte) % 255;
		b = (b + a) % 255;
	}
	return (b << 8) | a;
}
