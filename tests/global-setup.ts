import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BUILD_DIR, NEXT_BUILD_DIR, buildVersion } from './builds';

function viteBuild(env: Record<string, string>) {
	execFileSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
		{
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, ...env }
		}
	);
}

/**
 * Tests run against the production build (the service worker only exists there). The update test
 * needs a second, newer build of the same code: made here once, with another version id.
 */
export default function globalSetup() {
	if (!existsSync(`${BUILD_DIR}/index.html`)) viteBuild({ BUILD_DIR });
	viteBuild({ BUILD_DIR: NEXT_BUILD_DIR, APP_VERSION: `${buildVersion(BUILD_DIR)}-next` });
}
