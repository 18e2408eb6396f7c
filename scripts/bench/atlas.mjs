// Atlas bench (issue 27): the whole pipeline — guard, pages, diagrams, map, search index, link check — at N
// models, on a synthetic atlas (scripts/bench/synthetic-atlas.mjs: the real content plus synthetic siblings of
// its entries; at N ≤ 152 the real content alone). For each N it builds once under GNU time into a temp folder
// with ATLAS_CONTENT, a cold Astro cache and no social cards cached, and prints wall and CPU time, peak memory, CPU per model and its
// ratio to the smallest N's, site size and MB per model, HTML pages, the map layout time on that content, and
// the bytes of a first search query in each language; then the build's phases from its log. The targets are
// issue 27's at N = 2,000, marked ✓/✗ at every N.
// A build that fails (the heap running out) is reported with how long it ran and what it used.
// Called by scripts/bench.mjs as bench({ models }) (by default only N = 150: the large builds take long); alone:
//   node scripts/bench/atlas.mjs [--models 150,500,2000] [--keep] [--heap-mb 8192]
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

/** Why a build failed, from the end of its log: the heap running out, or build.mjs's own message. */
function failure(log) {
  const text = existsSync(log) ? readFileSync(log, 'utf8') : '';
  if (/JavaScript heap out of memory/.test(text)) return 'JavaScript heap out of memory';
  return /Build failed: (.*)/.exec(text)?.[1] ?? 'see the build log';
}

/**
 * One N: generate, build cold under GNU time, measure; the folder is removed unless `keep`. `heapMb` raises
 * the V8 heap of the build's Node processes (NODE_OPTIONS), to measure an atlas that does not fit the default.
 */
