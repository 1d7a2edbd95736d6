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

/** uqr's matrix, or undefined when the text is more than a version-40 code holds. */
function matrix(text: string, ecc: QrEcc) {
	try {
		return encode(text, { ecc, border: 0 });
	} catch (error) {
		if (error instanceof RangeError) return undefined;
		throw error;
	}
}

/**
 * The QR code of text as one SVG path, with a quiet zone of `quiet` modules (4, as the
 * standard asks); undefined when the text is too long for any QR code (show the text only).
 */
export function qrSvg(
	text: string,
	{ ecc = 'M', quiet = 4 }: { ecc?: QrEcc; quiet?: number } = {}
): QrDrawing | undefined {
	const qr = matrix(text, ecc);
	if (!qr) return undefined;
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

/** The dark (true) and light modules of text's QR code, without a quiet zone; undefined when too long. */
export const qrModules = (text: string, ecc: QrEcc = 'M'): boolean[][] | undefined =>
	matrix(text, ecc)?.data;

/** The QR version (1–40) text needs at an error-correction level; undefined when too long. */
export const qrVersion = (text: string, ecc: QrEcc = 'M'): number | undefined =>
	matrix(text, ecc)?.version;
