import { BankLoadError } from '$lib/bank/load';
import type { BankIndex } from '$lib/bank/lookup';
import type { Item } from '$lib/bank/schema';
import { attemptFitsBank, attemptScore, startAttempt, type Attempt } from '$lib/quiz/attempt';
import { attemptResponses, classAttemptTitle, classOfTitle } from '$lib/quiz/class-attempt';
import { generateQuiz } from '$lib/quiz/generate';
import {
	decodeClassCode,
	encodeClassCode,
	type ClassCodeProblem,
	type ClassSession
} from '$lib/share/class-code';
import { classJoinHash, parseClassJoinLink } from '$lib/share/links';
import { encodeQuizCode } from '$lib/share/quiz-code';
import { cleanNickname, encodeResultCode, nicknameProblem } from '$lib/share/result-code';
import { attemptRecords, saveAttempt } from '$lib/storage/attempts';
import { StorageError, type KeyValueStore } from '$lib/storage/kv';
import { loadBank } from './bank';
import { QuestionTimer, type TimerClock } from './question-timer.svelte';
import { QuizPlayer, type QuizPlayerOptions } from './quiz-player.svelte';
import { appStore } from './app-store';
import { newId } from './ids';

/** What the join page needs from outside; the defaults are the app's own. */
export interface ClassJoinDeps extends QuizPlayerOptions {
	/** Names from the article, which a typed answer must not be mistaken for. */
	rivals: readonly string[];
	/** Puts the class code in the location bar (so a reload resumes), or with '' takes it away; no new history entry. */
	replaceHash: (hash: string) => void;
	store?: () => Promise<KeyValueStore>;
	bank?: () => Promise<BankIndex>;
	newId?: () => string;
	now?: () => number;
	clock?: TimerClock;
}

/** A finished class quiz: the score and what goes back to the teacher. */
export interface ClassResult {
	right: number;
	total: number;
	percent: number;
	/** The result code as typed: grouped, with hyphens. */
	text: string;
	/** The same symbols as the QR code holds them (drawn by ui/class/QrCode.svelte). */
	qrText: string;
}

/** The screens of joining a class, in order. */
export type JoinStep = 'loading' | 'code' | 'nickname' | 'quiz' | 'result' | 'problem';

/**
 * /class/join: the student's side of a class quiz. A class code (typed, or from the teacher's
 * link or QR) and a nickname start the quiz the code describes, kept as an ordinary attempt
 * whose title holds the code and nickname, so a reload resumes it and reopening the link after
 * the end shows the result code again. A timed session counts each question down.
 */
export class ClassJoin {
	codeText = $state('');
	codeError = $state.raw<{ problem: ClassCodeProblem; message: string }>();
	nicknameText = $state('');
	nicknameError = $state<string>();
	/** Why the page cannot go on at all (no bank, no storage), in words. */
	problem = $state.raw<{ title: string; message: string }>();
	session = $state.raw<ClassSession>();
	/** The class code as the teacher's device spells it. */
	classCode = $state('');
	nickname = $state('');
	player = $state.raw<QuizPlayer>();
	timer = $state.raw<QuestionTimer>();
	/** The question whose time ran out last (its number), for the note on the next screen. */
	timedOut = $state<number>();
	#stage = $state<'loading' | 'code' | 'nickname' | 'started'>('loading');
	#index: BankIndex | undefined;
	#store: KeyValueStore | undefined;
	readonly #deps: ClassJoinDeps;

	constructor(deps: ClassJoinDeps) {
		this.#deps = deps;
	}

	readonly step: JoinStep = $derived(
		this.problem
			? 'problem'
			: this.#stage !== 'started'
				? this.#stage
				: this.player?.finished
					? 'result'
					: 'quiz'
	);

	readonly result: ClassResult | undefined = $derived(
		this.player?.finished ? this.#result(this.player.attempt) : undefined
	);

