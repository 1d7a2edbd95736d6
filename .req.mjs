import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '/work/wt-nav/scripts/chromium.js';
import { createStaticServer } from '/work/wt-nav/scripts/serve.js';
process.chdir(process.env.CWD ?? '/work/wt-nav');
const server = createStaticServer({ root: () => 'build' });
await new Promise((d) => server.listen(0, '127.0.0.1', d));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ ...devices['Pixel 5'], serviceWorkers: process.env.SW ? 'allow' : 'block' });
const page = await context.newPage();
const reqs = [];
page.on('request', (r) => reqs.push(r.url().replace(base, '')));
await page.goto(base + (process.argv[2] ?? '/'), { waitUntil: 'networkidle' });
await page.waitForSelector('html[data-hydrated]');
await page.waitForLoadState('networkidle');
let js = 0, css = 0;
for (const u of reqs) {
  const p = new URL(u, base).pathname;
  const f = join('build', p);
  const g = /\.(js|css)$/.test(p) && existsSync(f) ? gzipSync(readFileSync(f)).length : 0;
  if (p.endsWith('.css')) css += g; else if (p.endsWith('.js')) js += g;
  console.log(u, g || '');
}
console.log('requests', reqs.length, 'js', js, 'css', css, 'total', js + css, 'headroom', 40960 - js - css);
await browser.close(); server.close();
