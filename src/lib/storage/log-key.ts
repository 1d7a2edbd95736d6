// The review log's keys, as far as the home page needs them to count today's reviews (light on
// purpose). The chunk layout itself is log-chunk-key.ts's.

export const LOG_PREFIX = 'log:';

/** The key a study day's whole log had before chunks (`day` as YYYY-MM-DD). */
export const logKey = (day: string) => `${LOG_PREFIX}${day}`;

const SEQ = /^#\d{6}$/;

/** Whether `key` is one of `day`'s log records (its chunks, or its record from before chunks). */
export const isDayRecordKey = (day: string, key: string) =>
	key.startsWith(logKey(day)) &&
	(key.length === logKey(day).length || SEQ.test(key.slice(logKey(day).length)));
