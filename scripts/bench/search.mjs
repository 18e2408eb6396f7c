// Search bench: first-query bytes (gzipped, UI included), time from the last keystroke to visible results
// (median, headless Chromium, local server), and index size; for the built site and for a synthetic site
// of 2,000 models generated into a temp folder and built with ATLAS_CONTENT.
// Called by scripts/bench.mjs as bench({ dist }); or alone:
//   node scripts/bench/search.mjs [--dist dist] [--models 2000] [--no-synthetic] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { random } from '../../src/lib/metro/synthetic.ts';

const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TARGET_FIRST_QUERY_KB = 120;
const TARGET_MEDIAN_MS = 300;

/**
 * Queries on the real site: `first` are measured one by one on a fresh page (bytes of the first query);
 * `typed` are typed one after another (time to visible results): names, aliases, authors, ids, titles, terms.
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
    ],
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
    ],
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

/** Sizes of the Pagefind output: per language (index chunks, fragments, filters, metadata) and the shared bundle. */
export function indexSize(dist) {
  const root = join(dist, 'pagefind');
  const languages = {};
  let bundle = 0;
  let total = 0;
  for (const file of walk(root)) {
    const size = statSync(file).size;
    total += size;
    const name = basename(file);
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
  return { languages, bundle, total };
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
  if (path.includes('/atlas-records/')) return 'page records';
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

/** Per language: first-query bytes for each of `first` (fresh browser context each), then typing times over `typed`. */
async function measureSite(dist, { port, pagePath, queries }) {
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
    const results = {};
    for (const [lang, { first, typed }] of Object.entries(queries)) {
      const url = `http://127.0.0.1:${port}/${lang}/${pagePath}`;
      const firsts = [];
      for (const q of first) firsts.push(await firstQuery(browser, url, q));
      results[lang] = { firsts, ...(await typingTimes(browser, url, typed)), count: typed.length - 1 };
    }
    return results;
  } finally {
    await browser.close();
    server.kill();
  }
}

function printSite(label, size, measured) {
  console.log(`\n${label}`);
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
    const ok = r.medianMs <= TARGET_MEDIAN_MS ? '✓' : '✗';
    console.log(
      `  /${lang}/ last keystroke → results visible: median ${r.medianMs.toFixed(0)} ms over ${r.count} typed queries ${ok} (target ≤ ${TARGET_MEDIAN_MS} ms); typed again ${r.warmMedianMs.toFixed(0)} ms`,
    );
  }
  const langs = Object.entries(size.languages)
    .map(
      ([lang, s]) =>
        `${lang}: index ${kb(s.index)}, fragments ${kb(s.fragments)}, filters ${kb(s.filters)}, metadata ${kb(s.meta)}`,
    )
    .join('\n      ');
  console.log(
    `  index size (as served, already compressed): ${kb(size.total)} in pagefind/, of which bundle (js + wasm) ${kb(size.bundle)}\n      ${langs}`,
  );
}

// ── synthetic site ────────────────────────────────────────────────────────────────────────────────────

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vor',
  'qui',
  'zen',
  'dra',
  'pel',
  'nox',
  'sul',
  'bri',
  'ton',
  'fae',
  'gim',
];
const HANZI = [
  '卷',
  '积',
  '残',
  '差',
  '稠',
  '密',
  '轻',
  '量',
  '深',
  '度',
  '注',
  '意',
  '金',
  '字',
  '塔',
  '瓶',
  '颈',
  '通',
  '道',
  '混',
  '洗',
  '分',
  '组',
  '级',
  '联',
  '对',
  '齐',
  '检',
  '测',
  '识',
  '别',
];
const EN_WORDS = (
  'network layer convolution residual block feature map channel kernel stride pooling attention depthwise separable bottleneck ' +
  'training accuracy error dataset ImageNet benchmark parameters operations latency mobile device face detection alignment ' +
  'recognition embedding margin softmax loss cascade regression landmark shape appearance model deep shallow wide narrow ' +
  'gradient optimisation batch normalisation activation dropout augmentation ensemble search architecture cell scaling ' +
  'resolution width depth compound efficient lightweight pyramid anchor region proposal segmentation mask pixel semantic'
).split(' ');
const ZH_WORDS = [
  '网络',
  '卷积',
  '残差',
  '特征',
  '通道',
  '注意力',
  '深度',
  '可分离',
  '瓶颈',
  '训练',
  '精度',
  '误差',
  '数据集',
  '参数',
  '计算量',
  '延迟',
  '移动端',
  '人脸',
  '检测',
  '对齐',
  '识别',
  '嵌入',
  '间隔',
  '损失',
  '级联',
  '回归',
  '关键点',
  '形状',
  '外观',
  '模型',
  '梯度',
  '优化',
  '归一化',
  '激活',
  '增强',
  '集成',
  '搜索',
  '结构',
  '缩放',
  '分辨率',
  '宽度',
  '轻量级',
  '金字塔',
  '分割',
  '像素',
  '语义',
];

