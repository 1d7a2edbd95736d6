// Facts about the browser that change what the app should say about keeping data. Pure: the
// caller passes in what it read from `navigator`, so every case is testable in Node.

/** What the eviction advice depends on, as read from `navigator` (and display-mode). */
export interface BrowserFacts {
	userAgent: string;
	/** `navigator.maxTouchPoints`: iPadOS reports itself as a Mac, but one with a touch screen. */
	maxTouchPoints: number;
	/** `navigator.standalone` (iOS only), or whether the page runs as an installed app. */
	standalone: boolean | undefined;
}

/** Whether this is an iPhone, iPad or iPod (including iPadOS, which says "Macintosh"). */
export function isAppleMobile({ userAgent, maxTouchPoints }: BrowserFacts): boolean {
	if (/\b(iPhone|iPad|iPod)\b/.test(userAgent)) return true;
	return /\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1;
}

/**
 * Whether the app runs in a browser tab on iPhone or iPad rather than from the Home Screen:
 * there, WebKit deletes a site's stored data after 7 days of use of the browser without a
 * visit. Every browser on iOS is WebKit; an app added to the Home Screen is exempt.
 */
export function mayLoseDataAfterAWeek(facts: BrowserFacts): boolean {
	return isAppleMobile(facts) && facts.standalone !== true;
}

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** A byte count for people: "0 bytes", "820 bytes", "45 KB", "1.2 MB", "2.1 GB" (1 KB = 1000 bytes). */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
	if (bytes < 1000) return `${Math.round(bytes)} ${Math.round(bytes) === 1 ? 'byte' : 'bytes'}`;
	let value = bytes;
	let unit = -1;
	do {
		value /= 1000;
		unit++;
	} while (value >= 999.5 && unit < UNITS.length - 1);
	const rounded = value < 9.95 ? Math.round(value * 10) / 10 : Math.round(value);
	return `${rounded.toLocaleString('en-US')} ${UNITS[unit]}`;
}
