import type { ClassReport, ReportQuestion } from '$lib/quiz/class-report';
import {
	countdownLeft,
	countdownOver,
	countdownPaused,
	extendCountdown,
	startCountdown,
	toggleCountdown,
	type Countdown
} from '$lib/quiz/countdown';
import {
	START,
	deckSequence,
	fitsDeck,
	moveDeck,
	type DeckAction,
	type DeckPosition
} from '$lib/quiz/present-deck';
import {
	SLIDE_INSTRUCTION,
	slideAnswer,
	slideAnswerInWords,
	slideBody,
	slideSources,
	type SlideBody
} from '$lib/quiz/present-slide';
import type { PresentView } from '$lib/share/links';
import type { Item, Source } from '$lib/bank/schema';
import type { KeyTarget } from './quiz-player.svelte';
import { openBroadcastLine, type OpenPresentLine, type PresentLine } from './present-channel';
import type { PresentDeck } from './present-open';
import { PRESENT_PROTOCOL, type PresentMessage, type SharedShow } from './present-protocol';

/** What a key press or a button asks of the projector. */
export type PresentCommand = DeckAction | 'pause' | 'more-time' | 'fullscreen' | 'leave';

/** One of the projector's keys. */
interface PresentKey {
	/** The `KeyboardEvent.key` values (letters in lower case). */
	keys: readonly string[];
	/** How a list of keys writes it. */
	shown: string;
	/** How its button writes it, if it has a button. */
	button?: string;
	/** Its `aria-keyshortcuts` (where "+" is the separator, so the plus key is "Plus"). */
	aria: string;
	command: PresentCommand;
	does: string;
}

/** A key with a button that writes it as it is written everywhere ("R", "Esc"). */
const onButton = (
	key: string,
	shown: string,
	command: PresentCommand,
	does: string,
	aria = shown
): PresentKey => ({ keys: [key], shown, button: shown, aria, command, does });

/**
 * The projector's keys (and a presentation clicker's Page Up/Down), each with what a key list
 * shows for it and says it does: the one table the key map, the buttons' key labels and the
 * presenter's list of keys come from.
 */
export const PRESENT_KEYS: readonly PresentKey[] = [
	{
		keys: ['ArrowRight', ' '],
		shown: '→ / Space',
		button: '→',
		aria: 'ArrowRight Space',
		command: 'next',
		does: 'Next question'
	},
	onButton('ArrowLeft', '←', 'back', 'Back', 'ArrowLeft'),
	{
		keys: ['PageDown'],
		shown: 'Page Down',
		aria: 'PageDown',
		command: 'step',
		does: 'A clicker’s next: the answer, the class’s answers, why, the next question'
	},
	{
		keys: ['PageUp'],
		shown: 'Page Up',
		aria: 'PageUp',
		command: 'unstep',
		does: 'A clicker’s back, a step at a time'
	},
	{ keys: ['Home'], shown: 'Home', aria: 'Home', command: 'first', does: 'First question' },
	onButton('r', 'R', 'reveal', 'Reveal or hide the answer'),
	onButton('w', 'W', 'explain', 'Why it’s right, and the article’s words'),
	onButton('c', 'C', 'results', 'The class’s answers (with results)'),
	onButton('h', 'H', 'order', 'Hardest first (with results)'),
	onButton('p', 'P', 'pause', 'Pause or resume the countdown'),
	onButton('+', '+', 'more-time', 'More time', 'Plus'),
	onButton('f', 'F', 'fullscreen', 'Full screen (projector window)'),
	onButton('Escape', 'Esc', 'leave', 'Leave', 'Escape')
];

const KEYS: Record<string, PresentCommand> = Object.fromEntries(
	PRESENT_KEYS.flatMap(({ keys, command }) => keys.map((key) => [key, command]))
);

const keyOf = (command: PresentCommand) => PRESENT_KEYS.find((key) => key.command === command);

/** The key a command's button shows ("R", "→"). */
export const keyShown = (command: PresentCommand): string => keyOf(command)?.button ?? '';

/** A command's keys for `aria-keyshortcuts` ("ArrowRight Space", "Plus"). */
export const keyAria = (command: PresentCommand): string => keyOf(command)?.aria ?? '';

/** The command a key stands for, or undefined. */
export const presentKey = (key: string): PresentCommand | undefined =>
	KEYS[key.length === 1 ? key.toLowerCase() : key];

