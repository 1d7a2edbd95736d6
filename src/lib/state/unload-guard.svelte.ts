/**
 * While `active()` holds (a change not stored yet), leaving the page asks first. Call it while
 * a component is set up; the listener is there only while needed.
 */
export function guardUnload(active: () => boolean): void {
	$effect(() => {
		if (!active()) return;
		const ask = (event: BeforeUnloadEvent) => event.preventDefault();
		addEventListener('beforeunload', ask);
		return () => removeEventListener('beforeunload', ask);
	});
}
