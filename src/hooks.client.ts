import type { ClientInit, HandleClientError } from '@sveltejs/kit';

// A mistyped address is a normal event the 404 page explains; only real failures belong in the console.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};

/**
 * Hydration waits until the prerendered page has been painted once. Otherwise a fast network
 * (the app's code is preloaded and often cached) lets the app's first long task run before the
 * browser's first frame, and a phone shows nothing until the code has run over the whole page.
 */
export const init: ClientInit = () =>
	new Promise((painted) => {
		// A frame's callbacks run just before its paint; a task queued from one runs after it.
		requestAnimationFrame(() => setTimeout(painted, 0));
		// A tab opened in the background draws no frames: it hydrates all the same.
		setTimeout(painted, 100);
	});
