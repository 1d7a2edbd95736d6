// The one place JS asks whether to animate: the motion setting (data-motion on <html>, set by
// shell/appearance.js) wins; with none, the system's prefers-reduced-motion decides. CSS
// animations follow the same rule in app.css; code that animates (scrolling, charts) asks here.

/** Whether animation should be kept to a minimum now. */
export function reducedMotion(
	root: { dataset: DOMStringMap } = document.documentElement,
	media: (query: string) => { matches: boolean } = (query) => matchMedia(query)
): boolean {
	const chosen = root.dataset.motion;
	if (chosen === 'reduce' || chosen === 'full') return chosen === 'reduce';
	return media('(prefers-reduced-motion: reduce)').matches;
}
