import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';
import { createStaticServer } from './scripts/serve.js';
const server = createStaticServer({ root: () => process.argv[2] });
await new Promise((d) => server.listen(0, '127.0.0.1', d));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=9334`] });
try {
  const r = await lighthouse(origin + '/', { port: 9334, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r.lhr.audits;
  console.log('FCP', a['first-contentful-paint'].numericValue, 'LCP', a['largest-contentful-paint'].numericValue, 'SI', a['speed-index'].numericValue, 'TBT', a['total-blocking-time'].numericValue);
  console.log(JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet));
  console.log(JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[1]?.items));
  console.log(JSON.stringify(a['render-blocking-resources']?.details?.items?.map(i=>i.url)));
  console.log(JSON.stringify(a['critical-request-chains']?.details?.longestChain));
  for (const [k,v] of Object.entries(a)) if (v.score !== null && v.score < 1 && v.scoreDisplayMode!=='informative') console.log('FAIL', k, v.score, v.displayValue);
} finally { await browser.close(); server.close(); }
