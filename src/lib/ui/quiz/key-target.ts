import type { KeyTarget } from '$lib/state/quiz-player.svelte';

/** Where on the quiz page a key was pressed, as `QuizPlayer.press` reads it. */
export function keyTarget(target: EventTarget | null): KeyTarget {
	if (!(target instanceof Element)) return 'page';
	if (target.matches('input[type="text"]')) return 'text';
	if (target.matches('select, textarea')) return 'list';
	if (target.matches('button, a')) return 'button';
	return 'page';
}
