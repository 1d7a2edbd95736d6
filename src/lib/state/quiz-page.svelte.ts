import { BankLoadError } from '$lib/bank/load';
import { encodeQuizCode } from '$lib/share/quiz-code';
import { quizHash } from '$lib/share/links';
import { StorageError } from '$lib/storage/kv';
import { openQuiz, type OpenedQuiz } from './open-quiz';
import { QuizPlayer, type QuizPlayerOptions } from './quiz-player.svelte';
import { newSeed } from './ids';

/** Why the quiz page shows no quiz, in words, and maybe a way on. */
export type QuizProblem = Extract<OpenedQuiz, { kind: 'problem' }>;

/** What the quiz page needs from outside; the defaults are the app's own. */
export interface QuizPageDeps extends QuizPlayerOptions {
	/** Names from the article, which a typed answer must not be mistaken for. */
	rivals: readonly string[];
	/** Puts the quiz's own address in the location bar, without a new history entry. */
	replaceHash: (hash: string) => void;
	open?: (hash: string) => Promise<OpenedQuiz>;
	seed?: () => number;
}

/**
 * /quiz/play: opens the quiz its address names and holds its player, or the reason there is
 * none. A newer address opened meanwhile wins over an older one still loading.
 */
export class QuizPage {
	player = $state.raw<QuizPlayer>();
	problem = $state.raw<QuizProblem>();
	readonly #deps: QuizPageDeps;
	#opening = 0;

	constructor(deps: QuizPageDeps) {
		this.#deps = deps;
	}

	/** Opens the quiz `hash` names; true when it is ready to take (or to show its results). */
	async open(hash: string): Promise<boolean> {
		const token = ++this.#opening;
		this.dispose();
		this.player = undefined;
		this.problem = undefined;
		try {
			const opened = await (this.#deps.open ?? openQuiz)(hash);
			if (token !== this.#opening) return false;
			if (opened.kind === 'problem') {
				this.problem = opened;
				return false;
			}
			if (opened.hash) this.#deps.replaceHash(opened.hash);
			const { store, index, attempt } = opened;
			this.player = new QuizPlayer(store, index, this.#deps.rivals, attempt, this.#deps);
			return true;
		} catch (error) {
			if (token !== this.#opening) return false;
			this.problem = {
				kind: 'problem',
				title: 'The quiz can’t start',
				message:
					error instanceof BankLoadError || error instanceof StorageError
						? error.message
						: 'Something unexpected stopped the quiz.'
			};
			return false;
		}
	}

	/** The address of a quiz made like the one that can't be shown, with today's questions. */
	sameSettingsHash(): string | undefined {
		const recipe = this.problem?.sameSettings;
		const seed = this.#deps.seed ?? newSeed;
		return recipe ? quizHash(encodeQuizCode({ ...recipe, seed: seed() })) : undefined;
	}

	/** Stops the player's retries: the page is leaving, or opening another quiz. */
	dispose(): void {
		this.player?.dispose();
	}
}
