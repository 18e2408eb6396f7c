// Charts bench: for each chart page (compare, timeline, lineage, both languages) the JavaScript it loads
// beyond an ordinary page (gzipped, target ≤ 10 KB), its HTML weight, and the size of each static SVG chart;
// and the lineage graph's layout time on the real content (median of 5, target < 1 s: the build lays it out
// once per language).
// Called by scripts/bench.mjs as bench({ dist }); or alone: node scripts/bench/charts.mjs [--dist dist]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../../src/lib/content/load.ts';
import { byName } from '../../src/lib/atlas/sort.ts';
import { lineageGraph } from '../../src/lib/charts/lineage-graph.ts';

const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TARGET_JS_KB = 10;
const TARGET_LINEAGE_MS = 1000;
const PAGES = ['compare', 'timeline', 'lineage'].flatMap((p) => ['en', 'zh'].map((l) => `${l}/${p}/`));
/** An ordinary page: what it loads is the site's own chrome (theme, search), not a chart's. */
const BASELINE = 'en/about/';

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Scripts a page runs: inline ones by content, external modules with everything they import. */
function scriptsOf(dist, html) {
  const scripts = new Map();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(m[1])?.[1];
    if (!src) scripts.set(`inline:${m[2]}`, m[2]);
    else addModule(dist, src, scripts);
  }
  return scripts;
}

function addModule(dist, src, scripts) {
  const path = src.replace(/^\/+/, '').replace(/^.*?(_astro\/)/, '$1');
  if (scripts.has(path) || !existsSync(join(dist, path))) return;
  const code = readFileSync(join(dist, path), 'utf8');
  scripts.set(path, code);
  for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+)["']/g)) addModule(dist, `_astro/${m[1]}`, scripts);
}

export function measure(dist) {
  const read = (page) => readFileSync(join(dist, page, 'index.html'), 'utf8');
  const baseline = scriptsOf(dist, read(BASELINE));
  return PAGES.filter((p) => existsSync(join(dist, p, 'index.html'))).map((page) => {
    const html = read(page);
    const scripts = scriptsOf(dist, html);
    const added = [...scripts].filter(([key]) => !baseline.has(key));
    const svgs = [...html.matchAll(/<svg\b[^>]*data-chart="([^"]+)"[\s\S]*?<\/svg>/g)].map((m) => ({
      chart: m[1],
      bytes: Buffer.byteLength(m[0]),
      gz: gz(m[0]),
    }));
    return {
      page,
      html: { bytes: Buffer.byteLength(html), gz: gz(html) },
      jsAll: gz([...scripts.values()].join('\n')),
      jsAdded: added.length ? gz(added.map(([, code]) => code).join('\n')) : 0,
      addedFiles: added.map(([key]) => (key.startsWith('inline:') ? 'inline' : key)),
      svgs,
    };
  });
}

/** Median time of laying out the lineage graph of the real content. */
function lineageTime() {
  const content = loadContent(PROJECT);
  const models = content.models.map((m) => m.data).sort(byName);
  const directions = content.directions.map((d) => d.data);
  const times = [0, 1, 2, 3, 4].map(() => {
    const t0 = performance.now();
    lineageGraph(models, directions);
    return performance.now() - t0;
  });
  const g = lineageGraph(models, directions);
  return { ms: times.sort((a, b) => a - b)[2], nodes: g.layout.nodes.length, edges: g.edges.length };
}

export async function bench({ dist = 'dist' } = {}) {
  const lineage = lineageTime();
  console.log(
    `lineage layout: ${lineage.nodes} models, ${lineage.edges} links in median ${lineage.ms.toFixed(0)} ms (target < ${TARGET_LINEAGE_MS} ms)`,
  );
  const results = measure(resolve(PROJECT, dist));
  for (const r of results) {
    const ok = r.jsAdded <= TARGET_JS_KB * 1024;
    console.log(
      `${r.page.padEnd(14)} chart JS ${kb(r.jsAdded).padStart(8)} gz ${ok ? '✓' : '✗'} (target ≤ ${TARGET_JS_KB} KB; all JS on the page ${kb(r.jsAll)} gz)   HTML ${kb(r.html.bytes)} (${kb(r.html.gz)} gz)`,
    );
    for (const s of r.svgs)
      console.log(`${''.padEnd(14)} svg ${s.chart.padEnd(16)} ${kb(s.bytes).padStart(9)} (${kb(s.gz)} gz)`);
  }
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: process.env.ATLAS_DIST || 'dist' } } });
  const results = await bench({ dist: values.dist });
  if (results.some((r) => r.jsAdded > TARGET_JS_KB * 1024)) process.exitCode = 1;
}
