// Search bench: first-query bytes (gzipped, UI included), time from the last keystroke to visible suggestions,
// time from navigation to the results page's first visible result (medians, headless Chromium, local gzip
// server), and index size; for the built site and for a synthetic atlas of 2,000 models (the real content and
// synthetic siblings of its entries, scripts/bench/synthetic-atlas.mjs) generated into a temp folder and built
// with ATLAS_CONTENT. Targets are issue 24's.
// Called by scripts/bench.mjs as bench({ dist }); or alone:
//   node scripts/bench/search.mjs [--dist dist] [--models 2000] [--no-synthetic] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { generateSyntheticAtlas } from './synthetic-atlas.mjs';
import { cacheDirOf } from '../../src/lib/content/content-dir.ts';

const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TARGET_FIRST_QUERY_KB = 100;
const TARGET_TYPING_MS = 150;
const TARGET_RESULTS_PAGE_MS = 300;
const SYNTHETIC_HEAP_MB = 8192;

/**
 * Queries on the real site: `first` are measured one by one on a fresh page (bytes of the first query);
 * `typed` are typed one after another (time to visible results): names, aliases, authors, ids, titles, terms;
 * `page` are opened as results-page URLs in a fresh browser context each (time to the first result).
 */
const REAL_QUERIES = {
  en: {
    first: ['resnet', 'Kaiming He'],
    typed: [
      'resnet',
      'Inception v1',
      'Kaiming He',
      '1512.03385',
      'A-Softmax',
      'MobileNets',
      'going deeper',
      'dlib',
      'face detection',
      'depthwise separable',
      'triplet loss',
      'InsightFace',
      'resnt',
      'ImageNet 2012 winner',
    ],
    page: ['resnet', 'Kaiming He', 'mobilnet', 'ImageNet 2012 winner', 'triplet loss', 'face detection', 'Fire module'],
  },
  zh: {
    first: ['残差', 'ResNet'],
    typed: [
      '残差',
      '人脸检测',
      '轻量级',
      '深度可分离卷积',
      'ResNet',
      'Szegedy',
      '多任务级联卷积神经网络',
      'Inception v1',
      '人脸对齐',
    ],
    page: ['残差', '人脸对齐', '轻量', 'ResNet', '深度可分离卷积'],
  },
};

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Sizes of the search output: per language Pagefind's prose index (index chunks, fragments, filters, metadata;
 * gzip already) and the atlas's field index (JSON, also given gzipped as served), and Pagefind's shared bundle.
 */
export function indexSize(dist) {
  const root = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8'));
  // Longest first, so a file of "zh-cn" is not taken for a language "zh".
  const codes = Object.keys(entry.languages).sort((a, b) => b.length - a.length);
  const languages = {};
  const fields = {};
  let bundle = 0;
  let total = 0;
  for (const file of walk(root)) {
    const size = statSync(file).size;
    total += size;
    const name = basename(file);
    if (file.includes(`${sep}atlas-index${sep}`)) {
      const lang = codes.find((c) => name === `${c}.json` || name.startsWith(`${c}-`)) ?? 'other';
      fields[lang] ??= { bytes: 0, gz: 0, files: 0 };
      fields[lang].bytes += size;
      fields[lang].gz += gzipSync(readFileSync(file), { level: 9 }).length;
      fields[lang].files += 1;
      continue;
    }
    const lang = /^(?:pagefind\.)?([a-z-]+)_[0-9a-f]+\.pf_/.exec(name)?.[1];
    if (!lang) {
      if (/^(pagefind\.js|pagefind-worker\.js|wasm\..*)$/.test(name)) bundle += size;
      continue;
    }
    const kind = name.endsWith('.pf_index')
      ? 'index'
      : name.endsWith('.pf_fragment')
        ? 'fragments'
        : name.endsWith('.pf_filter')
          ? 'filters'
          : 'meta';
    languages[lang] ??= { index: 0, fragments: 0, filters: 0, meta: 0, files: 0 };
    languages[lang][kind] += size;
    languages[lang].files += 1;
  }
  return { languages, fields, bundle, total };
}

