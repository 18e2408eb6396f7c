// Site figures (issue 27's targets): the real build's wall and CPU time and peak memory (median of N runs),
// CPU per page, pages, dist/ size and its diagrams, and per page type the HTML / CSS / JS bytes, with the
// model page's bytes before interaction. CPU and memory come from GNU time (/usr/bin/time), which counts the
// build's child processes (Astro, Pagefind) as Node's own counters cannot; without it only wall time prints.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const GNU_TIME = '/usr/bin/time';
const BUILD_TARGET_S = 60;
const SITE_PER_MODEL_TARGET = 0.3 * 1024 * 1024;

/**
 * One real build: wall seconds, and where GNU time is there CPU seconds (user + system) and peak RSS in bytes.
 * The atlas's build by default; `build` (a command line) run in `cwd` times another site's (the Starlight peer).
 */
export function timeBuild(out, { build = [process.execPath, 'scripts/build.mjs', '--out', out], cwd } = {}) {
  const report = `${out}.time-${process.pid}`;
  const timed = existsSync(GNU_TIME);
  const t0 = performance.now();
  const r = timed
    ? spawnSync(GNU_TIME, ['-f', '%U %S %M', '-o', report, ...build], { stdio: 'ignore', cwd })
    : spawnSync(build[0], build.slice(1), { stdio: 'ignore', cwd });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0)
    throw new Error(`build failed: run ${cwd ? `${build.join(' ')} in ${cwd}` : 'npm run build'} to see why`);
  if (!timed) return { wall };
  const [user, system, rssKb] = readFileSync(report, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  rmSync(report, { force: true });
  return { wall, cpu: user + system, rss: rssKb * 1024 };
}

export function timeBuilds(runs, out) {
  const builds = Array.from({ length: runs }, () => timeBuild(out));
  const times = builds.map((b) => b.wall);
  const of = (key) => (builds.every((b) => b[key] !== undefined) ? median(builds.map((b) => b[key])) : undefined);
  return { times, median: median(times), cpu: of('cpu'), rss: of('rss') };
}

const size = (path) => (existsSync(path) ? walk(path).reduce((a, f) => a + statSync(f).size, 0) : 0);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Bytes a page needs before it can render: its HTML plus the stylesheets and scripts it references. */
export function pageWeight(dist, page) {
  const html = readFileSync(join(dist, page));
  const text = html.toString();
  const asset = (re) =>
    [...text.matchAll(re)]
      .map((m) => m[1])
      .filter((u) => u.startsWith('/'))
      .map((u) => readFileSync(join(dist, u)));
  const css = asset(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = asset(/<script[^>]+src="([^"]+)"/g);
  const inlineJs = [...text.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]));
  const sum = (bufs) => ({
    raw: bufs.reduce((a, b) => a + b.length, 0),
    gz: bufs.reduce((a, b) => a + gzipSync(b).length, 0),
  });
  return { html: sum([html]), css: sum(css), js: sum([...js, ...inlineJs]) };
}

export function siteFigures(dist) {
  const files = walk(dist);
  const pages = files.filter((f) => f.endsWith('.html'));
  const bytes = files.reduce((a, f) => a + statSync(f).size, 0);
  return { pages: pages.length, files: files.length, bytes };
}

/** Model pages in English: the folders of en/models/ whose page is not an alias's redirect. */
function modelCount(dist) {
  const dir = join(dist, 'en/models');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).filter(
    (e) => e.isDirectory() && !readFileSync(join(dir, e.name, 'index.html'), 'utf8').includes('http-equiv="refresh"'),
  ).length;
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function printSite(dist, build) {
  const { pages, files, bytes } = siteFigures(dist);
  const verdict = (ok) => (ok ? '✓' : '✗');
  console.log(
    `build time: median ${build.median.toFixed(1)} s of ${build.times.length} (${build.times.map((t) => t.toFixed(1)).join(', ')}) ${verdict(build.median <= BUILD_TARGET_S)} (target ≤ ${BUILD_TARGET_S} s)`,
  );
  if (build.cpu !== undefined)
    console.log(
      `build CPU: median ${build.cpu.toFixed(1)} s (user + system, with Pagefind), ${((build.cpu * 1000) / pages).toFixed(0)} ms per HTML page; peak memory ${mb(build.rss)}`,
    );
  const models = modelCount(dist);
  console.log(`pages built: ${pages} HTML pages, ${files} files, dist/ ${mb(bytes)}`);
  console.log(
    `  diagrams/ ${mb(size(join(dist, 'diagrams')))}, og/ ${mb(size(join(dist, 'og')))}, pagefind/ ${mb(size(join(dist, 'pagefind')))}; ` +
      `${(bytes / 1024 / 1024 / Math.max(models, 1)).toFixed(2)} MB per model (${models} models) ${verdict(bytes / Math.max(models, 1) <= SITE_PER_MODEL_TARGET)} (target ≤ 0.3 MB)`,
  );
  const types = {
    home: 'en/index.html',
    direction: 'en/directions/classification/index.html',
    model: 'en/models/resnet/index.html',
    index: 'en/models/index.html',
  };
  console.log('\nper page type (raw / gzipped):');
  console.log('  type        HTML                CSS                 JS');
  for (const [type, page] of Object.entries(types)) {
    const w = pageWeight(dist, page);
    const cell = (x) => `${kb(x.raw)} / ${kb(x.gz)}`.padEnd(20);
    console.log(`  ${type.padEnd(11)} ${cell(w.html)}${cell(w.css)}${cell(w.js)}`);
  }
  const model = pageWeight(dist, types.model);
  console.log(`\nmodel page blocking CSS: ${kb(model.css.gz)} gzipped (target ≤ 15 KB)`);
  console.log(
    `model page (ResNet) bytes before interaction, HTML + CSS + JS: ${kb(model.html.gz + model.css.gz + model.js.gz)} gzipped, ${kb(model.html.raw + model.css.raw + model.js.raw)} raw (target ≤ 0.6× the Starlight peer's page; the peer is not built here)`,
  );
}
