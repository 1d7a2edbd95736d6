// What every screenshot script starts with: build/ served on a free port, the output folder made,
// and Chromium launched. `close` stops both.
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { createStaticServer } from './serve.js';

/** A served build/ at `base` and a browser to shoot it with. */
export async function screenshotSession(
	outDir: string
): Promise<{ base: string; browser: Browser; close: () => Promise<void> }> {
	const server = createStaticServer({ root: () => 'build' });
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	await mkdir(outDir, { recursive: true });
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	return {
		base,
		browser,
		close: async () => {
			await browser.close();
			server.close();
		}
	};
}
