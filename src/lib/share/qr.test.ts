import { describe, expect, it } from 'vitest';
import { qrModules, qrSvg, qrVersion } from './qr';

const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const text = (n: number) => Array.from({ length: n }, (_, i) => SYMBOLS[(i * 7) % 32]).join('');

describe('QR codes', () => {
	it('put uppercase base32 in alphanumeric mode: 154 symbols fit version 6 at level M', () => {
		expect(qrVersion(text(154), 'M')).toBe(6);
		// In byte mode (lower case forces it) version 6-M holds only 106 characters.
		expect(qrVersion(text(154).toLowerCase(), 'M')).toBeGreaterThan(6);
		expect(qrVersion(text(155), 'M')).toBe(7);
	});

	it('keep hyphens in alphanumeric mode too', () => {
		expect(qrVersion(text(144) + '-'.repeat(10), 'M')).toBe(6);
	});

	it('draw every dark module, and only those, inside a quiet zone', () => {
		const content = 'K7QM-2XF4-9HX1';
		const modules = qrModules(content)!;
		const drawing = qrSvg(content, { quiet: 4 })!;
		expect(drawing.size).toBe(modules.length + 8);
		expect(drawing.version).toBe(1);
		const drawn = new Set<string>();
		for (const [, x, y, run] of drawing.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g))
			for (let i = 0; i < Number(run); i++) drawn.add(`${Number(x) + i - 4},${Number(y) - 4}`);
		const dark = modules.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : [])));
		expect(drawn).toEqual(new Set(dark));
		expect(drawing.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
	});

	it('say when a text is too long for any QR code, rather than throw', () => {
		expect(qrSvg(text(4000))).toBeUndefined();
		expect(qrVersion(text(4000))).toBeUndefined();
		expect(qrVersion(text(3391), 'M')).toBe(40);
	});
});
