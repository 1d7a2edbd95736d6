// The shapes the stats page draws. Every figure is computed by a pure function in this folder
// from plain inputs (log entries, card records, attempts, the bank, `now`, a time zone); the
// page only loads the inputs and draws what comes back. (Contract agreed between the core and
// the page; change it in one commit that updates both sides.)

/** One review, as the stats functions need it (a subset of storage's LogEntry). */
export interface Review {
	cardId: string;
	/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
	rating: number;
	/** The card's state before this review: 0 new, 1 learning, 2 review, 3 relearning. */
	state: number;
	review: Date;
	/** Days since the card's previous review, as ts-fsrs recorded it (0 for a new card). */
	elapsed_days?: number;
	/** The interval, in days, the card had been scheduled for before this review. */
	scheduled_days?: number;
	/** Milliseconds the learner took to answer, when recorded. */
	took?: number;
}

/** A card as the stats need it (a subset of storage's CardRecord). */
export interface CardSnapshot {
	id: string;
	state: 0 | 1 | 2 | 3;
	due: Date;
	stability: number;
	difficulty: number;
	scheduled_days: number;
	last_review?: Date;
	suspended: boolean;
	/** A study day `YYYY-MM-DD` the card is buried until, or null. */
	buriedUntil: string | null;
}

/** Where and when: every day-based figure uses the study day (04:00 rollover) in this zone. */
export interface StatsClock {
	now: Date;
	timeZone: string;
	rolloverHour?: number;
}

/** Passes and fails of the first review of a day, Anki's "true retention". */
export interface RetentionCell {
	passed: number;
	failed: number;
	/** passed / (passed + failed), or null when there were none. */
	rate: number | null;
}

export interface RetentionRow {
	period: 'today' | 'yesterday' | 'week' | 'month' | 'year' | 'all';
	label: string;
	young: RetentionCell;
	mature: RetentionCell;
	total: RetentionCell;
}

export interface TodayStats {
	reviews: number;
	/** Total milliseconds answered today (sum of `took`), or null when no review recorded it. */
	timeMs: number | null;
	again: number;
	retention: RetentionCell;
}

/** Reviews per study day for the calendar heatmap. */
export interface HeatmapDay {
	day: string;
	count: number;
}

export interface Heatmap {
	days: HeatmapDay[];
	/** Days in a row with reviews, ending today (or yesterday when today has none yet). */
	streak: number;
	longestStreak: number;
	daysStudied: number;
	/** Of the days in the range. */
	daysInRange: number;
}

/** One day's reviews split by the card's state before the review. */
export interface ReviewsDay {
	day: string;
	new: number;
	learning: number;
	review: number;
	relearning: number;
}

export interface ForecastDay {
	day: string;
	/** Days from today: 0 is today (overdue cards count today). */
	offset: number;
	due: number;
}

export interface Forecast {
	days: ForecastDay[];
	/** Σ 1/interval over review cards: the reviews a day the deck asks for in the long run. */
	dailyLoad: number;
}

export interface CardCounts {
	new: number;
	learning: number;
	review: number;
	relearning: number;
	suspended: number;
	buried: number;
	total: number;
}

/** A histogram bucket: [from, to) in the variable's unit. */
export interface Bucket {
	from: number;
	to: number;
	label: string;
	count: number;
}

export interface Memory {
	stability: Bucket[];
	difficulty: Bucket[];
	retrievability: Bucket[];
	/** Average current retrievability of the cards seen, 0–1, or null. */
	averageRetrievability: number | null;
	cardsSeen: number;
	/** averageRetrievability × cardsSeen, rounded. */
	factsKnown: number;
}

export interface QuizPoint {
	/** Attempt id. */
	id: string;
	finishedAt: Date;
	title: string;
	/** 0–1. */
	score: number;
}

export interface MissedQuestion {
	itemId: string;
	prompt: string;
	asked: number;
	missed: number;
}

export interface QuizHistory {
	points: QuizPoint[];
	mostMissed: MissedQuestion[];
}

/** One paragraph of the article on the mastery map. */
export interface ParagraphMastery {
	paragraph: number;
	/** The paragraph's first words, for the label. */
	excerpt: string;
	facts: number;
	/** 0–1, or null when nothing about this paragraph has been studied or answered. */
	mastery: number | null;
	/** Cards of this paragraph seen at least once. */
	cardsSeen: number;
	quizAnswers: number;
}
