import jsQR from 'jsqr';

// The only importer of jsqr (eslint.config.js, LIBRARY_OWNERS), for browsers without
// BarcodeDetector. jsqr is plain JavaScript over RGBA pixels: no worker, no WebAssembly, no eval,
// so it runs offline under the app's CSP. The scan screen imports this file dynamically, so the
// library (128 KiB minified, 46 KiB gzipped) is fetched, and precached, apart from every other page.

/** Pixels as a canvas's getImageData gives them: RGBA, four bytes a pixel, row by row. */
export interface Pixels {
	data: Uint8ClampedArray;
	width: number;
	height: number;
}

/** The text of a QR code in the pixels, or undefined when none can be read. */
export function decodeQrFromPixels({ data, width, height }: Pixels): string | undefined {
	if (!(width > 0 && height > 0) || data.length < width * height * 4) return undefined;
	// Both polarities: a code shown light on dark (a dark-mode screen) reads as well.
	const code = jsQR(data, width, height, { inversionAttempts: 'attemptBoth' });
	return code?.data ? code.data : undefined;
}
