import type { BankIndex } from '$lib/bank/lookup';
import type { Article } from '$lib/article/parse';
import type { KeyValueStore } from '$lib/storage/kv';
import { cardCounts } from '$lib/stats/card-counts';
import { forecast } from '$lib/stats/forecast';
import { heatmap } from '$lib/stats/heatmap';
import { masteryMap } from '$lib/stats/mastery';
import { memory } from '$lib/stats/memory';
import { quizHistory } from '$lib/stats/quiz-history';
import { trueRetention } from '$lib/stats/retention';
import { reviewsPerDay, type ReviewsRange } from '$lib/stats/reviews-per-day';
import { todayStats } from '$lib/stats/today';
import type { StatsClock } from '$lib/stats/types';
import { paragraphRecipe } from '$lib/quiz/recipe';
import { quizHref } from '$lib/share/links';
import { onChange } from './changes';
import { systemClock } from './clock';
import { newSeed } from './ids';
import { loadStatsInputs, type StatsInputs } from './stats-inputs';

/** What the stats page needs from the browser; the route passes the real ones. */
export interface StatsPageDeps {
	open: () => Promise<KeyValueStore>;
	bank: () => Promise<BankIndex>;
	article: Article;
	timeZone: string;
	now?: () => Date;
	/** The seed of the paragraph quizzes linked from the map. */
	seed?: () => number;
}

/**
 * The /stats page: reads the log, cards, quizzes and settings once, and derives every figure
 * from them with the pure stats core. Only the reviews chart's range changes on the page, and
 * only that chart is computed again when it does.
 */
export class StatsPage {
	loading = $state(true);
	/** Why the store could not be read (a StorageError's words). */
	error = $state('');
	/** Why the question bank could not be loaded: the quiz and paragraph sections need it. */
	bankError = $state('');
	range = $state<ReviewsRange>(30);

	#deps: StatsPageDeps;
	#inputs = $state.raw<StatsInputs>();
	#bank = $state.raw<BankIndex>();
	#clock = $state.raw<StatsClock>() as StatsClock;
	#article = $state.raw<Article>() as Article;
	/** One quiz seed for the page's paragraph links: the same link on every look. */
	readonly #seed: number;

	constructor(deps: StatsPageDeps) {
		this.#deps = deps;
		this.#seed = (deps.seed ?? newSeed)();
		this.#article = deps.article;
		this.#clock = { now: (deps.now ?? systemClock)(), timeZone: deps.timeZone };
	}

	/** Reads everything the page shows; a second call (another tab's change) reads it again. */
	async load(): Promise<void> {
		this.error = '';
		try {
			const bank = this.#deps.bank().catch((error: unknown) => {
				this.bankError = messageOf(error);
				return undefined;
			});
			const store = await this.#deps.open();
			// Timed from the open store, as /study times its deck load (the bench compares them).
			performance.mark('stats-load-start');
			const [inputs, index] = await Promise.all([loadStatsInputs(store), bank]);
			performance.measure('stats-read', 'stats-load-start');
			this.#clock = { now: (this.#deps.now ?? systemClock)(), timeZone: this.#deps.timeZone };
			this.#bank = index;
			this.#inputs = inputs;
			if (index) this.bankError = '';
		} catch (error) {
			this.error = messageOf(error);
		} finally {
			this.loading = false;
		}
	}

	/** Reads again when another tab reviews, imports or answers; returns what stops that. */
	listen(): () => void {
		return onChange((change) => {
			if (change.kind === 'cards' || change.kind === 'all') void this.load();
		});
	}

	get clock(): StatsClock {
		return this.#clock;
	}

	/** Whether anything is stored to show. */
	get ready(): boolean {
		return this.#inputs !== undefined;
	}

	/** No review yet: the review charts make way for the empty state. */
	readonly noReviews = $derived((this.#inputs?.reviews.length ?? 0) === 0);
	readonly damaged = $derived(this.#inputs?.damaged ?? 0);
	readonly retention = $derived(this.#inputs?.retention ?? 0.9);

	readonly today = $derived(this.#inputs && todayStats(this.#inputs.reviews, this.#clock));
	readonly heatmap = $derived(this.#inputs && heatmap(this.#inputs.reviews, this.#clock));
	readonly reviewsPerDay = $derived(
		this.#inputs && reviewsPerDay(this.#inputs.reviews, this.#clock, this.range)
	);
	readonly retentionRows = $derived(
		this.#inputs && trueRetention(this.#inputs.reviews, this.#clock)
	);
	readonly forecast = $derived(this.#inputs && forecast(this.#inputs.cards, this.#clock));
	readonly counts = $derived(this.#inputs && cardCounts(this.#inputs.cards, this.#clock));
	readonly memory = $derived(this.#inputs && memory(this.#inputs.cards, this.#clock));
	readonly quizzes = $derived(
		this.#inputs && this.#bank && quizHistory(this.#inputs.attempts, this.#bank)
	);
	readonly mastery = $derived(
		this.#inputs &&
			this.#bank &&
			masteryMap(this.#bank, this.#article, this.#inputs.cards, this.#inputs.attempts, this.#clock)
	);

	/** The bank, for the links of the quiz history. */
	get bank(): BankIndex | undefined {
		return this.#bank;
	}

	/** "Quiz me on this paragraph": up to ten questions citing it, or undefined when none does. */
	quizHref = (paragraph: number): string | undefined => {
		const recipe = this.#bank && paragraphRecipe(this.#bank.bank, paragraph, this.#seed);
		return recipe && quizHref(recipe);
	};
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
