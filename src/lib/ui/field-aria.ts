/**
 * What a form field tells assistive technology about its words: it is described by its hint
 * (when it has one) and, while there is a problem, by the problem's message too, and it is
 * marked invalid. Spread on the input: `<input {...fieldAria(problem, 'name-problem')} />`.
 */
export function fieldAria(
	problem: unknown,
	problemId: string,
	hintId?: string
): { 'aria-invalid': 'true' | undefined; 'aria-describedby': string | undefined } {
	const ids = [hintId, problem ? problemId : undefined].filter(Boolean).join(' ');
	return { 'aria-invalid': problem ? 'true' : undefined, 'aria-describedby': ids || undefined };
}
