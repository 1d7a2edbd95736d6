import type { Appearance } from '$lib/storage/settings-appearance';

// The browser edge of the appearance settings. Theme, text size and motion must be on <html>
// before the first paint, or a page flashes in the wrong theme or size; the app's own code runs
// only after that paint. So shell/appearance.js, a tiny script written inline into every page's
// <head> at build (hooks.server.ts; the CSP allows it by its hash), sets data-theme,
// data-text-size and data-motion from a mirror of the settings in localStorage, which can be read
// synchronously (IndexedDB, the source of truth, cannot). This module writes that mirror whenever
// the settings are loaded or saved. The script checks each value on its own: a bad one is ignored
// and its default applies (the system's wish, the default size). Other tabs follow the mirror
// through their storage event; this tab through the script's own `hedgedBetsAppearance`. The
// script's choices are storage/settings-appearance.ts's, less the defaults (appearance.test.ts).

/** The localStorage key of the mirror (shell/appearance.js reads the same). */
export const MIRROR_KEY = 'hedged-bets-appearance';

/** The mirror's version: the script ignores a mirror of any other. */
export const MIRROR_VERSION = 1;

/** The mirror as stored: versioned, so a later layout is never misread. */
export function mirrorOf(appearance: Appearance): string {
	const { theme, textSize, motion } = appearance;
	return JSON.stringify({ v: MIRROR_VERSION, theme, textSize, motion });
}

type Apply = (mirror: unknown) => void;

/** What showing the appearance needs of the browser; the real ones by default. */
export interface AppearanceEdge {
	storage?: Pick<Storage, 'setItem' | 'removeItem'>;
	apply?: Apply;
}

const browserEdge = (): Required<AppearanceEdge> => ({
	storage: localStorage,
	apply: (window as { hedgedBetsAppearance?: Apply }).hedgedBetsAppearance ?? (() => {})
});

/**
 * Applies the appearance to this page now and mirrors it for the next first paint. A browser
 * that refuses localStorage (storage turned off) still gets it applied; the settings themselves
 * are safe in IndexedDB either way.
 */
export function showAppearance(appearance: Appearance, edge: AppearanceEdge = browserEdge()): void {
	const text = mirrorOf(appearance);
	try {
		edge.storage?.setItem(MIRROR_KEY, text);
	} catch {
		// The mirror only saves a flash of the default look on the next load.
	}
	edge.apply?.(JSON.parse(text));
}

/** Removes the mirror (all data was reset) and puts this page back to the defaults. */
export function forgetAppearance(edge: AppearanceEdge = browserEdge()): void {
	try {
		edge.storage?.removeItem(MIRROR_KEY);
	} catch {
		// Nothing to remove where localStorage is refused.
	}
	edge.apply?.(null);
}
