import type { Bank } from '../schema';
import type { ExportSelection } from './fields';

/** The selection in the shape `/bank.json` serves (so `parseBank` reads it back), tab-indented. */
export function jsonExport(selection: ExportSelection): string {
	const bank: Bank = {
		version: selection.bankVersion,
		facts: selection.facts,
		items: selection.items
	};
	return JSON.stringify(bank, null, '\t') + '\n';
}
