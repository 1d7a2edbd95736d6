import * as v from 'valibot';
import type { Countdown } from '$lib/quiz/countdown';
import type { DeckPosition } from '$lib/quiz/present-deck';
import type { PresentView } from '$lib/share/links';

/**
 * What the windows of one projected quiz say to each other over BroadcastChannel. Every message
 * carries the protocol version; a window ignores what it can't read (another version, another
 * app's junk on the channel) rather than acting on a guess.
 */
// 2: a position says whether the answer is explained (the reveal's second step), and windows
// say they are still there ('here').
export const PRESENT_PROTOCOL = 2;

/** What every window of a projected quiz shows alike. */
export interface SharedShow {
	/** Bumped on every change; a window takes another's state only if it is newer than its own. */
	rev: number;
	position: DeckPosition;
	/** Seconds a question allows; null: no countdown. */
	seconds: number | null;
	/** The current question's countdown; null when there is none (off, revealed, closing slide). */
	countdown: Countdown | null;
}

export type PresentMessage =
	| { v: Version; type: 'state'; from: string; role: PresentView; show: SharedShow }
	/** A window just opened (or came back) and asks for the current state. */
	| { v: Version; type: 'hello'; from: string; role: PresentView }
	/** A window is closing: the others carry on alone. */
	| { v: Version; type: 'bye'; from: string; role: PresentView }
	/** A window is still there (every few seconds): one that stops saying so has gone. */
	| { v: Version; type: 'here'; from: string; role: PresentView };

type Version = typeof PRESENT_PROTOCOL;

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const ms = v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 3600 * 1000));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const Role = v.picklist(['audience', 'presenter']);
const Version = v.literal(PRESENT_PROTOCOL);
const From = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

const ShowSchema = v.object({
	rev: count,
	position: v.object({
		order: v.picklist(['quiz', 'hardest']),
		at: v.pipe(count, v.maxValue(1000)),
		revealed: v.boolean(),
		explained: v.boolean(),
		results: v.boolean()
	}),
	seconds: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3600))),
	countdown: v.nullable(v.object({ allowedMs: ms, leftMs: ms, endsAt: v.nullable(time) }))
});

const MessageSchema = v.variant('type', [
	v.object({ v: Version, type: v.literal('state'), from: From, role: Role, show: ShowSchema }),
	v.object({ v: Version, type: v.literal('hello'), from: From, role: Role }),
	v.object({ v: Version, type: v.literal('bye'), from: From, role: Role }),
	v.object({ v: Version, type: v.literal('here'), from: From, role: Role })
]);

/** A message read off the channel, or undefined for anything else (junk, another version). */
export function readPresentMessage(data: unknown): PresentMessage | undefined {
	const parsed = v.safeParse(MessageSchema, data);
	return parsed.success ? (parsed.output as PresentMessage) : undefined;
}
