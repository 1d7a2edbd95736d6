import type { Pixels } from './decoder';

// Reads QR codes from pixels: the browser's own BarcodeDetector where it has one that knows
// QR codes (Chrome on Android, ChromeOS and macOS; Safari behind a flag), otherwise jsqr, loaded
// on first use only, so no other page carries its 46 KiB.

interface DetectedBarcode {
	rawValue: string;
}
interface BarcodeDetectorLike {
	detect(source: ImageData): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
	new (options: { formats: string[] }): BarcodeDetectorLike;
	getSupportedFormats(): Promise<string[]>;
}

let native: Promise<BarcodeDetectorLike | undefined> | undefined;

/** The browser's QR detector, or undefined when it has none (then jsqr reads the codes). */
function nativeDetector(): Promise<BarcodeDetectorLike | undefined> {
	native ??= (async () => {
		const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
		if (!Detector) return undefined;
		try {
			const formats = await Detector.getSupportedFormats();
			return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : undefined;
		} catch {
			return undefined;
		}
	})();
	return native;
}

/** Which reader this browser uses, for the page to say. */
export async function qrReader(): Promise<'native' | 'library'> {
	return (await nativeDetector()) ? 'native' : 'library';
}

/** The text of every QR code found in the pixels (jsqr finds one at most); none: []. */
export async function readQrCodes(pixels: Pixels): Promise<string[]> {
	const detector = await nativeDetector();
	if (detector) {
		try {
			const image =
				pixels instanceof ImageData
					? pixels
					: new ImageData(new Uint8ClampedArray(pixels.data), pixels.width, pixels.height);
			const found = await detector.detect(image);
			return found.map((code) => code.rawValue).filter(Boolean);
		} catch {
			// A detector that fails on this image: the library may still read it.
		}
	}
	const { decodeQrFromPixels } = await import('./decoder');
	const text = decodeQrFromPixels(pixels);
	return text ? [text] : [];
}
