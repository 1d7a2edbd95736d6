/**
 * How many facts (flashcards) the released bank has. The home page counts new cards with it
 * instead of downloading the bank; a test keeps it equal to the bank.
 */
export const FACT_COUNT = 85;
