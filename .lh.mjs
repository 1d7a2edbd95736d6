import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '/work/wt-nav/scripts/chromium.js';
import { createStaticServer } from '/work/wt-nav/scripts/serve.js';
import { lighthouseScores, DEBUG_PORT } from '/work/wt-nav/bench/app.js';
const root = process.argv[2];
const server = createStaticServer({ root: () => root });
await new Promise((d) => server.listen(0, '127.0.0.1', d));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`] });
try {
  const r = await lighthouseScores(origin, process.argv[3] ?? '/');
  const { runs, ...rest } = r;
  console.log(JSON.stringify(rest));
  for (const run of runs) console.log(run.fcp.toFixed(0), run.lcp.toFixed(0), run.requests, run.performance);
  console.log(runs[0].urls.map((u) => u.replace(origin, '')).join('\n'));
} finally { await browser.close(); server.close(); }
