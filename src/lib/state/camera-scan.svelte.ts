import { cameraProblem, closeCamera, openCamera } from '$lib/camera/camera';
import { videoFramePixels } from '$lib/camera/pixels';
import { readQrCodes } from '$lib/camera/read-qr';

/** How long the scanner waits between frames it reads, in ms. */
const FRAME_GAP_MS = 200;
/** A code seen again within this long is the same QR still in view, not a new scan. */
const SEEN_FOR_MS = 8000;

/**
 * Continuous scanning with the camera: reads frames until stopped and hands each code over
 * once (a QR held in view is seen many times a second). Stopped when the page leaves.
 */
export class CameraScan {
	active = $state(false);
	starting = $state(false);
	problem = $state<string>();
	#stream: MediaStream | undefined;
	#video: HTMLVideoElement | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** When each code was last seen (not shown, so not reactive). */
	#seen: Record<string, number> = {};
	#run = 0;

	/** Starts the camera into `video`; each new code goes to `onCode`. */
	async start(video: HTMLVideoElement, onCode: (code: string) => void): Promise<void> {
		this.stop();
		const run = ++this.#run;
		this.problem = undefined;
		this.starting = true;
		try {
			const stream = await openCamera(video);
			if (run !== this.#run) return closeCamera(stream, video);
			this.#stream = stream;
			this.#video = video;
			this.active = true;
		} catch (error) {
			if (run === this.#run) this.problem = cameraProblem(error);
			return;
		} finally {
			if (run === this.#run) this.starting = false;
		}
		const canvas = document.createElement('canvas');
		const tick = async () => {
			if (run !== this.#run) return;
			const pixels = videoFramePixels(video, canvas);
			const codes = pixels ? await readQrCodes(pixels) : [];
			if (run !== this.#run) return;
			const now = performance.now();
			for (const code of codes) {
				const last = this.#seen[code];
				this.#seen[code] = now;
				if (last === undefined || now - last > SEEN_FOR_MS) onCode(code);
			}
			this.#timer = setTimeout(() => void tick(), FRAME_GAP_MS);
		};
		void tick();
	}

	/** Stops reading frames and turns the camera off. */
	stop(): void {
		this.#run++;
		clearTimeout(this.#timer);
		closeCamera(this.#stream, this.#video);
		this.#stream = undefined;
		this.active = false;
		this.starting = false;
	}
}