/**
 * The keys a list (the countdown's seconds) passes on: the letters and "+", which it has no use
 * for (its options start with digits and "O"), Esc, and a clicker's Page Up/Down and Home, so
 * R still reveals and the clicker still steps after a countdown is chosen with the mouse. It
 * keeps its arrows, digits and Space.
 */
const LIST_PASSES = /^(?:[a-z+]|Escape|PageUp|PageDown|Home)$/i;

/**
 * The command a key asks for where it was pressed: keys typed into a field are the field's,
 * a list keeps the keys it moves by, and Space or Enter on a button presses that button (once,
 * not twice).
 */
export function pressedCommand(key: string, where: KeyTarget): PresentCommand | undefined {
	if (where === 'text') return undefined;
	if (where === 'list') return LIST_PASSES.test(key) ? presentKey(key) : undefined;
	if (where === 'button' && (key === ' ' || key === 'Enter')) return undefined;
	return presentKey(key);
}

/** Seconds "more time" adds. */
export const EXTRA_SECONDS = 15;
const TICK_MS = 250;
/** How often a window says it is still there. */
export const HERE_MS = 5_000;
/**
 * How long a window unheard from counts as gone (it crashed, froze, or the browser discarded
 * it, so it sent no "bye"). Long enough for a window hidden for minutes, whose timers the
 * browser wakes about once a minute; a window that closes properly says so at once.
 */
export const GONE_MS = 75_000;

/** One question as the projector shows it. */
export interface Slide {
	/** 1-based place in the order shown. */
	number: number;
	/** Its place in the quiz, from 0 (what the phones and the report call Q{position + 1}). */
	position: number;
	item: Item;
	body: SlideBody;
	instruction: string;
	answer: string;
	/** The answer where its options are not on screen (the reveal's second step), if it has one. */
	answerInWords: string | undefined;
	sources: Source[];
	/** How the class answered it, when results were collected. */
	report?: ReportQuestion;
}

/** What the projector needs from outside; the defaults are the browser's. */
export interface PresentationDeps {
	now?: () => number;
	every?: (ms: number, tick: () => void) => () => void;
	open?: OpenPresentLine;
	/** This window's id on the channel. */
	id?: string;
}

const browserEvery = (ms: number, tick: () => void) => {
	const id = setInterval(tick, ms);
	return () => clearInterval(id);
};

/**
 * One window of a projected quiz: the audience's or the presenter's. Both hold the same shared
 * show (position, countdown) and follow each other over the channel: every change here is
 * sent, the newest state heard from another window is taken, and a window that opens late asks
 * for the state and catches up. Each window keeps working alone when the other closes.
 */
export class Presentation {
	show = $state.raw<SharedShow>({ rev: 0, position: START, seconds: null, countdown: null });
	now = $state(0);
	/** The other windows heard from, by their channel id. */
	others = $state.raw<Record<string, PresentView>>({});
	/** What screen readers hear: the question, the reveal, the countdown. */
	announcement = $state('');

	readonly #now: () => number;
	readonly #every: (ms: number, tick: () => void) => () => void;
	readonly #open: OpenPresentLine;
	readonly #id: string;
	#line: PresentLine | undefined;
	#stopTicks: (() => void) | undefined;
	#stopHere: (() => void) | undefined;
	/** When each other window was last heard from (bookkeeping, not shown: no state). */
	#heard: Record<string, number> = Object.create(null);
	/** When this window last said it is there. */
	#lastHere = 0;

	readonly deck: PresentDeck;
	readonly view: PresentView;

	constructor(deck: PresentDeck, view: PresentView, deps: PresentationDeps = {}) {
		this.deck = deck;
		this.view = view;
		this.#now = deps.now ?? Date.now;
		this.#every = deps.every ?? browserEvery;
		this.#open = deps.open ?? openBroadcastLine;
		this.#id = deps.id ?? Math.random().toString(36).slice(2);
		this.now = this.#now();
	}