/** Gzipped size of a response body; Pagefind's index files and wasm are gzip already and count as they are. */
const gzSize = (body) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body, { level: 9 }).length);

function classify(url) {
  const path = new URL(url).pathname;
  if (path.endsWith('/pagefind.js')) return 'pagefind.js';
  if (path.includes('/pagefind/wasm.')) return 'wasm';
  if (path.endsWith('.pf_index')) return 'index chunks';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'metadata';
  if (path.includes('/atlas-index/')) return 'field index';
  if (path.includes('/pagefind/')) return 'other pagefind';
  return 'UI code';
}

async function startServer(dist, port) {
  const server = spawn(
    process.execPath,
    [join(PROJECT, 'scripts/serve.mjs'), '--dir', dist, '--port', String(port), '--quiet'],
    { stdio: 'inherit' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/en/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`server for ${dist} did not start`);
}

/**
 * Types a query into the header box and resolves with ms from its last keystroke to the suggestions for it
 * being painted. The keystroke is timed at the field's input event (Chinese characters arrive as text input
 * without a keydown).
 */
async function typeAndTime(page, query) {
  const input = page.locator('#site-search');
  await input.fill('');
  await page.waitForFunction(() => !document.querySelector('#site-search-options')?.dataset.query);
  await page.evaluate((expected) => {
    const w = window;
    w.__bench = { t0: 0, t1: 0 };
    const list = document.querySelector('#site-search-options');
    const observer = new MutationObserver(() => {
      if (list.dataset.query === expected && !w.__bench.t1 && list.querySelector('[role="option"]')) {
        observer.disconnect();
        requestAnimationFrame(() => (w.__bench.t1 = performance.now()));
      }
    });
    observer.observe(list, { attributes: true, childList: true });
    if (!w.__benchListening) {
      document.addEventListener('input', () => (w.__bench.t0 = performance.now()), { capture: true });
      w.__benchListening = true;
    }
  }, query);
  await input.pressSequentially(query, { delay: 70 });
  await page.waitForFunction(() => window.__bench.t1 > 0, null, { timeout: 15_000 });
  return page.evaluate(() => window.__bench.t1 - window.__bench.t0);
}

/** Focuses the header box on a freshly opened page, types one query and counts every byte the search needed (gzipped). */
async function firstQuery(browser, url, query) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await page.keyboard.press('/');
    const ms = await typeAndTime(page, query);
    await page.waitForLoadState('networkidle');
    const byKind = {};
    let bytes = 0;
    for (const r of responses) {
      const size = gzSize(await r.body().catch(() => Buffer.alloc(0)));
      const kind = classify(r.url());
      byKind[kind] = (byKind[kind] ?? 0) + size;
      bytes += size;
    }
    return { query, bytes, requests: responses.length, byKind, ms };
  } finally {
    await context.close();
  }
}

/** Types each query on one page (search already loaded) and times it; then each once more, its index chunks cached. */
async function typingTimes(browser, url, queries) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await typeAndTime(page, queries[0]);
    const times = [];
    for (const q of queries.slice(1)) times.push(await typeAndTime(page, q));
    const warm = [];
    for (const q of queries.slice(1)) warm.push(await typeAndTime(page, q));
    return { times, medianMs: median(times), warmMedianMs: median(warm) };
  } finally {
    await context.close();
  }
}

/**
 * Opens the results page for each query in a fresh browser context (nothing cached) and resolves with ms from
 * navigation to its first result being painted; the median and every figure.
 */
