/** The hour at which a new study day starts, as in Anki. */
export const ROLLOVER_HOUR = 4;

/**
 * The study day a moment belongs to, as `YYYY-MM-DD`, in a time zone: the calendar date of
 * `now` minus the rollover hours, so 02:00 still counts as the day before. Computed from the
 * wall clock in that zone, so it stays right across daylight-saving changes.
 */
export function studyDay(now: Date, timeZone: string, rolloverHour = ROLLOVER_HOUR): string {
	const parts = formatterFor(timeZone).formatToParts(now);
	const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const date = new Date(Date.UTC(value('year'), value('month') - 1, value('day')));
	if (value('hour') < rolloverHour) date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

// Making a formatter costs far more than using one; a study session asks for one zone only.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-CA', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			hourCycle: 'h23'
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}
