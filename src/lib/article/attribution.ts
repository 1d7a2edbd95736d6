/**
 * Who published the article, for pages that need only this. Kept apart from the text so that
 * such pages don't download the article; a test keeps it equal to the parsed text.
 */
export const ATTRIBUTION = {
	source: 'Eurasianet',
	title: 'Tajik-Taliban Relations Slowly Warm, But Both Sides Hedge Their Bets'
} as const;
