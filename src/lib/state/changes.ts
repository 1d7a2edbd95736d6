// Tells the app's other open tabs that stored progress changed, so they re-read it instead of
// showing (and later writing over) an old state.

/**
 * What changed: some cards (by fact id), the settings, class sessions (by id), everything (an
 * import), or everything deleted (a reset: other tabs reload rather than write their old state back).
 */
export type Change =
	| { kind: 'cards'; ids: string[] }
	| { kind: 'settings' }
	| { kind: 'class'; ids: string[] }
	| { kind: 'all' }
	| { kind: 'reset' };

const CHANNEL = 'hedged-bets-changes';
/** This page's id: a channel delivers to every other channel object, in this page too. */
const SENDER = Math.random().toString(36).slice(2);

function isChange(data: unknown): data is Change {
	const change = data as Partial<Change> | null;
	if (typeof change !== 'object' || change === null) return false;
	if (change.kind === 'settings' || change.kind === 'all' || change.kind === 'reset') return true;
	return (
		(change.kind === 'cards' || change.kind === 'class') &&
		Array.isArray(change.ids) &&
		change.ids.every((id) => typeof id === 'string')
	);
}

/** Tells the other tabs; a browser without BroadcastChannel just has no other tabs to tell. */
export function announceChange(change: Change): void {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(CHANNEL);
	channel.postMessage({ sender: SENDER, change });
	channel.close();
}

/** Calls `listener` for each change another tab announces; returns the unsubscribe. */
export function onChange(listener: (change: Change) => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event: MessageEvent) => {
		const message = event.data as { sender?: unknown; change?: unknown } | null;
		if (message?.sender !== SENDER && isChange(message?.change)) listener(message.change);
	};
	return () => channel.close();
}
