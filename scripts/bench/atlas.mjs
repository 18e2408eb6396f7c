// Atlas bench (issue 27): the whole pipeline — guard, pages, diagrams, map, search index, link check — at N
// models, on a synthetic atlas (scripts/bench/synthetic-atlas.mjs: the real content plus synthetic siblings of
// its entries; at N ≤ 152 the real content alone). For each N it builds once under GNU time into a temp folder
// with ATLAS_CONTENT, a cold Astro cache and no social cards cached, and prints wall and CPU time, peak memory, CPU per model and its
// ratio to the smallest N's, site size and MB per model, HTML pages, the map layout time on that content, and
// the bytes of a first search query in each language; then the build's phases from its log. The targets are
// issue 27's at N = 2,000, marked ✓/✗ at every N.
// Called by scripts/bench.mjs as bench({ models }) (by default only N = 150: the large builds take long); alone:
//   node scripts/bench/atlas.mjs [--models 150,500,2000] [--keep]
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { siteFigures, timeBuild } from './site.mjs';
import { firstQueries } from './search.mjs';
import { generateSyntheticAtlas } from './synthetic-atlas.mjs';
import { cacheDirOf, contentDirOf } from '../../src/lib/content/content-dir.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { loadMapHints } from '../../src/lib/metro/load-map.ts';
import { buildNetwork } from '../../src/lib/metro/network.ts';
import { layoutNetwork, layoutPortrait } from '../../src/lib/metro/layout.ts';
import { validateLayout } from '../../src/lib/metro/validate.ts';

const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const MB = 1024 * 1024;
const TARGETS = {
  buildSeconds: 10 * 60,
  peakBytes: 4 * 1024 * MB,
  perModelRatio: 1.3,
  bytesPerModel: 0.3 * MB,
  firstQueryBytes: 100 * 1024,
  mapMs: 5000,
};
/** The same queries at every N, so their bytes compare: both name a real entry every synthetic atlas keeps. */
const QUERIES = { en: 'resnet', zh: '残差' };
const LAYOUT_RUNS = 3;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mark = (ok) => (ok ? '✓' : '✗');

/** Median milliseconds of each map layout (landscape and portrait, English) on the content in `contentDir`. */
function mapLayoutTimes(contentDir) {
  const content = loadContent(PROJECT, contentDirOf(PROJECT, contentDir));
  const { network } = buildNetwork(
    content.directions.map((d) => d.data),
    content.models.map((m) => m.data),
    loadMapHints(contentDir),
  );
  const times = {};
  let problems = 0;
  for (const [orientation, lay] of [
    ['landscape', layoutNetwork],
    ['portrait', layoutPortrait],
  ]) {
    const runs = [];
    for (let i = 0; i < LAYOUT_RUNS; i++) {
      const t0 = performance.now();
      const layout = lay(network, { locale: 'en' });
      runs.push(performance.now() - t0);
      if (i === 0) problems += validateLayout(layout).length;
    }
    times[orientation] = median(runs);
  }
  return { ...times, stations: network.stations.size, problems };
}

/** The build's phases from its log: seconds from `started` (a Date) to each milestone Astro and build.mjs print. */
function phases(log, started) {
  const text = existsSync(log) ? readFileSync(log, 'utf8') : '';
  const milestones = [
    ['content guard done', /content ok:/],
    ['types generated', /\[types\] Generated/],
    ['vite bundle done', /\[vite\] ✓ built in/],
    ['static routes done', /^\d\d:\d\d:\d\d ✓ Completed in/],
    ['search index done', /search index:/],
    ['astro done', /\[build\] Complete!/],
    ['links and safety checked', /links and safety checked/],
  ];
  const stamp = (line) => /^(\d\d):(\d\d):(\d\d)/.exec(line);
  const lines = text.split('\n');
  const at = (m) => Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  const t0 = started.getHours() * 3600 + started.getMinutes() * 60 + started.getSeconds();
  return milestones.flatMap(([name, re]) => {
    const line = lines.find((l) => re.test(l) && stamp(l));
    return line ? [{ name, seconds: (at(stamp(line)) - t0 + 86400) % 86400 }] : [];
  });
}

/** Social cards in a cache folder (src/data/social.ts renders each card once and keeps it there). */
const cardsIn = (dir) => (existsSync(dir) ? readdirSync(dir).length : 0);

