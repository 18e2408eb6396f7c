#!/usr/bin/env node
// npm run bench: prints speed and size figures (medians; these machines are small and noisy).
// Sections: site build and page weights, Lighthouse, and any scripts/bench/<area>.mjs that exports bench().
// --peer runs only the Starlight comparison (scripts/bench/peer.mjs), which builds the atlas itself.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { printSite, timeBuilds } from './bench/site.mjs';
import { printLighthouse, runLighthouse } from './bench/lighthouse.mjs';
import { benchPeer } from './bench/peer.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    peer: { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    // Skips the synthetic 2,000-model site of the search bench (it takes a few minutes to build).
    'no-synthetic': { type: 'boolean', default: false },
    // Atlas sizes the atlas bench builds (issue 27); 500 and 2,000 take long, so only when asked: --models 150,500,2000.
    models: { type: 'string', default: '150' },
  },
});
const out = 'dist-bench';
const models = values.models.split(',').map(Number);
// The home page, a model page, and the two pages that have been hardest to keep at 100 (the lineage graph, the
// largest page; search, which renders its results at load), in both languages: some 15 s a page.
const LIGHTHOUSE_PAGES = ['', 'models/resnet/', 'lineage/', 'search/'];
const port = 4499;
const site = `http://127.0.0.1:${port}`;

if (values.peer) {
  console.log('━━ peer ━━');
  benchPeer({ runs: Number(values.runs) });
  process.exit(0);
}

console.log('━━ site ━━');
const build = timeBuilds(Number(values.runs), out);
printSite(out, build);

if (!values['no-lighthouse']) {
  console.log('\n━━ lighthouse ━━');
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', out, '--port', String(port), '--quiet'], {
    stdio: 'inherit',
  });
  await new Promise((r) => setTimeout(r, 800));
  try {
    printLighthouse(
      await runLighthouse(LIGHTHOUSE_PAGES.flatMap((p) => ['en', 'zh'].map((lang) => `${site}/${lang}/${p}`))),
    );
  } finally {
    server.kill();
  }
}

// Area benches written beside this one (map, search, charts, notation) add their own sections.
const areas = existsSync('scripts/bench')
  ? readdirSync('scripts/bench').filter((f) => f.endsWith('.mjs') && !['site.mjs', 'lighthouse.mjs'].includes(f))
  : [];
for (const file of areas.sort()) {
  const mod = await import(`./bench/${file}`);
  if (typeof mod.bench === 'function') {
    console.log(`\n━━ ${file.replace(/\.mjs$/, '')} ━━`);
    await mod.bench({ dist: out, models, ...(values['no-synthetic'] ? { synthetic: 0 } : {}) });
  }
}
