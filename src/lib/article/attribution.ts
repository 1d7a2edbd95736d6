/**
 * Who published the article, and its size, for pages that need only these. Kept apart from the
 * text so that such pages don't download the article; a test keeps both equal to the parsed text.
 */
export const ATTRIBUTION = {
	source: 'Eurasianet',
	title: 'Tajik-Taliban Relations Slowly Warm, But Both Sides Hedge Their Bets'
} as const;

export const ARTICLE_SIZE = { paragraphs: 24, sentences: 44, words: 918, minutes: 4 } as const;
