// The Starlight peer (issue 27): the platform a reader would otherwise get, building the same prose. Writes a
// minimal Starlight site outside the repository, builds it and the atlas in turn (atlas, peer, atlas, peer…, so
// the shared machine's load falls on both alike), and prints atlas / peer / ratio against the "× peer" targets.
// Both builds are timed the same way (site.mjs timeBuild: GNU time, Astro's child processes included) and the
// pages weighed the same way (site.mjs pageWeight: HTML + linked CSS + JS, gzipped file by file).
//
// The peer is Starlight as its users get it, changed only where our content needs it:
// - Versions: astro, @astrojs/mdx, @astrojs/markdown-remark, remark-math, rehype-katex and katex exactly as the
//   atlas pins them (read from package.json), and STARLIGHT below (the newest that supports Astro 7; check its
//   peerDependencies with `npm view @astrojs/starlight@<v> peerDependencies` before raising it). Installed with
//   npm into PEER_HOME, a fixed temp folder keyed by these versions, so repeats do not reinstall; never a
//   dependency of the atlas.
// - Math: the same remark-math + rehype-katex processor as astro.config.mjs, and katex.min.css as Starlight's
//   customCss, so both sites pay for KaTeX.
// - i18n: English at the root and 简体中文 as the `zh-cn` locale; no other Starlight option is set (default
//   sidebar listing every page, Pagefind search, sitemap from `site`), and `astro build` runs without the
//   atlas's --max-semi-space-size.
// - Pages: every content/models/<id>/en.mdx → src/content/docs/models/<id>.mdx and zh-CN.mdx →
//   src/content/docs/zh-cn/models/<id>.mdx, one page per model per language (so the prose's `../<id>/` links
//   resolve as they do in the atlas). Each file is transformed in exactly two ways: the frontmatter becomes
//   `title` (the model's `name` from facts.yaml) and `description` (our `summary`); and our registered figure
//   tags (src/lib/content/figure-names.ts) are dropped when self-closing or replaced by their children. The
//   prose body is otherwise byte for byte ours.
// Only the model pages are compared: the atlas also builds its map, direction, method, benchmark and data
// pages, which count in its HTML pages, CPU per page and site size, but not in the model page figures. Its
// alias redirects (a meta refresh each, almost free to render) are HTML pages too, so CPU per page is also
// printed over rendered pages only, and CPU per model beside it.
// Called by scripts/bench.mjs --peer [--runs N].
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { FIGURE_NAMES } from '../../src/lib/content/figure-names.ts';
import { median, pageWeight, siteFigures, timeBuild } from './site.mjs';

const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const STARLIGHT = '0.42.4';
const SAME_AS_ATLAS = ['astro', '@astrojs/mdx', '@astrojs/markdown-remark', 'remark-math', 'rehype-katex', 'katex'];
const PAGE_BYTES_TARGET = 0.6;
const CPU_PER_PAGE_TARGET = 1;
const RESNET = 'resnet';

/** The peer's dependencies: the atlas's own pins for what both share, and Starlight. */
function peerDependencies() {
  const atlas = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8'));
  const pins = Object.fromEntries(SAME_AS_ATLAS.map((name) => [name, atlas.dependencies[name]]));
  return { ...pins, '@astrojs/starlight': STARLIGHT };
}

/** The peer's folder, keyed by its dependencies: installed once, reused by every later run. */
function installPeer(dependencies) {
  const key = createHash('sha1').update(JSON.stringify(dependencies)).digest('hex').slice(0, 10);
  const home = join(tmpdir(), `atlas-peer-starlight-${key}`);
  const done = join(home, 'node_modules', '.atlas-peer-installed');
  if (existsSync(done)) return home;
  mkdirSync(home, { recursive: true });
  const manifest = { name: 'atlas-peer-starlight', private: true, type: 'module', dependencies };
  writeFileSync(join(home, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    `installing the peer (${Object.entries(dependencies)
      .map(([n, v]) => `${n}@${v}`)
      .join(', ')}) in ${home}…`,
  );
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: home,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`npm install failed in ${home}: fix the versions in scripts/bench/peer.mjs`);
  writeFileSync(done, '');
  return home;
}

