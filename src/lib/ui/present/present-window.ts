// The projector's browser edges: full screen, and the second window it opens.

/** The names the projector's two windows are opened under, so reopening one reuses it. */
const WINDOW_NAMES = {
	audience: 'hedged-bets-audience',
	presenter: 'hedged-bets-presenter'
} as const;

/** Opens (or brings forward) the other window of a projected quiz. */
export function openPresentWindow(href: string, view: keyof typeof WINDOW_NAMES): void {
	const features =
		view === 'presenter' ? 'popup,width=1280,height=820' : 'popup,width=1280,height=720';
	const opened = window.open(href, WINDOW_NAMES[view], features);
	opened?.focus();
}

/** Whether this window was opened by the projector (so leaving it means closing it). */
export const openedByProjector = (): boolean =>
	window.opener !== null && Object.values<string>(WINDOW_NAMES).includes(window.name);

/** Whether something is full screen now. */
export const isFullscreen = (): boolean => document.fullscreenElement !== null;

/** Full screen for `element`, or out of it; a refusal (no gesture, not allowed) is ignored. */
export async function toggleFullscreen(element: HTMLElement): Promise<void> {
	try {
		if (document.fullscreenElement) await document.exitFullscreen();
		else await element.requestFullscreen();
	} catch {
		// The browser said no (an iframe without permission, or no user gesture): stay as is.
	}
}
