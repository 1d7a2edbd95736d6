import { classSeed, encodeClassCode, type ClassSession } from '$lib/share/class-code';
import { classRecords, createClassSession, sessionNameProblem } from '$lib/storage/class-sessions';
import type { KeyValueStore } from '$lib/storage/kv';
import { onChange } from './changes';
import { systemClock } from './clock';
import { QuizBuilder } from './quiz-builder.svelte';
import { appStore } from './app-store';
import { newId, newSeed } from './ids';
import { WriteThrough } from './write-through.svelte';

/** A past session as the list shows it. */
export interface SessionSummary {
	id: string;
	name: string;
	code: string;
	createdAt: number;
	/** Results that count (set-aside ones left out). */
	results: number;
}

/** What /class needs from outside; the defaults are the app's own. */
export interface ClassHomeDeps {
	store?: () => Promise<KeyValueStore>;
	now?: () => Date;
	random?: () => number;
	id?: () => string;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' });
const DATE = new Intl.DateTimeFormat('en-CA', {
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** "Class 2, 1 December": the next number among the sessions made on that day. */
export function defaultSessionName(
	today: Date,
	sessions: readonly { createdAt: number }[]
): string {
	const sameDay = (t: number) => DATE.format(t) === DATE.format(today);
	return `Class ${sessions.filter((s) => sameDay(s.createdAt)).length + 1}, ${DAY.format(today)}`;
}

/**
 * /class: the quiz builder's choices for a class quiz (exam mode by default), its name and time
 * per question, and the sessions made on this device with their result counts.
 */
export class ClassHome extends QuizBuilder {
	name = $state('');
	secondsPerQuestion = $state<number | null>(null);
	sessions = $state.raw<SessionSummary[]>([]);
	/** Damaged records set aside, or why the list can't be read, in words. */
	note = $state('');
	readonly writer = new WriteThrough();
	readonly #deps: ClassHomeDeps;
	#stop: (() => void) | undefined;

	constructor(deps: ClassHomeDeps = {}) {
		super();
		// A class quiz is an exam unless the teacher chooses otherwise: feedback at the end.
		this.feedback = 'end';
		// Short answers are written and self-checked: in class only if the teacher turns them on.
		this.shortAnswers = false;
		this.#deps = deps;
	}

	readonly nameProblem = $derived(sessionNameProblem(this.name));

	/** Loads the bank and the session list, and follows other tabs' sessions. */
	async start(): Promise<void> {
		void this.load();
		await this.refresh();
		this.#stop ??= onChange(() => void this.refresh());
	}

	async refresh(): Promise<void> {
		try {
			const store = await (this.#deps.store ?? appStore)();
			const { records: sessions, corrupt } = await classRecords.list(store);
			this.sessions = sessions.map((s) => ({
				id: s.id,
				name: s.name,
				code: s.code,
				createdAt: s.createdAt,
				results: s.results.filter((r) => r.removedAt === null).length
			}));
			this.name ||= defaultSessionName(this.#now(), sessions);
			this.note = corrupt.length
				? `${corrupt.length} damaged session record${corrupt.length === 1 ? ' was' : 's were'} set aside (see Settings).`
				: '';
		} catch (error) {
			this.note = (error as Error).message;
		}
	}

	/** The session these choices make, with a fresh seed. */
	session(): ClassSession {
		return {
			recipe: { ...this.base, seed: classSeed((this.#deps.random ?? newSeed)()) },
			secondsPerQuestion: this.secondsPerQuestion
		};
	}

	/** Stores a new session; its id, or undefined when it could not be made or stored. */
	async create(): Promise<string | undefined> {
		if (!this.index || !this.enough || this.nameProblem) return undefined;
		const id = (this.#deps.id ?? newId)();
		const record = {
			id,
			name: this.name.trim(),
			code: encodeClassCode(this.session()),
			createdAt: this.#now().getTime(),
			results: []
		};
		const store = await (this.#deps.store ?? appStore)();
		const written = await this.writer.run(() => createClassSession(store, record));
		return written.ok ? id : undefined;
	}

	dispose(): void {
		this.#stop?.();
		this.writer.dispose();
	}

	#now(): Date {
		return (this.#deps.now ?? systemClock)();
	}
}
