// Applies the appearance settings (theme, text size, motion) before the first paint, so a page
// never flashes in the wrong theme or size. A plain render-blocking script, not a module: the CSP
// forbids inline script, and the app's own code runs only after the page has painted. It reads
// a mirror of the settings in localStorage (IndexedDB, the source of truth, cannot be read
// synchronously); state/appearance.ts writes that mirror whenever the settings are loaded or
// saved. Each value is checked on its own: a bad one is ignored and its default (the system's
// wish, or the default size) applies. Its choices match storage/settings-appearance.ts (a test
// holds them together).
(function () {
	'use strict';
	var KEY = 'hedged-bets-appearance';
	var VERSION = 1;
	// The choices that set an attribute; the defaults ('system', 'default') leave it off.
	var CHOICES = {
		theme: ['light', 'dark'],
		textSize: ['small', 'large', 'larger', 'largest'],
		motion: ['reduce', 'full']
	};
	// The browser's bar, in each theme: the header's colour.
	var BAR = { light: '#0f4c5c', dark: '#172025' };

	function read() {
		try {
			return JSON.parse(localStorage.getItem(KEY) || 'null');
		} catch {
			// localStorage refused (storage turned off) or a damaged mirror: the defaults apply.
			return null;
		}
	}

	/** Sets data-theme, data-text-size and data-motion on <html> from a mirror (anything else: defaults). */
	function apply(mirror) {
		var root = document.documentElement;
		var valid = mirror !== null && typeof mirror === 'object' && mirror.v === VERSION;
		Object.keys(CHOICES).forEach(function (name) {
			var value = valid ? mirror[name] : undefined;
			if (CHOICES[name].indexOf(value) >= 0) root.dataset[name] = value;
			else delete root.dataset[name];
		});
		var theme = root.dataset.theme;
		var metas = document.querySelectorAll('meta[name="theme-color"]');
		for (var i = 0; i < metas.length; i++) {
			var scheme = /dark/.test(metas[i].media) ? 'dark' : 'light';
			metas[i].content = BAR[theme || scheme];
		}
		var colorScheme = document.querySelector('meta[name="color-scheme"]');
		if (colorScheme) colorScheme.content = theme || 'light dark';
	}

	apply(read());
	// Another tab saved or reset the settings: follow it without a reload.
	addEventListener('storage', function (event) {
		if (event.key === KEY || event.key === null) apply(read());
	});
	// For this tab's own changes (state/appearance.ts), after writing the mirror.
	window.hedgedBetsAppearance = apply;
})();