function syntheticName(i) {
  let n = i + 1;
  let s = '';
  for (let k = 0; k < 3; k++) {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return `${s[0].toUpperCase()}${s.slice(1)}Net${i >= 4096 ? i : ''}`;
}

function syntheticChinese(i) {
  let n = i + 7;
  let s = '';
  for (let k = 0; k < 3; k++) {
    s += HANZI[n % HANZI.length];
    n = Math.floor(n / HANZI.length);
  }
  return `${s}网络${i}号`;
}

function sentence(rand, words, length, join) {
  return Array.from({ length }, () => words[Math.floor(rand() * words.length)]).join(join);
}

/**
 * Writes a content folder with the real directions and `count` synthetic full entries (about 650 English words
 * and 1,000 Chinese characters each, like the real ones). Returns the queries to time against it.
 */
export function generateSyntheticContent(dir, count) {
  const rand = random(20251128); // seeded, so every run builds the same synthetic site
  cpSync(join(PROJECT, 'content/directions'), join(dir, 'directions'), { recursive: true });
  const directions = readdirSync(join(dir, 'directions')).map((f) => f.replace(/\.yaml$/, ''));
  const authors = Array.from(
    { length: 400 },
    (_, i) =>
      `${['Ada', 'Bo', 'Chen', 'Dana', 'Eli', 'Fei', 'Gus', 'Hana'][i % 8]} ${syntheticName(i * 7 + 3).replace('Net', 'son')}`,
  );
  const queries = { en: [], zh: [] };
  for (let i = 0; i < count; i++) {
    const id = `syn-${String(i).padStart(4, '0')}`;
    const name = syntheticName(i);
    const year = 1995 + Math.floor(rand() * 30);
    const month = 1 + Math.floor(rand() * 12);
    const arxiv =
      year >= 2008
        ? `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}.${String(10000 + i).padStart(5, '0')}`
        : null;
    const own = [
      ...new Set(
        Array.from({ length: 1 + Math.floor(rand() * 2) }, () => directions[Math.floor(rand() * directions.length)]),
      ),
    ];
    const by = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => authors[Math.floor(rand() * authors.length)]);
    const title = `${name}: ${sentence(rand, EN_WORDS, 6, ' ')}`;
    const zhAlias = syntheticChinese(i);
    const venue = ['CVPR', 'ICCV', 'ECCV', 'NeurIPS', 'ICLR', 'BMVC', 'TPAMI'][Math.floor(rand() * 7)];
    const facts = [
      `id: ${id}`,
      `name: ${name}`,
      `aliases: ['${name}-${(i % 9) + 1}x', '${zhAlias}']`,
      `directions: [${own.join(', ')}]`,
      `year: ${year}`,
      `month: ${month}`,
      `venue: ${venue} ${year}`,
      `venue_type: ${venue === 'TPAMI' ? 'journal' : 'conference'}`,
      `authors: [${[...new Set(by)].join(', ')}]`,
      'institution: Synthetic University',
      'paper:',
      `  title: '${title}'`,
      `  arxiv: ${arxiv ? `'${arxiv}'` : 'null'}`,
      `  url: https://example.org/papers/${id}`,
      `code: [{ url: 'https://example.org/code/${id}', framework: PyTorch, official: ${rand() < 0.6} }]`,
      'tier: full',
      '',
    ].join('\n');
    const enBody = ['The problem', 'The key idea', 'How it works', 'Results', 'Legacy']
      .map(
        (h) =>
          `## ${h}\n\n${Array.from({ length: 3 }, () => `${name} ${sentence(rand, EN_WORDS, 42, ' ')}.`).join('\n\n')}`,
      )
      .join('\n\n');
    const zhBody = ['问题', '核心思想', '结构', '结果', '影响']
      .map(
        (h) =>
          `## ${h}\n\n${Array.from({ length: 3 }, () => `${name} ${sentence(rand, ZH_WORDS, 36, '')}。`).join('\n\n')}`,
      )
      .join('\n\n');
    mkdirSync(join(dir, 'models', id), { recursive: true });
    writeFileSync(join(dir, 'models', id, 'facts.yaml'), facts);
    writeFileSync(
      join(dir, 'models', id, 'en.mdx'),
      `---\nsummary: ${name} is a synthetic entry for the search bench, with generated text.\n---\n\n${enBody}\n`,
    );
    writeFileSync(
      join(dir, 'models', id, 'zh-CN.mdx'),
      `---\nsummary: ${name} 是为搜索基准生成的合成条目，正文为随机生成的文字。\n---\n\n${zhBody}\n`,
    );
    if (i % Math.floor(count / 5) === 17) {
      queries.en.push(name, by[0], title.split(': ')[1].split(' ').slice(0, 3).join(' '));
      if (arxiv) queries.en.push(arxiv);
      queries.zh.push(zhAlias, name);
    }
  }
  return {
    en: { first: [queries.en[0], 'residual bottleneck'], typed: ['residual bottleneck', ...queries.en] },
    zh: { first: [queries.zh[0], '注意力'], typed: ['注意力', ...queries.zh] },
  };
}

function buildSynthetic(count, keep) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-search-bench-'));
  const content = join(dir, 'content');
  const out = join(dir, 'site');
  const queries = generateSyntheticContent(content, count);
  const t0 = performance.now();
  const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/build.mjs'), '--out', out], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, ATLAS_CONTENT: content, ATLAS_BASE: '/' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
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
