// Why and how: src/lib/state/appearance.ts. Shipped without its comments (inline-script.js), so kept short.
(function () {
	var KEY = 'hedged-bets-appearance';
	/** @type {{ [name: string]: string }} */
	var CHOICES = {
		theme: 'light dark',
		textSize: 'small large larger largest',
		motion: 'reduce full'
	};
	/** @type {{ [theme: string]: string }} */
	var BAR = { light: '#0f4c5c', dark: '#172025' };

	/** @param {any} mirror what the mirror holds, checked value by value */
	function apply(mirror) {
		var data = document.documentElement.dataset;
		if (!mirror || mirror.v !== 1) mirror = {};
		for (var name in CHOICES) {
			if (String(CHOICES[name]).split(' ').indexOf(mirror[name]) >= 0) data[name] = mirror[name];
			else delete data[name];
		}
		var metas = /** @type {NodeListOf<HTMLMetaElement>} */ (
			document.querySelectorAll('meta[name=theme-color]')
		);
		metas.forEach(function (meta) {
			meta.content = String(BAR[data.theme || (/dark/.test(meta.media) ? 'dark' : 'light')]);
		});
	}

	function read() {
		try {
			return JSON.parse(localStorage.getItem(KEY) || 'null');
		} catch {
			return null;
		}
	}

	apply(read());
	addEventListener('storage', function (event) {
		if (event.key === KEY || event.key === null) apply(read());
	});
	/** @type {Window & { hedgedBetsAppearance?: typeof apply }} */ (window).hedgedBetsAppearance =
		apply;
})();
