import { readFileSync } from 'node:fs';

/** The build every test runs against, and the newer one the update test switches to. */
export const BUILD_DIR = 'build';
export const NEXT_BUILD_DIR = 'build-next';

/** The version id SvelteKit wrote into a build. */
export function buildVersion(dir: string): string {
	const file = `${dir}/_app/version.json`;
	return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