/** One N: generate, build cold under GNU time, measure; the folder is removed unless `keep`. */
async function measure(n, keep) {
  const dir = join(tmpdir(), 'atlas-bench', `n${n}`);
  const content = join(dir, 'content');
  const out = join(dir, 'site');
  rmSync(dir, { recursive: true, force: true });
  const generated = generateSyntheticAtlas(content, n);
  const cache = join(PROJECT, cacheDirOf(PROJECT, content));
  rmSync(cache, { recursive: true, force: true });
  const log = join(dir, 'build.log');
  // An empty social-card cache, as a fresh checkout has: every N renders all its cards, so per-model costs compare.
  const cards = join(dir, 'social-cards');
  const started = new Date();
  try {
    const build = timeBuild(out, { env: { ATLAS_CONTENT: content, ATLAS_BASE: '/', ATLAS_SOCIAL_CACHE: cards }, log });
    const site = siteFigures(out);
    const map = mapLayoutTimes(content);
    const search = await firstQueries(out, { pagePath: 'models/resnet/', queries: QUERIES });
    return {
      n: generated.models,
      specs: generated.specs,
      build,
      site,
      map,
      search,
      cards: cardsIn(cards),
      phases: phases(log, started),
      log: keep ? log : undefined,
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

function printRow(r, base) {
  const perModel = r.build.cpu !== undefined ? (r.build.cpu * 1000) / r.n : (r.build.wall * 1000) / r.n;
  const ratio = perModel / base;
  const perModelSite = r.site.bytes / r.n;
  const slowerMap = Math.max(r.map.landscape, r.map.portrait);
  const q = (lang) => `${lang} ${(r.search[lang].bytes / 1024).toFixed(1)} KB`;
  const worstQuery = Math.max(r.search.en.bytes, r.search.zh.bytes);
  console.log(
    `\nN = ${r.n} (${r.specs} layer specs, ${r.map.stations} map stations; ${r.cards} social cards rendered, none cached)`,
  );
  console.log(
    `  build: wall ${r.build.wall.toFixed(0)} s ${mark(r.build.wall <= TARGETS.buildSeconds)} (≤ 600 s)` +
      (r.build.cpu !== undefined
        ? `, CPU ${r.build.cpu.toFixed(0)} s, peak memory ${(r.build.rss / MB / 1024).toFixed(2)} GB ${mark(r.build.rss <= TARGETS.peakBytes)} (≤ 4 GB)`
        : ' (no /usr/bin/time: CPU and memory not measured)'),
  );
  console.log(
    `  per model: ${perModel.toFixed(0)} ms of ${r.build.cpu !== undefined ? 'CPU' : 'wall time'}, ${ratio.toFixed(2)}× the smallest N's ${mark(ratio <= TARGETS.perModelRatio)} (≤ 1.3×)`,
  );
  console.log(
    `  site: ${(r.site.bytes / MB).toFixed(1)} MB, ${(perModelSite / MB).toFixed(2)} MB per model ${mark(perModelSite <= TARGETS.bytesPerModel)} (≤ 0.3 MB); ${r.site.pages} HTML pages, ${r.site.files} files`,
  );
  console.log(
    `  map layout: landscape ${r.map.landscape.toFixed(0)} ms, portrait ${r.map.portrait.toFixed(0)} ms ${mark(slowerMap < TARGETS.mapMs)} (< 5 s); ${r.map.problems} layout problem(s)`,
  );
  console.log(
    `  first search query ("${QUERIES.en}", "${QUERIES.zh}"): ${q('en')}, ${q('zh')} gzipped ${mark(worstQuery <= TARGETS.firstQueryBytes)} (≤ 100 KB)`,
  );
  if (r.phases.length > 0)
    console.log(`  phases (s from start, build log): ${r.phases.map((p) => `${p.name} ${p.seconds}`).join(', ')}`);
  if (r.log) console.log(`  build log: ${r.log}`);
}

/** The bench section: one build per N in `models`, smallest first; the first N is the per-model baseline. */
export async function bench({ models = [150], keep = false } = {}) {
  const sizes = [...new Set(models)].sort((a, b) => a - b);
  let base;
  for (const n of sizes) {
    console.log(`\nbuilding a ${n}-model atlas (ATLAS_CONTENT=<temp>/atlas-bench/n${n}/content, cold Astro cache)…`);
    const r = await measure(n, keep);
    const perModel = ((r.build.cpu ?? r.build.wall) * 1000) / r.n;
    base ??= perModel;
    printRow(r, base);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { models: { type: 'string', default: '150,500,2000' }, keep: { type: 'boolean', default: false } },
  });
  await bench({ models: values.models.split(',').map(Number), keep: values.keep });
}
