// Written at build into SvelteKit's start script, around the import of the app's code
// (page-html.ts): the prerendered page is painted before that code is fetched and run, so a slow
// phone shows the page at once instead of after its longest task, and the first paint waits for
// no script (docs/architecture.md, "First paint"). Shipped without its comments, so kept short.
/**
 * @param {string[]} preload the page's modules, fetched side by side once it is painted
 * @param {() => void} start
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the start script it is written into
function afterFirstPaint(preload, start) {
	var started = false;
	function once() {
		if (started) return;
		started = true;
		preload.forEach(function (href) {
			var link = document.createElement('link');
			link.rel = 'modulepreload';
			link.href = href;
			document.head.appendChild(link);
		});
		start();
	}
	var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
	// A tab opened in the background paints nothing until it is shown, and a browser without
	// paint timing cannot say when it painted: either starts at once, as it always did.
	if (document.visibilityState !== 'visible' || types.indexOf('paint') < 0) return once();
	// Paint timing reported late (or a browser that lists it but refuses to observe it) must
	// not hold the page back for long.
	setTimeout(once, 500);
	try {
		new PerformanceObserver(once).observe({ type: 'paint', buffered: true });
	} catch {
		once();
	}
}