	get count(): number {
		return this.deck.questions.length;
	}
	/** The class report of a session (it follows results as they are collected). */
	get report(): ClassReport | undefined {
		return this.deck.room?.report;
	}
	readonly hasResults = $derived((this.report?.students.length ?? 0) > 0);
	readonly #shape = $derived({ count: this.count, hasResults: this.hasResults });
	readonly sequence = $derived(
		deckSequence(
			this.show.position.order,
			this.count,
			this.hasResults ? this.report?.hardest.map((q) => q.position) : undefined
		)
	);
	readonly position = $derived(this.show.position);
	/** The question shown, or undefined on the closing slide. */
	readonly slide = $derived(this.#slideAt(this.show.position.at));
	/** The question after this one, for the presenter's "Up next". */
	readonly upNext = $derived(this.#slideAt(this.show.position.at + 1));
	/** Share of the quiz gone through, 0 to 1, the closing slide being 1. */
	readonly progress = $derived(
		this.count ? Math.min(this.show.position.at + 1, this.count) / this.count : 0
	);

	readonly countdown = $derived(this.show.countdown);
	readonly msLeft = $derived(this.countdown ? countdownLeft(this.countdown, this.now) : 0);
	readonly secondsLeft = $derived(Math.ceil(this.msLeft / 1000));
	readonly timeUp = $derived(this.countdown !== null && countdownOver(this.countdown, this.now));
	readonly paused = $derived(this.countdown !== null && countdownPaused(this.countdown));
	/** What the room sees now, in a few words (for the presenter). */
	readonly roomSees = $derived(
		!this.slide
			? 'the closing slide'
			: this.show.position.results
				? 'answer and class answers showing'
				: this.show.position.explained
					? 'why and source showing'
					: this.show.position.revealed
						? 'answer showing'
						: 'answer hidden'
	);
	readonly presenterOpen = $derived(Object.values(this.others).includes('presenter'));
	readonly audienceOpen = $derived(Object.values(this.others).includes('audience'));

	/** Joins the other windows of this quiz and asks where they are. */
	connect(): void {
		this.#line = this.#open(this.deck.source, (message) => this.#receive(message));
		this.#send({ type: 'hello' });
		this.#lastHere = this.#now();
		this.#stopHere = this.#every(HERE_MS, () => this.#here());
		this.announcement = this.#say();
	}

	/**
	 * Says this window is still there, and forgets the windows not heard from in GONE_MS. When
	 * this window itself went quiet that long (its laptop slept, and the other windows with it),
	 * the silence is its own: it gives the others GONE_MS from now instead of forgetting them.
	 */
	#here(): void {
		this.#send({ type: 'here' });
		const now = this.#now();
		const woke = now - this.#lastHere > GONE_MS;
		this.#lastHere = now;
		for (const [id, at] of Object.entries(this.#heard))
			if (woke) this.#heard[id] = now;
			else if (now - at > GONE_MS) this.#forget(id);
	}

	#forget(id: string): void {
		delete this.#heard[id];
		if (id in this.others)
			this.others = Object.fromEntries(
				Object.entries(this.others).filter(([other]) => other !== id)
			);
	}

	/** Tells the others this window is going, and stops. */
	dispose(): void {
		this.#send({ type: 'bye' });
		this.#line?.close();
		this.#line = undefined;
		this.#stopTicks?.();
		this.#stopTicks = undefined;
		this.#stopHere?.();
		this.#stopHere = undefined;
		this.#heard = Object.create(null);
	}

	/**
	 * Runs a command; false for those the page carries out itself (full screen, leaving), and
	 * for one that changes nothing here.
	 */
	run(command: PresentCommand): boolean {
		if (command === 'fullscreen' || command === 'leave') return false;
		if (command === 'pause') return this.togglePause();
		if (command === 'more-time') return this.moreTime();
		return this.act(command);
	}

	/** Moves through the deck; a new question starts its countdown, a reveal ends it. */
	act(action: DeckAction): boolean {
		const before = this.show.position;
		const position = moveDeck(before, action, this.#shape);
		if (position === before) return false;
		const now = this.#now();
		const newQuestion = position.at !== before.at || position.order !== before.order;
		let countdown = this.show.countdown;
		if (newQuestion) countdown = this.#freshCountdown(position, this.show.seconds, now);
		else if (position.revealed) countdown = null;
		this.#change({ position, countdown });
		return true;
	}

	/** Chooses the seconds each question allows (null: no countdown), starting it on this question. */
	setSeconds(seconds: number | null): void {
		this.#change({
			seconds,
			countdown: this.#freshCountdown(this.show.position, seconds, this.#now())
		});
	}

	/** Pauses a running countdown or resumes a paused one. */
	togglePause(): boolean {
		const countdown = this.show.countdown;
		if (!countdown) return false;
		const toggled = toggleCountdown(countdown, this.#now());
		if (toggled === countdown) return false;
		this.#change({ countdown: toggled });
		return true;
	}

	/** EXTRA_SECONDS more on the countdown (one that ran out starts again with them). */
	moreTime(): boolean {
		const countdown = this.show.countdown;
		if (!countdown) return false;
		this.#change({ countdown: extendCountdown(countdown, EXTRA_SECONDS * 1000, this.#now()) });
		return true;
	}

	#freshCountdown(position: DeckPosition, seconds: number | null, now: number): Countdown | null {
		return seconds !== null && position.at < this.count && !position.revealed
			? startCountdown(seconds, now)
			: null;
	}

	#slideAt(at: number): Slide | undefined {
		const position = this.sequence[at];
		const question = position === undefined ? undefined : this.deck.questions[position];
		if (!question || position === undefined) return undefined;
		const body = slideBody(question.item, question.order);
		return {
			number: at + 1,
			position,
			item: question.item,
			body,
			instruction: SLIDE_INSTRUCTION[question.item.type],
			answer: slideAnswer(body, question.item),
			answerInWords: slideAnswerInWords(body, question.item),
			sources: slideSources(question.item),
			report: this.hasResults ? this.report?.questions[position] : undefined
		};
	}

