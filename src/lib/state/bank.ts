import { fetchBank } from '$lib/bank/load';
import type { BankIndex } from '$lib/bank/lookup';

let shared: Promise<BankIndex> | undefined;

/**
 * The bank for this page session, fetched once from `/bank.json` (precached, so it works
 * offline); a failed load is retried on the next call.
 */
export function loadBank(): Promise<BankIndex> {
	shared ??= fetchBank((input, init) => fetch(input, init)).catch((error: unknown) => {
		shared = undefined;
		throw error;
	});
	return shared;
}