async function resultsPageTimes(browser, url, queries) {
  // One unmeasured visit first: a fresh browser's first page also pays for starting a renderer, not the site.
  const warm = await browser.newContext();
  await (await warm.newPage()).goto(url);
  await warm.close();
  const times = [];
  for (const q of queries) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window;
        w.__firstResult = 0;
        const observer = new MutationObserver(() => {
          if (!w.__firstResult && document.querySelector('#search-page-results > li')) {
            w.__firstResult = -1;
            observer.disconnect();
            requestAnimationFrame(() => (w.__firstResult = performance.now()));
          }
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${url}?${new URLSearchParams({ q })}`);
      await page.waitForFunction(() => window.__firstResult > 0, null, { timeout: 15_000 });
      times.push({ q, ms: await page.evaluate(() => window.__firstResult) });
    } finally {
      await context.close();
    }
  }
  return { times, medianMs: median(times.map((t) => t.ms)) };
}

/** Runs `measure(browser, origin)` against `dist` served on `port` in headless Chromium, then stops both. */
async function withServedSite(dist, port, measure) {
  const server = await startServer(dist, port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    return await measure(browser, `http://127.0.0.1:${port}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

/** Per language: first-query bytes for each of `first` (fresh browser context each), then typing times over `typed`. */
async function measureSite(dist, { port, pagePath, queries }) {
  return withServedSite(dist, port, async (browser, origin) => {
    const results = {};
    for (const [lang, { first, typed, page }] of Object.entries(queries)) {
      const url = `${origin}/${lang}/${pagePath}`;
      const firsts = [];
      for (const q of first) firsts.push(await firstQuery(browser, url, q));
      const resultsPage = await resultsPageTimes(browser, `${origin}/${lang}/search/`, page);
      results[lang] = { firsts, ...(await typingTimes(browser, url, typed)), count: typed.length - 1, resultsPage };
    }
    return results;
  });
}

/**
 * Bytes of a first query (gzipped, UI included) on a freshly opened page of `dist`, one query per language:
 * `queries` is `{ en: 'resnet', zh: '残差' }`. Resolves with each language's `firstQuery` figures.
 */
export async function firstQueries(dist, { port = 4495, pagePath = 'models/resnet/', queries }) {
  return withServedSite(dist, port, async (browser, origin) => {
    const results = {};
    for (const [lang, q] of Object.entries(queries))
      results[lang] = await firstQuery(browser, `${origin}/${lang}/${pagePath}`, q);
    return results;
  });
}

function printSite(label, size, measured) {
  // Times scale with the machine's load: on a shared machine a figure means little without it.
  const load = `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
  console.log(`\n${label}, measured at ${load}`);
  for (const [lang, r] of Object.entries(measured)) {
    for (const f of r.firsts) {
      const parts = Object.entries(f.byKind)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ');
      const ok = f.bytes <= TARGET_FIRST_QUERY_KB * 1024 ? '✓' : '✗';
      console.log(
        `  /${lang}/ first query "${f.query}": ${kb(f.bytes)} gz in ${f.requests} requests ${ok} (target ≤ ${TARGET_FIRST_QUERY_KB} KB); visible ${f.ms.toFixed(0)} ms after the last keystroke`,
      );
      console.log(`      ${parts}`);
    }
    const ok = r.medianMs <= TARGET_TYPING_MS ? '✓' : '✗';
    console.log(
      `  /${lang}/ last keystroke → suggestions visible: median ${r.medianMs.toFixed(0)} ms over ${r.count} typed queries ${ok} (target ≤ ${TARGET_TYPING_MS} ms); typed again ${r.warmMedianMs.toFixed(0)} ms; slowest ${Math.max(...r.times).toFixed(0)} ms`,
    );
    const page = r.resultsPage;
    const okPage = page.medianMs <= TARGET_RESULTS_PAGE_MS ? '✓' : '✗';
    console.log(
      `  /${lang}/search/?q=… navigation → first result: median ${page.medianMs.toFixed(0)} ms over ${page.times.length} queries ${okPage} (target ≤ ${TARGET_RESULTS_PAGE_MS} ms)`,
    );
    console.log(`      ${page.times.map((t) => `${t.q} ${t.ms.toFixed(0)}`).join(', ')}`);
  }
  const langs = Object.entries(size.languages)
    .map(
      ([lang, s]) =>
        `${lang}: index ${kb(s.index)}, fragments ${kb(s.fragments)}, filters ${kb(s.filters)}, metadata ${kb(s.meta)}`,
    )
    .join('\n      ');
  const fieldIndex = Object.entries(size.fields)
    .map(([lang, f]) => `${lang}: ${kb(f.bytes)} (${kb(f.gz)} gz) in ${f.files} files`)
    .join('\n      ');
  console.log(
    `  index size on disk: ${kb(size.total)} in pagefind/, of which Pagefind's bundle (js + wasm) ${kb(size.bundle)}`,
  );
  console.log(`    prose index (Pagefind, compressed as stored):\n      ${langs}`);
  console.log(`    field index (names, aliases, authors, titles, results; JSON):\n      ${fieldIndex}`);
}

function buildSynthetic(count, keep) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-search-bench-'));
  const content = join(dir, 'content');
  const out = join(dir, 'site');
  const { queries } = generateSyntheticAtlas(content, count);
  const t0 = performance.now();
  const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/build.mjs'), '--out', out], {
    cwd: PROJECT,
    encoding: 'utf8',
    // A 2,000-model atlas with real entries' formulas does not fit Node's default heap (the atlas bench reports
    // it); this bench is about search, so the build gets room.
    env: {
      ...process.env,
      ATLAS_CONTENT: content,
      ATLAS_BASE: '/',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${SYNTHETIC_HEAP_MB}`.trim(),
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  // Astro's cache for this one-off content folder would otherwise stay in node_modules/ after every run.
  rmSync(join(PROJECT, cacheDirOf(PROJECT, content)), { recursive: true, force: true });
  if (result.status !== 0) {
    if (!keep) rmSync(dir, { recursive: true, force: true });
    throw new Error(`synthetic build failed:\n${(result.stdout + result.stderr).split('\n').slice(-30).join('\n')}`);
  }
  const pageLine = /search index: .*/.exec(result.stdout)?.[0] ?? '';
  return { dir, out, queries, seconds, pageLine };
}

/** The bench section: the built site in `dist`, then (unless `synthetic` is 0) a synthetic site of that many models. */
export async function bench({ dist = 'dist', synthetic = 2000, keep = false, port = 4497 } = {}) {
  const real = resolve(PROJECT, dist);
  if (!existsSync(join(real, 'pagefind', 'pagefind.js'))) throw new Error(`no search index in ${real}: build first`);
  const figures = {};
  const measured = await measureSite(real, { port, pagePath: 'models/resnet/', queries: REAL_QUERIES });
  figures.site = { size: indexSize(real), measured };
  printSite(`built site (${dist}/)`, figures.site.size, measured);

  if (synthetic > 0) {
    console.log(`\nbuilding a synthetic site of ${synthetic} models (ATLAS_CONTENT=<temp>/content)…`);
    const built = buildSynthetic(synthetic, keep);
    try {
      console.log(`  built in ${built.seconds.toFixed(0)} s; ${built.pageLine}`);
      const m = await measureSite(built.out, { port: port + 1, pagePath: 'models/syn-0001/', queries: built.queries });
      figures.synthetic = { size: indexSize(built.out), measured: m, buildSeconds: built.seconds };
      printSite(
        `synthetic site (${synthetic} models${keep ? `, kept in ${built.dir}` : ''})`,
        figures.synthetic.size,
        m,
      );
    } finally {
      if (!keep) rmSync(built.dir, { recursive: true, force: true });
    }
  }
  return figures;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: process.env.ATLAS_DIST || 'dist' },
      models: { type: 'string', default: '2000' },
      'no-synthetic': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  await bench({ dist: values.dist, synthetic: values['no-synthetic'] ? 0 : Number(values.models), keep: values.keep });
}
