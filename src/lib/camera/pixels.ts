import type { Pixels } from './decoder';

/** Photos are scaled down to this many pixels on their longer side: a QR code still reads, and fast. */
const MAX_SIDE = 1600;

function draw(
	source: CanvasImageSource,
	width: number,
	height: number,
	canvas = document.createElement('canvas')
): Pixels {
	const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
	canvas.width = Math.max(1, Math.round(width * scale));
	canvas.height = Math.max(1, Math.round(height * scale));
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('This browser cannot read images here.');
	context.drawImage(source, 0, 0, canvas.width, canvas.height);
	return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** The pixels of an image file (a photo of a student's screen); undefined when it is not an image the browser can open. */
export async function imageFilePixels(file: Blob): Promise<Pixels | undefined> {
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file);
	} catch {
		return undefined;
	}
	try {
		return draw(bitmap, bitmap.width, bitmap.height);
	} finally {
		bitmap.close();
	}
}

/** The pixels of the frame a playing video shows now, drawn on `canvas` (reused frame to frame). */
export function videoFramePixels(
	video: HTMLVideoElement,
	canvas: HTMLCanvasElement
): Pixels | undefined {
	if (video.readyState < 2 || video.videoWidth === 0) return undefined;
	return draw(video, video.videoWidth, video.videoHeight, canvas);
}