async function measure(n, { keep, heapMb }) {
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
  const env = { ATLAS_CONTENT: content, ATLAS_BASE: '/', ATLAS_SOCIAL_CACHE: cards };
  if (heapMb) env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim();
  const started = new Date();
  try {
    const build = timeBuild(out, { env, log, failed: 'report' });
    const figures = { n: generated.models, specs: generated.specs, build, phases: phases(log, started) };
    if (build.failed) return { ...figures, failure: failure(log), log };
    return {
      ...figures,
      site: siteFigures(out),
      map: mapLayoutTimes(content),
      search: await firstQueries(out, { pagePath: 'models/resnet/', queries: QUERIES }),
      cards: cardsIn(cards),
      log: keep ? log : undefined,
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

const perModelMs = (r) => ((r.build.cpu ?? r.build.wall) * 1000) / r.n;

/** The figures of one N against issue 27's targets, each as text with its ✓/✗ (a failed build has fewer). */
function cells(r, base) {
  const b = r.build;
  const gb = (bytes) => `${(bytes / MB / 1024).toFixed(2)} GB`;
  const timed = b.cpu !== undefined;
  const c = {
    wall: `${b.wall.toFixed(0)} s ${mark(!r.failure && b.wall <= TARGETS.buildSeconds)}`,
    cpu: timed ? `${b.cpu.toFixed(0)} s` : '—',
    memory: timed ? `${gb(b.rss)} ${mark(b.rss <= TARGETS.peakBytes)}` : '—',
  };
  if (r.failure) return { ...c, outcome: `failed after ${b.wall.toFixed(0)} s: ${r.failure}` };
  const ratio = perModelMs(r) / base;
  const perModelSite = r.site.bytes / r.n;
  const slowerMap = Math.max(r.map.landscape, r.map.portrait);
  const worstQuery = Math.max(r.search.en.bytes, r.search.zh.bytes);
  return {
    ...c,
    perModel: `${perModelMs(r).toFixed(0)} ms, ${ratio.toFixed(2)}× ${mark(ratio <= TARGETS.perModelRatio)}`,
    site: `${(r.site.bytes / MB).toFixed(0)} MB, ${(perModelSite / MB).toFixed(2)}/model ${mark(perModelSite <= TARGETS.bytesPerModel)}`,
    pages: `${r.site.pages}`,
    map: `${r.map.landscape.toFixed(0)} / ${r.map.portrait.toFixed(0)} ms ${mark(slowerMap < TARGETS.mapMs)}`,
    query: `${(r.search.en.bytes / 1024).toFixed(0)} / ${(r.search.zh.bytes / 1024).toFixed(0)} KB ${mark(worstQuery <= TARGETS.firstQueryBytes)}`,
  };
}

function printRow(r, base) {
  const c = cells(r, base);
  const about = r.failure
    ? `${r.specs} layer specs`
    : `${r.specs} layer specs, ${r.map.stations} map stations, ${r.map.problems} map layout problem(s); ${r.cards} social cards rendered, none cached`;
  console.log(`\nN = ${r.n} (${about})`);
  console.log(`  build: wall ${c.wall} (≤ 600 s), CPU ${c.cpu}, peak memory ${c.memory} (≤ 4 GB)`);
  if (c.outcome) console.log(`  ✗ build ${c.outcome}`);
  else {
    console.log(`  per model: ${c.perModel} the smallest N's (≤ 1.3×, CPU or else wall time)`);
    console.log(`  site: ${c.site} (≤ 0.3 MB per model); ${c.pages} HTML pages, ${r.site.files} files`);
    console.log(`  map layout, landscape / portrait: ${c.map} (< 5 s)`);
    console.log(`  first search query "${QUERIES.en}" / "${QUERIES.zh}", gzipped: ${c.query} (≤ 100 KB)`);
  }
  if (r.phases.length > 0)
    console.log(`  phases (s from start, build log): ${r.phases.map((p) => `${p.name} ${p.seconds}`).join(', ')}`);
  if (r.log) console.log(`  build log: ${r.log}`);
}

/** Every N side by side, one figure a row, as issue 27's closing note wants them. */
function printTable(rows, base) {
  const all = rows.map((r) => cells(r, base));
  const lines = [
    ['wall', 'wall', '≤ 600 s'],
    ['CPU', 'cpu', ''],
    ['peak memory', 'memory', '≤ 4 GB'],
    ['CPU per model, × smallest N', 'perModel', '≤ 1.3×'],
    ['site, MB per model', 'site', '≤ 0.3 MB'],
    ['HTML pages', 'pages', ''],
    ['map layout (land / portrait)', 'map', '< 5 s'],
    ['first query en / zh (gzip)', 'query', '≤ 100 KB'],
  ];
  const width = Math.max(...all.flatMap((c) => lines.map(([, key]) => (c[key] ?? 'build failed').length)), 12);
  const row = (label, values, target) =>
    `  ${label.padEnd(30)}${values.map((v) => v.padEnd(width + 2)).join('')}${target}`;
  console.log(
    `\n${row(
      'N',
      rows.map((r) => String(r.n)),
      'target (N = 2,000)',
    )}`,
  );
  for (const [label, key, target] of lines)
    console.log(
      row(
        label,
        all.map((c) => c[key] ?? 'build failed'),
        target,
      ),
    );
}

/**
 * The bench section: one build per N in `models`, smallest first; the first N is the per-model baseline.
 * `heapMb` (optional) raises the build's V8 heap; the default is Node's (about 4 GB).
 */
export async function bench({ models = [150], keep = false, heapMb } = {}) {
  const sizes = [...new Set(models)].sort((a, b) => a - b);
  const rows = [];
  let base;
  for (const n of sizes) {
    console.log(`\nbuilding a ${n}-model atlas (ATLAS_CONTENT=<temp>/atlas-bench/n${n}/content, cold Astro cache)…`);
    const r = await measure(n, { keep, heapMb });
    if (!r.failure) base ??= perModelMs(r);
    rows.push(r);
    printRow(r, base);
  }
  if (rows.length > 1) printTable(rows, base);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      models: { type: 'string', default: '150,500,2000' },
      keep: { type: 'boolean', default: false },
      'heap-mb': { type: 'string' },
    },
  });
  await bench({
    models: values.models.split(',').map(Number),
    keep: values.keep,
    heapMb: values['heap-mb'] ? Number(values['heap-mb']) : undefined,
  });
}
