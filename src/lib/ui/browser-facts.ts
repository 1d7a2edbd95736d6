import type { BrowserFacts } from '$lib/storage/platform';

/** What this browser says about itself, for the advice on keeping data. */
export function browserFacts(): BrowserFacts {
	const nav = navigator as Navigator & { standalone?: boolean };
	return {
		userAgent: nav.userAgent,
		maxTouchPoints: nav.maxTouchPoints ?? 0,
		standalone: nav.standalone ?? (matchMedia('(display-mode: standalone)').matches || undefined)
	};
}
