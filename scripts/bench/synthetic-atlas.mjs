// A synthetic atlas for the benches (never for the site): the real content/ copied, then synthetic models added
// until the atlas holds N, each as the real schema and the content guard want an entry. Realism comes from the
// real entries themselves, taken in rotation: synthetic model k is a sibling of real entry k mod 152 — its
// prose (whole, so the sections, length, links and KaTeX formulas are those of an entry; the name swapped
// outside formulas and link targets), its metrics (same datasets and splits, values moved a little; reported
// parameters and multiply-adds kept, since the spec is the same), its layer spec (renamed; a backbone points at
// the real model or at an earlier synthetic sibling of it), its lines and its branch of the map when the dates
// allow. Dates are the template's plus up to seven years; builds_on edges go to earlier synthetic models on a
// shared line (saying what changed) or to the template. Seeded: the same N always writes the same folder.
// Used by scripts/bench/atlas.mjs (build cost at N = 150, 500, 2,000) and scripts/bench/search.mjs.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { random } from '../../src/lib/metro/synthetic.ts';
import { nameKey } from '../../src/lib/atlas/names.ts';

const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SEED = 20251128;
/** Years a sibling may come after its template: a community adds later work more than earlier work. */
const MAX_YEARS_LATER = 7;
/** The last year a synthetic model may carry (the schema allows up to next year). */
const LAST_YEAR = new Date().getFullYear();
/** Share of synthetic models that also ride a second line (an interchange), as a few real ones do. */
const INTERCHANGE_SHARE = 0.08;
/** A backbone reference points at an earlier synthetic sibling of the real backbone this often. */
const SYNTHETIC_BACKBONE_SHARE = 0.5;
/** Recent models on a line a new one may build on: lineage runs mostly between neighbours in time. */
const LINEAGE_WINDOW = 40;
/** One new branch per this many synthetic stations of a line, each a run of a few of them. */
const STATIONS_PER_BRANCH = 90;

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
const HANZI = [...'卷积残差稠密轻量深度注意金字塔瓶颈通道混洗分组级联对齐检测识别'];
const FIRST_NAMES = ['Ada', 'Bo', 'Chen', 'Dana', 'Eli', 'Fei', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lena'];

/** What a synthetic model changes relative to the one it builds on, in both languages (glossary terms only). */
const CHANGES = [
  [
    'Replaces {p}’s plain stages with residual blocks and trains twice as long.',
    '把 {p} 的普通阶段换成残差模块，训练时间加倍。',
  ],
  [
    'Keeps {p}’s backbone but adds a feature pyramid for small objects.',
    '保留 {p} 的骨干网络，另加特征金字塔以照顾小目标。',
  ],
  [
    'Halves {p}’s width with depthwise separable convolutions, for mobile devices.',
    '用深度可分离卷积把 {p} 的宽度减半，面向移动端。',
  ],
  [
    'Adds batch normalisation after every convolution of {p} and drops dropout.',
    '在 {p} 的每个卷积后加入批归一化，并去掉 dropout。',
  ],
  [
    'Trains {p}’s design end to end with a single loss instead of stage by stage.',
    '用单一损失端到端训练 {p} 的结构，不再分阶段训练。',
  ],
  [
    'Widens {p}’s bottleneck blocks and searches the depth of each stage.',
    '加宽 {p} 的瓶颈模块，并搜索每个阶段的深度。',
  ],
  ['Replaces {p}’s fully connected head with global average pooling.', '用全局平均池化取代 {p} 的全连接头部。'],
  ['Adds attention over the channels of each block of {p}.', '在 {p} 每个模块的通道上加入注意力。'],
  ['Runs {p} at three input scales and merges their predictions.', '在三种输入尺度上运行 {p}，再合并预测结果。'],
  ['Distils {p} into a network a quarter of its size.', '把 {p} 蒸馏成一个只有其四分之一大小的网络。'],
];

const VENUES = ['CVPR', 'ICCV', 'ECCV', 'NeurIPS', 'ICLR', 'BMVC', 'AAAI'];

function syntheticName(i) {
  let n = i + 1;
  let s = '';
  for (let k = 0; k < 3; k++) {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return `${s[0].toUpperCase()}${s.slice(1)}Net${i >= SYLLABLES.length ** 3 ? i : ''}`;
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

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Prose with one name swapped for another in running text only: formulas, code, link targets and component
 * tags stay as written (a formula is the template's, so KaTeX's work is the same).
 */
function renameProse(text, from, to) {
  const name = new RegExp(`(?<![\\w/.-])${escapeRe(from)}(?![A-Za-z])`, 'g');
  const protectedParts = /(\$\$[\s\S]*?\$\$|\$[^$\n]*\$|`[^`\n]*`|\]\([^)\n]*\)|<[^>\n]*>)/;
  return text
    .split(protectedParts)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(name, to)))
    .join('');
}

/** The real entries as templates: facts (parsed), prose (raw) and the layer spec (raw, when there is one). */
function readTemplates(contentDir) {
  const dir = join(contentDir, 'models');
  return readdirSync(dir)
    .sort()
    .map((id) => {
      const folder = join(dir, id);
      const arch = join(folder, 'arch.yaml');
      return {
        facts: parse(readFileSync(join(folder, 'facts.yaml'), 'utf8')),
        en: readFileSync(join(folder, 'en.mdx'), 'utf8'),
        zh: readFileSync(join(folder, 'zh-CN.mdx'), 'utf8'),
        arch: existsSync(arch) ? readFileSync(arch, 'utf8') : undefined,
      };
    });
}

const timeKey = (m) => m.year * 12 + m.month;

/** Index, names, template, dates and lines of every synthetic model (no text yet), in generation order. */
function planModels(templates, count, directions, rand) {
  const plans = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length];
    const t = template.facts;
    const year = Math.min(LAST_YEAR, t.year + Math.floor(rand() * (MAX_YEARS_LATER + 1)));
    const month = year === LAST_YEAR ? 1 + Math.floor(rand() * 10) : 1 + Math.floor(rand() * 12);
    const lines = [...t.directions];
    if (rand() < INTERCHANGE_SHARE) {
      const extra = directions[Math.floor(rand() * directions.length)];
      if (!lines.includes(extra)) lines.push(extra);
    }
    plans.push({ i, id: `syn-${String(i).padStart(4, '0')}`, name: syntheticName(i), template, year, month, lines });
  }
  return plans;
}

/**
 * builds_on edges: one or two earlier synthetic models sharing a line (among the last LINEAGE_WINDOW there),
 * else the template when it is not later. Edges only point back in time, so there is no cycle.
 */
function planLineage(plans, rand) {
  const byTime = [...plans].sort((a, b) => timeKey(a) - timeKey(b) || a.i - b.i);
  const seen = new Map();
  for (const p of byTime) {
    const earlier = [...new Set(p.lines.flatMap((l) => (seen.get(l) ?? []).slice(-LINEAGE_WINDOW)))].filter(
      (q) => timeKey(q) < timeKey(p),
    );
    const parents = [];
    for (let k = 0; k < 1 + Math.floor(rand() * 2) && earlier.length > 0; k++) {
      const q = earlier[Math.floor(rand() * earlier.length)];
      if (!parents.includes(q)) parents.push(q);
    }
    const t = p.template.facts;
    if (parents.length === 0 && timeKey(t) <= timeKey(p)) parents.push({ id: t.id, name: t.name });
    p.parents = parents.map((q) => {
      const [en, zh] = CHANGES[Math.floor(rand() * CHANGES.length)];
      return { model: q.id, change: { en: en.replaceAll('{p}', q.name), 'zh-CN': zh.replaceAll('{p}', q.name) } };
    });
    for (const l of p.lines) seen.set(l, [...(seen.get(l) ?? []).slice(-LINEAGE_WINDOW), p]);
  }
}

/** A metric moved a little (percentages stay within 0–100); cost figures stay, the spec computes the same. */
function jitter(metric, rand, from, to) {
  const cost = /^(params|mult-adds|flops)$/i.test(metric.name);
  const moved = cost ? metric.value : metric.value * (1 + (rand() - 0.5) * 0.08);
  const value = metric.unit === '%' ? Math.min(100, Math.max(0, moved)) : moved;
  const { place: _place, ...rest } = metric;
  return {
    ...rest,
    value: Number(value.toFixed(2)),
    variant: renameProse(metric.variant, from, to),
  };
}

function factsOf(p, authors, rand) {
  const t = p.template.facts;
  const by = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => authors[Math.floor(rand() * authors.length)]);
  const venue = t.venue_type === 'conference' ? `${VENUES[Math.floor(rand() * VENUES.length)]} ${p.year}` : t.venue;
  const arxiv =
    p.year >= 2008
      ? `${String(p.year % 100).padStart(2, '0')}${String(p.month).padStart(2, '0')}.${String(10000 + p.i).padStart(5, '0')}`
      : null;
  const uses = [...(t.methods?.uses ?? []), ...(p.template.arch ? [] : (t.methods?.introduces ?? []))];
  return {
    id: p.id,
    name: p.name,
    aliases: [`${p.name}-${(p.i % 9) + 1}x`, syntheticChinese(p.i)],
    directions: p.lines,
    year: p.year,
    month: p.month,
    venue,
    venue_type: t.venue_type,
    authors: [...new Set(by)],
    institution: t.institution,
    paper: {
      title: `${p.name}: ${t.paper.title}`,
      arxiv,
      url: arxiv ? `https://arxiv.org/abs/${arxiv}` : `https://example.org/papers/${p.id}`,
    },
    code: (t.code ?? []).map((c) => ({ ...c, url: `https://example.org/code/${p.id}/${nameKey(c.framework)}` })),
    metrics: (t.metrics ?? []).map((m) => jitter(m, rand, t.name, p.name)),
    builds_on: p.parents,
    tier: t.tier,
    notes: t.notes ?? [],
    ...(uses.length > 0 ? { methods: { uses } } : {}),
    implementations: t.implementations ?? [],
  };
}

/**
 * The template's spec as this model's: its own id, the template's name in network and variant names swapped,
 * and backbones (`model: <id>` inside a layer) pointing now and then at an earlier synthetic sibling.
 */
function archOf(p, siblings, rand) {
  const t = p.template.facts;
  const name = new RegExp(`(?<![\\w-])${escapeRe(t.name)}(?![A-Za-z])`, 'g');
  return p.template.arch
    .replace(/^model: .*$/m, `model: ${p.id}`)
    .split('\n')
    .map((line) => {
      const renamed = /^\s*(-\s*)?name:/.test(line) ? line.replace(name, p.name) : line;
      return renamed.replace(/(\bmodel:\s*)([a-z0-9-]+)/g, (whole, key, id) => {
        if (/^model:/.test(line)) return whole;
        const earlier = (siblings.get(id) ?? []).filter((s) => s.i < p.i);
        if (earlier.length === 0 || rand() >= SYNTHETIC_BACKBONE_SHARE) return whole;
        return `${key}${earlier[Math.floor(rand() * earlier.length)].id}`;
      });
    })
    .join('\n');
}

const proseOf = (p, text) => renameProse(text, p.template.facts.name, p.name);

/** The map's hints with synthetic stations on their templates' branches (where the dates allow) and new branches. */
function mapHintsWith(hints, plans, templates, rand) {
  const year = new Map();
  for (const t of templates)
    for (const n of [t.facts.id, t.facts.name, ...(t.facts.aliases ?? [])]) year.set(nameKey(n), t.facts.year);
  for (const p of plans) year.set(nameKey(p.id), p.year);
  const onBranch = new Set();
  for (const [line, hint] of Object.entries(hints.lines ?? {})) {
    for (const track of hint.tracks ?? []) {
      const refs = new Set(track.stations.map(nameKey));
      const after = track.from ? (year.get(nameKey(track.from)) ?? 0) : 0;
      const before = track.to ? (year.get(nameKey(track.to)) ?? Infinity) : Infinity;
      for (const p of plans) {
        const t = p.template.facts;
        const here =
          refs.has(nameKey(t.id)) || refs.has(nameKey(t.name)) || (t.aliases ?? []).some((a) => refs.has(nameKey(a)));
        if (!here || !p.lines.includes(line) || p.year < after || p.year > before || onBranch.has(`${line}/${p.id}`))
          continue;
        track.stations.push(p.id);
        onBranch.add(`${line}/${p.id}`);
      }
    }
  }
  const byLine = new Map();
  for (const p of [...plans].sort((a, b) => timeKey(a) - timeKey(b) || a.i - b.i))
    for (const l of p.lines) byLine.set(l, [...(byLine.get(l) ?? []), p]);
  const anchors = new Set();
  for (const [line, members] of byLine) {
    const free = members.filter((p) => p.lines.length === 1 && !onBranch.has(`${line}/${p.id}`));
    const count = Math.floor(members.length / STATIONS_PER_BRANCH);
    hints.lines ??= {};
    hints.lines[line] ??= {};
    hints.lines[line].tracks ??= [];
    for (let b = 0; b < count; b++) {
      const start = Math.floor(((b + 0.5) / count) * (free.length - 8));
      const run = free.slice(start + 1, start + 4 + Math.floor(rand() * 3));
      const from = free[start];
      const taken = (q) => onBranch.has(`${line}/${q.id}`) || anchors.has(`${line}/${q.id}`);
      if (!from || run.length < 3 || run.some(taken) || onBranch.has(`${line}/${from.id}`)) continue;
      run.forEach((p) => onBranch.add(`${line}/${p.id}`));
      anchors.add(`${line}/${from.id}`);
      hints.lines[line].tracks.push({
        id: `synthetic-${b + 1}`,
        name: { en: `Synthetic branch ${b + 1}`, 'zh-CN': `合成支线 ${b + 1}` },
        side: rand() < 0.5 ? 'above' : 'below',
        ...(from.year <= run[0].year ? { from: from.id } : {}),
        stations: run.map((p) => p.id),
      });
    }
  }
  return hints;
}

/**
 * Writes `<dir>` as a content folder of `total` models: the real content/ and `total − real` synthetic models
 * (none when `total` is at most the real count). Returns the figures and the queries the search bench times.
 */
export function generateSyntheticAtlas(dir, total) {
  const source = join(PROJECT, 'content');
  cpSync(source, dir, { recursive: true });
  const templates = readTemplates(source);
  const count = Math.max(0, total - templates.length);
  const rand = random(SEED);
  const directions = readdirSync(join(dir, 'directions')).map((f) => f.replace(/\.yaml$/, ''));
  const plans = planModels(templates, count, directions, rand);
  planLineage(plans, rand);
  const realAuthors = [...new Set(templates.flatMap((t) => t.facts.authors))];
  const authors = [
    ...realAuthors,
    ...Array.from(
      { length: Math.max(400, count) },
      (_, i) => `${FIRST_NAMES[i % FIRST_NAMES.length]} ${syntheticName(i * 7 + 3).replace('Net', 'son')}`,
    ),
  ];
  const siblings = new Map();
  for (const p of plans) siblings.set(p.template.facts.id, [...(siblings.get(p.template.facts.id) ?? []), p]);
  const queries = { en: [], zh: [] };
  const step = Math.max(1, Math.floor(count / 5));
  let specs = templates.filter((t) => t.arch).length;
  for (const p of plans) {
    const folder = join(dir, 'models', p.id);
    mkdirSync(folder, { recursive: true });
    const facts = factsOf(p, authors, rand);
    writeFileSync(join(folder, 'facts.yaml'), stringify(facts, { lineWidth: 0 }));
    writeFileSync(join(folder, 'en.mdx'), proseOf(p, p.template.en));
    writeFileSync(join(folder, 'zh-CN.mdx'), proseOf(p, p.template.zh));
    if (p.template.arch) {
      writeFileSync(join(folder, 'arch.yaml'), archOf(p, siblings, rand));
      specs += 1;
    }
    if (p.i % step === 17 % step) {
      queries.en.push(p.name, facts.authors[0], facts.paper.title.split(': ')[1].split(' ').slice(0, 3).join(' '));
      if (facts.paper.arxiv) queries.en.push(facts.paper.arxiv);
      queries.zh.push(facts.aliases[1], p.name);
    }
  }
  const hints = parse(readFileSync(join(source, 'map.yaml'), 'utf8')) ?? {};
  writeFileSync(join(dir, 'map.yaml'), stringify(mapHintsWith(hints, plans, templates, rand), { lineWidth: 0 }));
  return { models: templates.length + count, synthetic: count, specs, queries: searchQueries(queries) };
}

/** Queries for the search bench: the synthetic models' names, authors, titles and ids, and two prose terms. */
function searchQueries(found) {
  const en = found.en.length > 0 ? found.en : ['ResNet', 'Kaiming He'];
  const zh = found.zh.length > 0 ? found.zh : ['残差', 'ResNet'];
  return {
    en: {
      first: [en[0], 'residual bottleneck'],
      typed: ['residual bottleneck', ...en],
      page: [...en.slice(0, 5), 'residual bottleneck'],
    },
    zh: { first: [zh[0], '注意力'], typed: ['注意力', ...zh], page: [...zh.slice(0, 4), '注意力'] },
  };
}
