// Lighthouse (mobile preset) on served pages, in Debian's Chromium. Below 100 in performance, a row says
// which metrics cost the score (the scores are noisy on these shared machines; the metrics say why).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// The metrics the performance score is made of, as Lighthouse names their audits.
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

/** The metrics that did not score full marks, worst first, e.g. "CLS 0.271, TBT 170 ms". */
function costs(audits) {
  return Object.entries(METRICS)
    .map(([id, name]) => ({ name, audit: audits[id] }))
    .filter((m) => m.audit && m.audit.score !== null && m.audit.score < 0.99)
    .sort((a, b) => a.audit.score - b.audit.score)
    .map((m) => `${m.name} ${m.audit.displayValue}`);
}

export async function runLighthouse(urls) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const rows = [];
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const lhr = result.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      rows.push({ url, ...scores, failing, costs: costs(lhr.audits) });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

export function printLighthouse(rows) {
  console.log('\nLighthouse (mobile preset; target: 100 in all four, issue 27):');
  console.log('  page                                   perf  a11y  best  seo');
  for (const r of rows) {
    const path = new URL(r.url).pathname.padEnd(38);
    console.log(
      `  ${path} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r['best-practices']).padStart(4)}  ${String(r.seo).padStart(4)}`,
    );
    if (r.performance < 100 && r.costs.length) console.log(`      performance costs: ${r.costs.join(', ')}`);
    if (r.failing.length) console.log(`      failing audits: ${r.failing.join(', ')}`);
  }
}
