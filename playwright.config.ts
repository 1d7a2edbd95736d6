import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const jsonReport = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME;

export default defineConfig({
	testDir: 'tests',
	testMatch: /.*\.e2e\.ts/,
	workers: 1,
	fullyParallel: false,
	forbidOnly: true,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: jsonReport ? [['list'], ['json', { outputFile: jsonReport }]] : [['list']],
	globalSetup: './tests/global-setup.ts',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure'
	},
	webServer: {
		command: `node scripts/serve.js build --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		stdout: 'ignore'
	}
});
