// Why and how: src/lib/state/appearance.ts. Shipped as written, so kept short.
(function () {
	var KEY = 'hedged-bets-appearance';
	var CHOICES = { theme: 'light dark', textSize: 'small large larger largest', motion: 'reduce full' };
	var BAR = { light: '#0f4c5c', dark: '#172025' };

	function apply(mirror) {
		var data = document.documentElement.dataset;
		if (!mirror || mirror.v !== 1) mirror = {};
		for (var name in CHOICES) {
			if (CHOICES[name].split(' ').indexOf(mirror[name]) >= 0) data[name] = mirror[name];
			else delete data[name];
		}
		document.querySelectorAll('meta[name=theme-color]').forEach(function (meta) {
			meta.content = BAR[data.theme || (/dark/.test(meta.media) ? 'dark' : 'light')];
		});
	}

	function read() {
		try {
			return JSON.parse(localStorage.getItem(KEY));
		} catch {
			return null;
		}
	}

	apply(read());
	addEventListener('storage', function (event) {
		if (event.key === KEY || event.key === null) apply(read());
	});
	window.hedgedBetsAppearance = apply;
})();
