import { encode } from 'uqr';

// The only importer of uqr (eslint.config.js, LIBRARY_OWNERS). uqr picks the densest mode
// the text allows: uppercase Crockford symbols (and hyphens) go in alphanumeric mode.

export type QrEcc = 'L' | 'M' | 'Q' | 'H';

/** A QR code ready to draw as `<svg viewBox="0 0 {size} {size}"><path d={path} /></svg>`. */
export interface QrDrawing {
	/** Modules across, quiet zone included. */
	size: number;
	/** One path of unit squares, one run of dark modules per subpath. */
	path: string;
	/** The QR version (1–40) the text needed. */
	version: number;
}

/** The QR code of text as one SVG path, with a quiet zone of `quiet` modules (4, as the standard asks). */
export function qrSvg(
	text: string,
	{ ecc = 'M', quiet = 4 }: { ecc?: QrEcc; quiet?: number } = {}
): QrDrawing {
	const qr = encode(text, { ecc, border: 0 });
	let path = '';
	qr.data.forEach((row, y) => {
		for (let x = 0; x < row.length; x++) {
			if (!row[x]) continue;
			const start = x;
			while (row[x + 1]) x++;
			const run = x - start + 1;
			path += `M${start + quiet} ${y + quiet}h${run}v1h-${run}z`;
		}
	});
	return { size: qr.size + 2 * quiet, path, version: qr.version };
}

/** The dark (true) and light modules of text's QR code, without a quiet zone: for tests and decoders. */
export const qrModules = (text: string, ecc: QrEcc = 'M'): boolean[][] =>
	encode(text, { ecc, border: 0 }).data;

/** The QR version (1–40) text needs at an error-correction level. */
export const qrVersion = (text: string, ecc: QrEcc = 'M'): number =>
	encode(text, { ecc, border: 0 }).version;
