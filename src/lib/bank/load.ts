import { indexBank, type BankIndex } from './lookup';
import { describeProblems, parseBank } from './parse';

/** Why the bank could not be used, in words for the person using the app. */
export class BankLoadError extends Error {
	constructor(
		message: string,
		readonly details: string[] = []
	) {
		super(message);
		this.name = 'BankLoadError';
	}
}

const BANK_URL = '/bank.json';

/**
 * Downloads the bank with the `fetch` it is given and accepts it only if it passes `parseBank`
 * whole: a broken deployment gets a clear error, never a half-valid bank.
 */
export async function fetchBank(fetchFn: typeof fetch, url = BANK_URL): Promise<BankIndex> {
	let response: Response;
	try {
		response = await fetchFn(url);
	} catch {
		throw new BankLoadError(
			'The questions could not be downloaded. Check your connection and try again.'
		);
	}
	if (!response.ok)
		throw new BankLoadError(
			`The questions could not be loaded (the server answered ${response.status}).`
		);
	let data: unknown;
	try {
		data = await response.json();
	} catch {
		throw new BankLoadError('The question file is damaged: it is not valid JSON.');
	}
	const result = parseBank(data);
	if (!result.ok)
		throw new BankLoadError(
			'The question file failed its checks, so the app will not use any of it.',
			describeProblems(result.problems, 5).split('\n')
		);
	return indexBank(result.bank);
}