	/** Opens the page at the address it has: `#c=<code>` goes straight on to the nickname (or resumes). */
	async open(hash: string): Promise<void> {
		this.dispose();
		this.player = this.timer = this.session = this.problem = undefined;
		this.codeError = this.timedOut = undefined;
		this.#stage = 'loading';
		try {
			[this.#store, this.#index] = await Promise.all([
				(this.#deps.store ?? appStore)(),
				(this.#deps.bank ?? loadBank)()
			]);
		} catch (error) {
			this.problem = {
				title: 'The class quiz can’t start',
				message:
					error instanceof BankLoadError || error instanceof StorageError
						? error.message
						: 'Something unexpected stopped the class quiz.'
			};
			return;
		}
		const code = parseClassJoinLink(hash);
		if (code === undefined) {
			this.#stage = 'code';
			return;
		}
		this.codeText = code;
		await this.enterCode();
	}

	/** Reads the code typed in; a wrong one gets its message, a right one the nickname step (or the quiz it started). */
	async enterCode(): Promise<void> {
		const index = this.#index;
		if (!index) return;
		const decoded = decodeClassCode(this.codeText, index.bank.version);
		if (!decoded.ok) {
			this.codeError = { problem: decoded.problem, message: decoded.message };
			this.#stage = 'code';
			return;
		}
		this.codeError = undefined;
		this.session = decoded.session;
		this.classCode = encodeClassCode(decoded.session);
		this.codeText = this.classCode;
		this.#deps.replaceHash(classJoinHash(this.classCode));
		const taken = await this.#takenBefore();
		if (taken) {
			this.nickname = taken.nickname;
			this.#play(taken.attempt);
		} else this.#stage = 'nickname';
	}

	/** Starts the quiz under the nickname typed in, or says what is wrong with it. */
	async enterNickname(): Promise<void> {
		const { session } = this;
		const index = this.#index;
		const store = this.#store;
		if (!session || !index || !store) return;
		const nickname = cleanNickname(this.nicknameText);
		this.nicknameError = nicknameProblem(nickname);
		if (this.nicknameError) return;
		const generated = generateQuiz(index.bank, session.recipe);
		if (!generated.ok) {
			this.problem = { title: 'This class quiz can’t be made', message: generated.message };
			return;
		}
		const attempt = startAttempt({
			id: (this.#deps.newId ?? newId)(),
			title: classAttemptTitle(this.classCode, nickname),
			code: encodeQuizCode(session.recipe),
			feedback: session.recipe.feedback,
			questions: generated.quiz.questions,
			now: (this.#deps.now ?? Date.now)()
		});
		try {
			await saveAttempt(store, attempt);
		} catch (error) {
			this.nicknameError =
				error instanceof StorageError ? error.message : 'The quiz could not be saved.';
			return;
		}
		this.nickname = nickname;
		this.#play(attempt);
	}

	/** The nickname step again, for another student on this device (the finished attempt stays). */
	someoneElse(): void {
		if (!this.session || !this.player?.finished) return;
		this.dispose();
		this.player = this.timer = this.timedOut = undefined;
		this.nicknameText = '';
		this.nicknameError = undefined;
		this.#stage = 'nickname';
	}

	/** Back to the code field, to join another class. */
	otherCode(): void {
		this.dispose();
		this.player = undefined;
		this.timer = undefined;
		this.session = undefined;
		this.codeError = undefined;
		this.#deps.replaceHash('');
		this.#stage = 'code';
	}

	/** Stops the clock and the player's retries: the page is leaving. */
	dispose(): void {
		this.timer?.stop();
		this.player?.dispose();
	}

	/**
	 * The attempt at this class code to reopen: one still being taken (another student on this
	 * device may have finished before), else the newest; only one that still fits the bank.
	 */
	async #takenBefore(): Promise<{ attempt: Attempt; nickname: string } | undefined> {
		const index = this.#index!;
		const { records: attempts } = await attemptRecords.list(this.#store!);
		const taken = attempts.flatMap((attempt) => {
			const of = classOfTitle(attempt.title);
			// A title edited by hand could hold a nickname no result code can carry.
			return of?.classCode === this.classCode &&
				!nicknameProblem(of.nickname) &&
				attemptFitsBank(attempt, (id) => index.itemById.get(id))
				? [{ attempt, nickname: of.nickname }]
				: [];
		});
		return taken.find(({ attempt }) => attempt.finishedAt === null) ?? taken[0];
	}

	#play(attempt: Attempt): void {
		const seconds = this.session?.secondsPerQuestion ?? null;
		const player = new QuizPlayer(this.#store!, this.#index!, this.#deps.rivals, attempt, {
			timing: this.#deps.timing,
			onMove: () => {
				if (player.finished) this.timer?.stop();
				else this.timer?.start();
				this.#deps.onMove?.();
			}
		});
		this.player = player;
		this.timer =
			seconds === null
				? undefined
				: new QuestionTimer(seconds, {
						clock: this.#deps.clock,
						active: () => !player.finished && player.answer === null,
						onExpire: () => this.#timeUp(player)
					});
		if (!player.finished && player.answer === null) this.timer?.start();
		this.#stage = 'started';
	}

	#timeUp(player: QuizPlayer): void {
		this.timedOut = player.position;
		void player.submitAsIs();
		player.announcement = `Time’s up. ${player.announcement}`;
	}

	#result(attempt: Attempt): ClassResult | undefined {
		const { session } = this;
		const index = this.#index;
		if (!session || !index) return undefined;
		const items = attempt.questions.map((q) => index.itemById.get(q.itemId));
		if (items.some((item) => !item)) return undefined;
		const code = encodeResultCode(session, items as Item[], {
			nickname: this.nickname,
			responses: attemptResponses(attempt)
		});
		const total = attempt.questions.length;
		return {
			right: attempt.answers.filter((a) => a?.score === 1).length,
			total,
			percent: Math.round(attemptScore(attempt) * 100),
			text: code.text,
			qrText: code.qr
		};
	}
}