const ASTRO_CONFIG = `// Written by scripts/bench/peer.mjs: Starlight with the atlas's math.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  site: 'http://localhost:4321',
  markdown: { processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) },
  integrations: [
    starlight({
      title: 'AlphaTree Atlas',
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en' }, 'zh-cn': { label: '简体中文', lang: 'zh-CN' } },
      customCss: ['katex/dist/katex.min.css'],
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const FIGURE = new RegExp(
  `<(${FIGURE_NAMES.join('|')})\\b[^>]*?/>|<(${FIGURE_NAMES.join('|')})\\b[^>]*>([\\s\\S]*?)</\\2>`,
  'g',
);

/** One of our entries as a Starlight page: title and description for our summary, figure tags taken out. */
function toStarlightPage(mdx, name) {
  const [, front, body] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(mdx) ?? [];
  if (front === undefined) throw new Error('an entry without frontmatter: run npm run validate');
  const { summary } = parse(front);
  const frontmatter = stringify({ title: name, description: summary }, { lineWidth: 0 });
  return `---\n${frontmatter}---\n${body.replace(FIGURE, (_, _single, _pair, children = '') => children)}`;
}

const PEER_LOCALES = { en: 'models', 'zh-CN': 'zh-cn/models' };

/** Writes the peer's config and one page per model per language; returns the model ids. */
function writePeerSite(home) {
  writeFileSync(join(home, 'astro.config.mjs'), ASTRO_CONFIG);
  mkdirSync(join(home, 'src'), { recursive: true });
  writeFileSync(join(home, 'src', 'content.config.ts'), CONTENT_CONFIG);
  const docs = join(home, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  const models = join(PROJECT, 'content', 'models');
  const ids = readdirSync(models).filter((id) => existsSync(join(models, id, 'facts.yaml')));
  for (const id of ids) {
    const { name } = parse(readFileSync(join(models, id, 'facts.yaml'), 'utf8'));
    for (const [locale, folder] of Object.entries(PEER_LOCALES)) {
      const file = join(docs, folder, `${id}.mdx`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, toStarlightPage(readFileSync(join(models, id, `${locale}.mdx`), 'utf8'), name));
    }
  }
  return ids;
}

/** Builds atlas and peer in turn, `runs` times each. */
function interleavedBuilds(runs, atlasOut, home) {
  const peerOut = join(home, 'dist');
  const peerBuild = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'];
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const atlas = [];
  const peer = [];
  for (let i = 0; i < runs; i++) {
    atlas.push(timeBuild(atlasOut));
    console.log(`  run ${i + 1}/${runs}: atlas ${describe(atlas.at(-1))}`);
    peer.push(timeBuild(peerOut, { build: peerBuild, cwd: home }));
    console.log(`  run ${i + 1}/${runs}: peer  ${describe(peer.at(-1))}`);
  }
  return { atlas, peer, peerOut };
}

const describe = (b) =>
  `wall ${b.wall.toFixed(1)} s` + (b.cpu === undefined ? '' : `, CPU ${b.cpu.toFixed(1)} s, RSS ${mb(b.rss)}`);
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const mb2 = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const seconds = (n) => `${n.toFixed(1)} s`;
const ms = (n) => `${(n * 1000).toFixed(0)} ms`;

/** Bytes before interaction (gzip) of a built page: HTML + the CSS and JS it links. */
function pageBytes(dist, page) {
  const w = pageWeight(dist, page);
  return w.html.gz + w.css.gz + w.js.gz;
}

/** HTML pages that are not a meta-refresh redirect. */
const renderedPages = (dist) =>
  readdirSync(dist, { recursive: true }).filter(
    (f) => f.endsWith('.html') && !readFileSync(join(dist, f), 'utf8').includes('http-equiv="refresh"'),
  ).length;

/** One site's figures from its builds and its output folder; `modelPage(id)` is a model's English page. */
function figuresOf(builds, dist, ids, modelPage) {
  const { pages, bytes } = siteFigures(dist);
  const of = (key) => (builds.every((b) => b[key] !== undefined) ? median(builds.map((b) => b[key])) : undefined);
  const cpu = of('cpu');
  const rendered = renderedPages(dist);
  return {
    wall: of('wall'),
    cpu,
    cpuPerPage: cpu === undefined ? undefined : cpu / pages,
    cpuPerRendered: cpu === undefined ? undefined : cpu / rendered,
    cpuPerModel: cpu === undefined ? undefined : cpu / ids.length,
    pages,
    rendered,
    rss: of('rss'),
    bytes,
    bytesPerModel: bytes / ids.length,
    resnet: pageBytes(dist, modelPage(RESNET)),
    modelPages: median(ids.map((id) => pageBytes(dist, modelPage(id)))),
  };
}

const ROWS = [
  ['build wall (median)', 'wall', seconds, ''],
  ['build CPU, user + sys (median)', 'cpu', seconds, ''],
  ['build CPU per HTML page', 'cpuPerPage', ms, CPU_PER_PAGE_TARGET],
  ['build CPU per rendered page', 'cpuPerRendered', ms, CPU_PER_PAGE_TARGET],
  ['build CPU per model', 'cpuPerModel', ms, ''],
  ['HTML pages', 'pages', String, ''],
  ['  of which rendered (no redirect)', 'rendered', String, ''],
  ['peak memory (median)', 'rss', mb, ''],
  ['site size on disk', 'bytes', mb, ''],
  ['site size per model', 'bytesPerModel', mb2, ''],
  ['ResNet page, HTML + CSS + JS gzip', 'resnet', kb, PAGE_BYTES_TARGET],
  ['model pages (en), median of the same', 'modelPages', kb, PAGE_BYTES_TARGET],
];

function printTable(atlas, peer, runs) {
  const cells = ROWS.map(([label, key, format, target]) => {
    const [a, p] = [atlas[key], peer[key]];
    if (a === undefined || p === undefined) return [label, '—', '—', '—', ''];
    const ratio = a / p;
    const goal = target === '' ? '' : `≤ ${target}× ${ratio <= target ? '✓' : '✗'}`;
    return [label, format(a), format(p), `${ratio.toFixed(2)}×`, goal];
  });
  const header = ['figure', 'atlas', 'peer', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `  ${c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ')}`;
  console.log(`\natlas vs Starlight ${STARLIGHT} on the same prose (${runs} build(s) each, interleaved):`);
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}

/** The bench section: install (once) and write the peer, build both in turn, print the comparison. */
export function benchPeer({ runs = 3 } = {}) {
  const home = installPeer(peerDependencies());
  const ids = writePeerSite(home);
  console.log(`peer: ${ids.length} models × 2 languages in ${home}`);
  const scratch = mkdtempSync(join(tmpdir(), 'atlas-peer-bench-'));
  const atlasOut = join(scratch, 'atlas');
  try {
    const { atlas, peer, peerOut } = interleavedBuilds(runs, atlasOut, home);
    printTable(
      figuresOf(atlas, atlasOut, ids, (id) => `en/models/${id}/index.html`),
      figuresOf(peer, peerOut, ids, (id) => `models/${id}/index.html`),
      runs,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
