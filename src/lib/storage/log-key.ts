// The review log is stored one record per study day. Light on purpose: the home page reads
// today's record for its counts.

export const LOG_PREFIX = 'log:';

/** The key of a study day's review log (`day` as YYYY-MM-DD). */
export const logKey = (day: string) => `${LOG_PREFIX}${day}`;
