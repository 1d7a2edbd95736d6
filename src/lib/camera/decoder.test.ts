import { describe, expect, it } from 'vitest';
import { correctResponse } from '$lib/quiz/check';
import { classQuiz, classSession } from '$lib/share/fixtures/class-quiz';
import { qrModules } from '$lib/share/qr';
import { encodeResultCode } from '$lib/share/result-code';
import { decodeQrFromPixels, type Pixels } from './decoder';

/** A QR code as a screenshot holds it: `scale` pixels a module, a quiet zone, some noise, maybe inverted. */
function render(modules: boolean[][], scale: number, noise: number, invert = false): Pixels {
	const quiet = 4;
	const width = (modules.length + 2 * quiet) * scale;
	const data = new Uint8ClampedArray(width * width * 4);
	let state = 1;
	const jitter = () => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return (state / 2 ** 31 - 0.5) * 2 * noise;
	};
	for (let y = 0; y < width; y++)
		for (let x = 0; x < width; x++) {
			const my = Math.floor(y / scale) - quiet;
			const mx = Math.floor(x / scale) - quiet;
			const dark = modules[my]?.[mx] === true;
			const value = (dark !== invert ? 30 : 230) + jitter();
			data.set([value, value, value, 255], (y * width + x) * 4);
		}
	return { data, width, height: width };
}

describe('the camera’s QR decoder', () => {
	const session = classSession();
	const { items } = classQuiz(session);
	const { qr } = encodeResultCode(session, items, {
		nickname: 'Aziz',
		responses: items.map(correctResponse)
	});

	it('reads a result code back off a noisy screenshot', () => {
		expect(decodeQrFromPixels(render(qrModules(qr)!, 4, 60))).toBe(qr);
	});

	it('reads a code shown light on dark', () => {
		expect(decodeQrFromPixels(render(qrModules(qr)!, 4, 20, true))).toBe(qr);
	});

	it('finds nothing in a blank image or an empty one', () => {
		expect(decodeQrFromPixels(render([], 8, 40))).toBeUndefined();
		expect(
			decodeQrFromPixels({ data: new Uint8ClampedArray(0), width: 0, height: 0 })
		).toBeUndefined();
		expect(
			decodeQrFromPixels({ data: new Uint8ClampedArray(4), width: 10, height: 10 })
		).toBeUndefined();
	});
});
