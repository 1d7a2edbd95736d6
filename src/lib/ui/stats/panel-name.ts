import { getContext, setContext } from 'svelte';

const KEY = Symbol('stats panel');

/** Names the charts and tables inside a stats panel after the panel (their test names). */
export function namePanelParts(id: () => string): void {
	setContext(KEY, id);
}

/** The name of the panel a chart or table stands in (its `data-chart` or `data-table`), read
 * through a getter; called while the chart or table is set up, as contexts must be. */
export function panelName(): () => string {
	return getContext<(() => string) | undefined>(KEY) ?? (() => '');
}
