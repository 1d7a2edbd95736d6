/**
 * Opens a page on its address's hash now, and again each time the hash changes (a new quiz, code
 * or session in the same tab). Returns the cleanup for onMount: it stops listening, then runs
 * `dispose`.
 */
export function followHash(
	open: () => unknown,
	dispose?: () => void,
	target: EventTarget = window
): () => void {
	const reopen = () => void open();
	reopen();
	target.addEventListener('hashchange', reopen);
	return () => {
		target.removeEventListener('hashchange', reopen);
		dispose?.();
	};
}
