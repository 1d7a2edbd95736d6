// A date as a backup file holds it. Apart from stored-time.ts, whose checks the home page runs
// on every card: nothing on the home page writes a file.

/**
 * A Date as milliseconds since 1970; what is not a Date is passed on as it is, for the file's
 * check to refuse (export is handed trusted records, but a test hands it damaged ones).
 */
export const millis = (value: Date | undefined): number | undefined =>
	value instanceof Date ? value.getTime() : (value as undefined);
