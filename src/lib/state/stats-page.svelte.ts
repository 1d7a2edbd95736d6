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
import { loadCardInputs, loadLogInputs, type CardInputs, type LogInputs } from './stats-inputs';

/** What the stats page needs from the browser; the route passes the real ones. */
export interface StatsPageDeps {
	open: () => Promise<KeyValueStore>;
	bank: () => Promise<BankIndex>;
	article: Article;
	timeZone: string;
	now?: () => Date;
	/** The seed of the paragraph quizzes linked from the map. */
	seed?: () => number;
	/** Resolves once the browser has painted what is drawn so far (tests resolve at once). */
	painted?: () => Promise<void>;
}

/** After the next frame is painted: a long page is drawn in parts, not in one long task. */
const afterPaint = () =>
	new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * The /stats page: reads the cards, then the log and quizzes, and derives every figure from them
 * with the pure stats core. It draws in stages, each after the last is painted and each below
 * the last (nothing on screen moves): the forecast and card counts as soon as the cards are read
 * (as fast as /study opens), then the log's figures and memory, then the quizzes and the map. Only the reviews chart's range changes on the page, and only
 * that chart is computed again when it does.
 */
export class StatsPage {
	loading = $state(true);
	/** Why the store could not be read (a StorageError's words). */
	error = $state('');
	/** Why the question bank could not be loaded: the quiz and paragraph sections need it. */
	bankError = $state('');
	range = $state<ReviewsRange>(30);

	/**
	 * How much is drawn: 0 nothing yet, 1 the forecast and card counts, 2 today and the calendar
	 * too, 3 the reviews chart, true retention and memory, 4 the quizzes and the article map.
	 */
	stage = $state(0);

	#deps: StatsPageDeps;
	#cards = $state.raw<CardInputs>();
	#log = $state.raw<LogInputs>();
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
		const painted = this.#deps.painted ?? afterPaint;
		try {
			const bank = this.#deps.bank().catch((error: unknown) => {
				this.bankError = messageOf(error);
				return undefined;
			});
			const store = await this.#deps.open();
			// Timed from the open store, as /study times its deck load (the bench compares them).
			performance.mark('stats-load-start');
			const cards = await loadCardInputs(store);
			this.#clock = { now: (this.#deps.now ?? systemClock)(), timeZone: this.#deps.timeZone };
			this.#cards = cards;
			this.stage = Math.max(this.stage, 1);
			this.loading = false;
			// The log is read once the cards' figures are on screen: its 100,000 entries take the
			// main thread a while to unpack, and would hold back that first paint.
			await painted();
			this.#log = await loadLogInputs(store);
			// Then drawn in parts, so that no one long task keeps the page from answering.
			for (const stage of [2, 3]) {
				this.stage = Math.max(this.stage, stage);
				await painted();
			}
			const index = await bank;
			this.#bank = index;
			if (index) this.bankError = '';
			this.stage = 4;
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

	/** The log is read (until then its sections wait). */
	get logRead(): boolean {
		return this.#log !== undefined;
	}

	/** No review yet: the review charts make way for the empty state. */
	readonly noReviews = $derived(this.#log !== undefined && this.#log.reviews.length === 0);
	readonly damaged = $derived((this.#cards?.damaged ?? 0) + (this.#log?.damaged ?? 0));
	readonly retention = $derived(this.#cards?.retention ?? 0.9);

	/** The log, once the page has reached `stage`. */
	#logAt(stage: number): LogInputs | undefined {
		return this.stage >= stage ? this.#log : undefined;
	}

	readonly today = $derived.by(() => {
		const log = this.#logAt(2);
		return log && todayStats(log.reviews, this.#clock);
	});
	readonly heatmap = $derived.by(() => {
		const log = this.#logAt(2);
		return log && heatmap(log.reviews, this.#clock);
	});
	readonly reviewsPerDay = $derived.by(() => {
		const log = this.#logAt(3);
		return log && reviewsPerDay(log.reviews, this.#clock, this.range);
	});
	readonly retentionRows = $derived.by(() => {
		const log = this.#logAt(3);
		return log && trueRetention(log.reviews, this.#clock);
	});
	readonly forecast = $derived(this.#cards && forecast(this.#cards.cards, this.#clock));
	readonly counts = $derived(this.#cards && cardCounts(this.#cards.cards, this.#clock));
	readonly memory = $derived(
		this.stage >= 3 && this.#cards ? memory(this.#cards.cards, this.#clock) : undefined
	);
	readonly quizzes = $derived.by(() => {
		const log = this.#logAt(4);
		return log && this.#bank && quizHistory(log.attempts, this.#bank);
	});
	readonly mastery = $derived(
		this.#cards &&
			this.#log &&
			this.#bank &&
			masteryMap(this.#bank, this.#article, this.#cards.cards, this.#log.attempts, this.#clock)
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
