// The device camera, for scanning students' result codes one after another.

/** Why the camera can't be used, in words the teacher can act on. */
export function cameraProblem(error: unknown): string {
	const name = (error as { name?: string } | null)?.name;
	if (name === 'NotAllowedError' || name === 'SecurityError')
		return 'The camera is not allowed for this app. Allow it in the browser’s site settings, or scan from a photo, or paste the codes.';
	if (name === 'NotFoundError' || name === 'OverconstrainedError')
		return 'No camera found on this device. Scan from a photo, or paste the codes.';
	if (name === 'NotReadableError' || name === 'AbortError')
		return 'The camera is busy (another app may be using it). Close that app, then try again.';
	if (name === 'NoMediaDevices')
		return 'This browser gives no access to a camera here. Scan from a photo, or paste the codes.';
	return 'The camera could not start. Scan from a photo, or paste the codes.';
}

/** Starts the back camera (any camera where there is no back one) into `video`. */
export async function openCamera(video: HTMLVideoElement): Promise<MediaStream> {
	if (!navigator.mediaDevices?.getUserMedia)
		throw Object.assign(new Error('no media devices'), { name: 'NoMediaDevices' });
	const stream = await navigator.mediaDevices.getUserMedia({
		video: { facingMode: { ideal: 'environment' } },
		audio: false
	});
	video.srcObject = stream;
	video.muted = true;
	video.playsInline = true;
	await video.play();
	return stream;
}

/** Turns the camera off (its light goes out). */
export function closeCamera(stream: MediaStream | undefined, video?: HTMLVideoElement): void {
	for (const track of stream?.getTracks() ?? []) track.stop();
	if (video) video.srcObject = null;
}
