// The projector's browser edge to its other windows: a BroadcastChannel per projected quiz, so
// two quizzes projected from one laptop never steer each other. Messages are read (validated)
// here; the state class sees only messages it can act on.
import type { PresentSource } from '$lib/share/links';
import { readPresentMessage, type PresentMessage } from './present-protocol';

/** A line to the other windows of one projected quiz. */
export interface PresentLine {
	post(message: PresentMessage): void;
	close(): void;
}

/** Opens a line; `receive` gets every valid message from another window. */
export type OpenPresentLine = (
	source: PresentSource,
	receive: (message: PresentMessage) => void
) => PresentLine;

/** The channel's name for one quiz code or one class session. */
export const presentChannelName = (source: PresentSource): string =>
	`hedged-bets-present:${source.kind === 'quiz' ? `q:${source.code}` : `s:${source.id}`}`;

/** The browser's BroadcastChannel; a browser without one has no other windows to follow. */
export const openBroadcastLine: OpenPresentLine = (source, receive) => {
	if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
	const channel = new BroadcastChannel(presentChannelName(source));
	channel.onmessage = (event: MessageEvent) => {
		const message = readPresentMessage(event.data);
		if (message) receive(message);
	};
	return {
		post: (message) => channel.postMessage(message),
		close: () => channel.close()
	};
};
