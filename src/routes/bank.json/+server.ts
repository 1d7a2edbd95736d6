import { json } from '@sveltejs/kit';
import { rawBank } from '$lib/bank/data';
import { describeProblems, parseBank } from '$lib/bank/parse';

export const prerender = true;

/** The whole bank, validated at build time: an invalid bank fails the build, naming item and field. */
export function GET() {
	const result = parseBank(rawBank);
	if (!result.ok)
		throw new Error(`The question bank is invalid:\n${describeProblems(result.problems)}`);
	return json(result.bank);
}
