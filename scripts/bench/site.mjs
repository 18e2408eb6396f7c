// Site figures: build time (median of N), pages, dist/ size, and per page type the HTML / CSS / JS bytes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function timeBuilds(runs, out) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error('build failed: run npm run build to see why');
    times.push((performance.now() - t0) / 1000);
  }
  return { times, median: median(times) };
}

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

export function printSite(dist, build) {
  const { pages, files, bytes } = siteFigures(dist);
  console.log(
    `build time: median ${build.median.toFixed(1)} s of ${build.times.length} (${build.times.map((t) => t.toFixed(1)).join(', ')})`,
  );
  console.log(`pages built: ${pages} HTML pages, ${files} files, dist/ ${kb(bytes)}`);
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
}
