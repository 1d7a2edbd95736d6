import { loadBank } from './bank';
import type { BankIndex } from '$lib/bank/lookup';

/** A page's view of the question bank: the index once loaded, or why it could not be. */
export class BankLoader {
	index = $state.raw<BankIndex>();
	error = $state<unknown>();

	load = async (): Promise<void> => {
		this.error = undefined;
		try {
			this.index = await loadBank();
		} catch (error) {
			this.error = error;
		}
	};
}
