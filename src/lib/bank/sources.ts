import type { Source } from './schema';

// Apart from schema.ts so that the pages showing passages do not pull in the validator.

/** Anything that cites the article: its primary passage and any further ones (`also`). */
export interface Cited {
	source: Source;
	also?: Source[];
}

/** Every passage something cites, the primary one first. */
export function sourcesOf(cited: Cited): Source[] {
	return cited.also ? [cited.source, ...cited.also] : [cited.source];
}
