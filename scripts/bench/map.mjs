// Map bench, both layouts (landscape and portrait): layout time of the real map (median, both languages;
// target < 300 ms), a synthetic map of 2,000 stations on 30 lines (target < 5 s without overlaps), each map
// SVG gzipped (target ≤ 60 KB) and the map's JavaScript gzipped (target ≤ 25 KB, loaded only once the map is
// visible).
// Called by scripts/bench.mjs as bench({ dist }); or alone: node scripts/bench/map.mjs [--dist dist]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../../src/lib/content/load.ts';
import { loadMapHints } from '../../src/lib/metro/load-map.ts';
import { buildNetwork } from '../../src/lib/metro/network.ts';
import { layoutNetwork, layoutPortrait } from '../../src/lib/metro/layout.ts';
import { renderMapSvg } from '../../src/lib/metro/svg.ts';
import { syntheticAtlas } from '../../src/lib/metro/synthetic.ts';
import { validateLayout } from '../../src/lib/metro/validate.ts';

const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (s) => gzipSync(s, { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), result };
}

/** The map's scripts in a build: the loader on the map page and every chunk it reaches. */
function mapScripts(dist) {
  const page = join(dist, 'en', 'map', 'index.html');
  if (!existsSync(page)) return undefined;
  const html = readFileSync(page, 'utf8');
  const loaders = [...html.matchAll(/<script\b[^>]*src="[^"]*\/_astro\/([^"]*Metro[^"]*\.js)"/g)].map((m) => m[1]);
  const seen = new Map();
  const visit = (file, lazy) => {
    if (seen.has(file)) return;
    const path = join(dist, '_astro', file);
    if (!existsSync(path)) return;
    const code = readFileSync(path, 'utf8');
    seen.set(file, { bytes: gz(code), lazy });
    for (const m of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) visit(m[1], true);
    for (const m of code.matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) visit(m[1], lazy);
    // Vite's preload helper lists lazily imported chunks by name.
    for (const m of code.matchAll(/["'`]_astro\/([^"'`]+\.js)["'`]/g)) visit(m[1], true);
  };
  for (const l of loaders) visit(l, false);
  return [...seen.entries()].map(([file, v]) => ({ file, ...v }));
}

export async function bench({ dist = 'dist', runs = 9 } = {}) {
  const content = loadContent(PROJECT);
  const directions = content.directions.map((d) => d.data);
  const models = content.models.map((m) => m.data);
  const { network } = buildNetwork(directions, models, loadMapHints(join(PROJECT, 'content')));
  const layouts = { landscape: layoutNetwork, portrait: layoutPortrait };

  for (const [orientation, lay] of Object.entries(layouts)) {
    for (const locale of ['en', 'zh-CN']) {
      const t = time(() => lay(network, { locale }), runs);
      const problems = validateLayout(t.result).length;
      const b = t.result.bounds;
      console.log(
        `real map, ${orientation} (${locale}): ${network.stations.size} stations, ${network.lines.length} lines laid out in median ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)}; target < 300 ms); ${Math.round(b.x1 - b.x0)}×${Math.round(b.y1 - b.y0)} px, ${t.result.iterations} pass(es), ${problems} problem(s)`,
      );
    }
  }

  for (const [orientation, lay] of Object.entries(layouts)) {
    const synth = [1, 2, 3].map((seed) => {
      const atlas = syntheticAtlas({ lines: 30, stations: 2000, seed });
      const net = buildNetwork(atlas.directions, atlas.models, atlas.hints).network;
      const t = time(() => lay(net, { locale: 'en' }), 1);
      return { ms: t.median, problems: validateLayout(t.result).length };
    });
    console.log(
      `synthetic map, 2,000 stations on 30 lines, ${orientation} (3 seeds): median ${median(synth.map((s) => s.ms)).toFixed(0)} ms, slowest ${Math.max(...synth.map((s) => s.ms)).toFixed(0)} ms (target < 5 s); overlaps and other problems: ${synth.reduce((n, s) => n + s.problems, 0)} (target 0)`,
    );
  }

  const page = join(dist, 'en', 'map', 'index.html');
  const html = existsSync(page) ? readFileSync(page, 'utf8') : '';
  for (const [orientation, lay] of Object.entries(layouts)) {
    const svg = renderMapSvg(lay(network, { locale: 'en' }), {
      idPrefix: orientation === 'portrait' ? 'mapv' : 'map',
      href: (id) => `/en/models/${id}/`,
      labelledBy: 'map-title',
    });
    const m = new RegExp(`<div class="metro-frame metro-frame--${orientation}">([\\s\\S]*?</svg>)</div>`).exec(html);
    const built = m ? `; as built in ${dist}/en/map/: ${kb(gz(m[1]))} gzipped` : '';
    console.log(`map SVG, ${orientation}: ${kb(svg.length)} raw, ${kb(gz(svg))} gzipped (target ≤ 60 KB)${built}`);
  }

  const scripts = mapScripts(dist);
  if (!scripts) {
    console.log(`map JavaScript: no build in ${dist}/ (run npm run build first)`);
    return;
  }
  const eager = scripts.filter((s) => !s.lazy).reduce((n, s) => n + s.bytes, 0);
  const lazy = scripts.filter((s) => s.lazy).reduce((n, s) => n + s.bytes, 0);
  console.log(
    `map JavaScript: ${kb(eager + lazy)} gzipped in all (target ≤ 25 KB): loader ${kb(eager)} with the page, ${kb(lazy)} fetched once the map is visible (${scripts.map((s) => s.file.replace(/\.[\w-]+\.js$/, '')).join(', ')})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  await bench({ dist: values.dist });
}