	#change(patch: Partial<Omit<SharedShow, 'rev'>>): void {
		const before = this.show;
		this.#apply({ ...before, ...patch, rev: before.rev + 1 }, before);
		this.#send({ type: 'state' });
	}

	#apply(show: SharedShow, before: SharedShow): void {
		this.show = show;
		this.now = this.#now();
		const said = this.#say(before);
		if (said) this.announcement = said;
		const running = show.countdown !== null && show.countdown.endsAt !== null;
		if (running && !this.#stopTicks) this.#stopTicks = this.#every(TICK_MS, () => this.#tick());
		if (!running && this.#stopTicks) {
			this.#stopTicks();
			this.#stopTicks = undefined;
		}
	}

	#tick(): void {
		const wasUp = this.timeUp;
		this.now = this.#now();
		if (!wasUp && this.timeUp) this.announcement = 'Time’s up.';
	}

	/** The sentence for what changed from `before` (everything, with no `before`). */
	#say(before?: SharedShow): string {
		const { position, countdown } = this.show;
		const moved =
			!before || before.position.at !== position.at || before.position.order !== position.order;
		if (moved) {
			if (!this.slide) return 'End of the quiz.';
			const order = position.order === 'hardest' ? ' (hardest first)' : '';
			return `Question ${this.slide.number} of ${this.count}${order}: ${this.slide.item.prompt}`;
		}
		if (position.explained && !before.position.explained && this.slide) {
			const answer = before.position.revealed ? '' : `Answer: ${this.slide.answer}. `;
			return `${answer}Why: ${this.slide.item.explanation}`;
		}
		if (position.revealed && !before.position.revealed && this.slide)
			return `Answer: ${this.slide.answer}.`;
		if (position.results && !before.position.results && this.slide?.report)
			return `The class’s answers: ${Math.round(this.slide.report.percentRight ?? 0)}% right.`;
		if (!position.revealed && before.position.revealed) return 'Answer hidden.';
		if (!position.explained && before.position.explained) return 'Back to the options.';
		if (countdown && before.countdown) {
			if (countdownPaused(countdown) && !countdownPaused(before.countdown))
				return `Countdown paused with ${Math.ceil(countdown.leftMs / 1000)} seconds left.`;
			if (countdown.allowedMs > before.countdown.allowedMs) return `${EXTRA_SECONDS} more seconds.`;
			if (!countdownPaused(countdown) && countdownPaused(before.countdown))
				return 'Countdown running.';
		}
		if (countdown && !before.countdown) return `${countdown.allowedMs / 1000} second countdown.`;
		return '';
	}

	#receive(message: PresentMessage): void {
		if (message.from === this.#id) return;
		if (message.type === 'bye') return this.#forget(message.from);
		this.#heard[message.from] = this.#now();
		if (this.others[message.from] !== message.role)
			this.others = { ...this.others, [message.from]: message.role };
		if (message.type === 'hello') return this.#send({ type: 'state' });
		if (message.type === 'here') return;
		const show = message.show;
		if (show.rev <= this.show.rev || !fitsDeck(show.position, this.#shape)) return;
		this.#apply(show, this.show);
	}

	#send(message: { type: 'state' | 'hello' | 'bye' | 'here' }): void {
		const base = { v: PRESENT_PROTOCOL, from: this.#id, role: this.view } as const;
		this.#line?.post(
			message.type === 'state'
				? { ...base, type: 'state', show: this.show }
				: { ...base, type: message.type }
		);
	}
}
