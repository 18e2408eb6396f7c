/**
 * The documentation of the open data, in one place: the site's /data/ page renders it in both languages and
 * docs/open-data.md is generated from it (a unit test fails when that file is stale), so the format is
 * described once. A test also checks that every key the export writes is described here.
 */
import type { Locale } from '../i18n/locales.ts';
import { LICENCE } from './licence.ts';
import { OPEN_DATA_SCHEMA } from './open-data.ts';

type Text = Record<Locale, string>;

export interface FieldDoc {
  name: string;
  type: string;
  meaning: Text;
}

export interface FileDoc {
  /** Path under the site's base. */
  path: string;
  format: 'JSON' | 'CSV';
  about: Text;
  fields: FieldDoc[];
}

const f = (name: string, type: string, en: string, zh: string): FieldDoc => ({
  name,
  type,
  meaning: { en, 'zh-CN': zh },
});

const PAGES = f(
  'pages',
  '{ en, zh-CN }',
  'The page in each language: absolute when the build was given ATLAS_SITE, otherwise relative to the site.',
  '各语言页面的地址：构建时设置了 ATLAS_SITE 则为绝对地址，否则为相对于网站的地址。',
);

const HEADER: FieldDoc[] = [
  f('schema', 'number', `Format version (${OPEN_DATA_SCHEMA}).`, `格式版本（${OPEN_DATA_SCHEMA}）。`),
  f(
    'licence',
    '{ id, name, url, attribution }',
    `The licence of the data (${LICENCE.id}) and whom to credit.`,
    `数据的许可协议（${LICENCE.id}）及署名方式。`,
  ),
];

export const OPEN_DATA_FILES: FileDoc[] = [
  {
    path: 'data/models.json',
    format: 'JSON',
    about: {
      en: '`{ schema, licence, models: [ … ] }`, one object per model with an entry.',
      'zh-CN': '`{ schema, licence, models: [ … ] }`，每个有条目的模型一个对象。',
    },
    fields: [
      ...HEADER,
      f('id', 'string', 'Stable kebab-case id, as in the page URL.', '稳定的短横线 id，与页面网址一致。'),
      f('name', 'string', 'Name as the atlas writes it.', '图谱使用的名称。'),
      f('aliases', 'string[]', 'Other names, in Latin or Chinese script.', '其他名称（拉丁字母或汉字）。'),
      f('directions', 'string[]', 'Direction ids (the lines the model sits on).', '所属研究方向的 id（所在线路）。'),
      f('year', 'number', 'Year of the first public version.', '首次公开的年份。'),
      f('month', 'number', 'Month of the first public version (1–12).', '首次公开的月份（1–12）。'),
      f('venue', 'string', 'Venue as published, e.g. "CVPR 2016".', '发表出处，例如 "CVPR 2016"。'),
      f('authors', 'string[]', 'Authors in order.', '按顺序排列的作者。'),
      f('institution', 'string', "The first author's institution.", '第一作者的机构。'),
      f(
        'paper',
        '{ title, arxiv, url, doi }',
        'The paper; arxiv and doi are null when there is none.',
        '论文信息；没有 arXiv 编号或 DOI 时为 null。',
      ),
      f(
        'code',
        '[{ url, framework, official }]',
        'Code links; official marks the authors’ own.',
        '代码链接；official 表示作者官方发布。',
      ),
      f(
        'metrics',
        '[{ name, value, unit, dataset, variant, split?, ensemble, source }]',
        'Reported results, each with its source { type: paper | repo | computed, ref, url? }.',
        '报告的结果，每条附出处 { type: paper | repo | computed, ref, url? }。',
      ),
      f(
        'builds_on',
        '[{ model, change: { en, zh-CN } }]',
        'Models this one builds on, and what it changed.',
        '该模型所基于的模型，以及它做了哪些改动。',
      ),
      f('tier', '"full" | "brief"', 'Full entry or brief entry.', '完整条目或简要条目。'),
      PAGES,
      f(
        'architectures',
        '[{ variant, input: [C, H, W], params, mult_adds }]',
        "Computed from the model's layer spec, one record per variant; empty when the model has no spec.",
        '由模型的层级描述计算得出，每个版本一条；没有层级描述时为空。',
      ),
      f(
        'implementations',
        '[{ library, call, result: { name, value, unit, dataset } | null, source }]',
        'Maintained implementations with pretrained weights: the one-line call, the weights’ own result as the library reports it (not the paper’s), and the documentation page both were checked against.',
        '提供预训练权重的常用实现：一行调用代码、该库报告的这组权重自身的结果（不是论文中的数字），以及核对两者所依据的文档页面。',
      ),
      f(
        'methods',
        '[{ id, introduces, from: ["spec" | "facts"] }]',
        'Computed: the methods (data/methods.json) the model introduces or uses, and whether its layer spec shows them or its facts declare them.',
        '计算得出：该模型提出或使用的方法（见 data/methods.json），以及这一点来自它的层级描述还是事实文件中的声明。',
      ),
    ],
  },
  {
    path: 'data/models.csv',
    format: 'CSV',
    about: {
      en: 'One row per model with the scalar fields of models.json; lists are joined by `;`.',
      'zh-CN': '每个模型一行，包含 models.json 中的标量字段；列表用 `;` 连接。',
    },
    fields: [
      f('id, name, year, month, venue', 'text', 'As in models.json.', '与 models.json 相同。'),
      f('directions, authors', 'text', 'Lists joined by `;`.', '用 `;` 连接的列表。'),
      f(
        'institution, title, arxiv, url',
        'text',
        'As in models.json (title, arxiv and url are the paper’s).',
        '与 models.json 相同（title、arxiv、url 指论文）。',
      ),
      f('tier', 'text', '"full" or "brief".', '"full" 或 "brief"。'),
      f('page_en, page_zh', 'text', PAGES.meaning.en, PAGES.meaning['zh-CN']),
    ],
  },
  {
    path: 'data/compare.csv',
    format: 'CSV',
    about: {
      en: 'The compare table: one row per model with its ImageNet and LFW accuracies, parameters and multiply-adds, each with the network and source it comes from.',
      'zh-CN': '对比表：每个模型一行，包含 ImageNet 与 LFW 精度、参数量和乘加次数，每个数字都注明对应的网络和出处。',
    },
    fields: [
      f('id, name, year, month, directions, venue', 'text', 'As in models.csv.', '与 models.csv 相同。'),
      f(
        '<figure>, <figure>_variant, <figure>_source, <figure>_other_variant',
        'text',
        'For top1_accuracy_pct, top5_accuracy_pct, lfw_accuracy_pct, params_millions and mult_adds_millions: the value, the network it belongs to, its source, and "yes" when it is not the main variant’s.',
        '对 top1_accuracy_pct、top5_accuracy_pct、lfw_accuracy_pct、params_millions 和 mult_adds_millions 分别给出：数值、所属网络、出处，以及不是主要版本时的 "yes"。',
      ),
      f('page_en, page_zh', 'text', PAGES.meaning.en, PAGES.meaning['zh-CN']),
    ],
  },
  {
    path: 'data/directions.json',
    format: 'JSON',
    about: {
      en: '`{ schema, licence, directions: [ … ] }`, the research directions (the map’s lines).',
      'zh-CN': '`{ schema, licence, directions: [ … ] }`，即各研究方向（线路图上的线路）。',
    },
    fields: [
      ...HEADER,
      f('id', 'string', 'Stable id, as in the page URL.', '稳定 id，与页面网址一致。'),
      f('order', 'number', 'Position on the map and in lists.', '在线路图和列表中的顺序。'),
      f('name, description', '{ en, zh-CN }', 'In both languages.', '中英文两种语言。'),
      f(
        'colour, colour_dark',
        '#rrggbb',
        'Line colour on light and on dark backgrounds.',
        '浅色和深色背景下的线路颜色。',
      ),
      f(
        'planned',
        '[{ name, year }]',
        'Stations drawn on the line before they have an entry.',
        '已画在线路上但尚无条目的站点。',
      ),
      PAGES,
    ],
  },
  {
    path: 'data/methods.json',
    format: 'JSON',
    about: {
      en: '`{ schema, licence, methods: [ … ] }`, the ideas models share (layers, blocks, detection components, losses, training methods).',
      'zh-CN':
        '`{ schema, licence, methods: [ … ] }`，即模型之间共用的思想（层、模块、检测组件、损失函数、训练方法）。',
    },
    fields: [
      ...HEADER,
      f('id', 'string', 'Stable id, as in the page URL.', '稳定 id，与页面网址一致。'),
      f('name', '{ en, zh-CN }', 'In both languages.', '中英文两种语言。'),
      f('aliases', 'string[]', 'Other names readers search for.', '读者可能搜索的其他名称。'),
      f('kind', '"layer" | "block" | "detection" | "loss" | "training"', 'What sort of idea it is.', '方法的类别。'),
      f('formula', 'string', 'The defining formula, in KaTeX.', '定义公式（KaTeX 写法）。'),
      f(
        'introduced_by',
        '{ model } | { paper: { title, authors, year, venue, arxiv, url, doi } }',
        'The entry that introduced it, or the paper when the atlas has no entry for it.',
        '提出它的条目；图谱中没有该论文的条目时给出论文本身。',
      ),
      f(
        'notation',
        '{ icon, realised_by }',
        'How the diagrams show it: the icon, and the layer types, structures and patterns of the spec format that realise it.',
        '图中如何表示它：图标，以及层级描述格式中体现它的层类型、结构和模式。',
      ),
      f(
        'used_by',
        '[{ model, introduces, from: ["spec" | "facts"] }]',
        'Computed from the layer specs and the facts, in time order.',
        '由层级描述和事实文件计算得出，按时间排序。',
      ),
      PAGES,
    ],
  },
  {
    path: 'data/benchmarks.json',
    format: 'JSON',
    about: {
      en: '`{ schema, licence, benchmarks: [ … ] }`, the datasets and protocols results are reported on, with one ranked board per protocol, metric, split and ensemble setting.',
      'zh-CN':
        '`{ schema, licence, benchmarks: [ … ] }`，即报告结果所用的数据集和评测协议；每种协议、指标、数据划分和是否集成各有一个排行榜。',
    },
    fields: [
      ...HEADER,
      f('id, name, aliases, url', 'string / string[]', 'Identity of the benchmark.', '基准的标识信息。'),
      f('directions', 'string[]', 'Direction ids it belongs to.', '所属研究方向的 id。'),
      f('task, description', '{ en, zh-CN }', 'In both languages.', '中英文两种语言。'),
      f('prefixes', 'string[]', 'How the facts’ dataset fields name it.', '事实文件的 dataset 字段如何指称它。'),
      f(
        'metrics',
        '[{ name, aliases, better: "higher" | "lower", complement }]',
        'The figures reported on it and which direction is better.',
        '在该基准上报告的指标，以及数值越高越好还是越低越好。',
      ),
      f(
        'protocols',
        '[{ id, name, match }]',
        'The evaluation protocols results are grouped by.',
        '对结果分组所依据的评测协议。',
      ),
      f(
        'boards',
        '[{ key, protocol, metric, better, split, ensemble, results: [{ model, variant, value, unit, reported_as, year, month, dataset, source }] }]',
        'Ranked results, best first; a board never mixes protocols, metrics, splits or single models with ensembles.',
        '排好序的结果，最好的在前；同一榜单不混合不同协议、指标、数据划分，也不把单模型与集成模型放在一起。',
      ),
      PAGES,
    ],
  },
];

/** docs/open-data.md: the same documentation as Markdown, for readers of the repository. */
export function openDataMarkdown(): string {
  const lines = [
    '<!-- Generated from src/lib/atlas/open-data-doc.ts; rewrite with UPDATE_DOCS=1 npx vitest run tests/unit/atlas/open-data-doc.test.ts -->',
    '# Open data',
    '',
    'Every build writes the facts of the atlas as data, generated from the same files as the pages; the site',
    'documents them at `/en/data/` and `/zh/data/`. Page addresses in the files are absolute when the build was',
    'given `ATLAS_SITE`, and site-relative otherwise.',
    '',
    `Licence: ${LICENCE.name} (${LICENCE.id}, ${LICENCE.url}); credit "${LICENCE.attribution}".`,
    `Schema ${OPEN_DATA_SCHEMA} only grows: later versions add keys and never rename or remove one.`,
    '',
  ];
  for (const file of OPEN_DATA_FILES) {
    lines.push(`## \`/${file.path}\``, '', file.about.en, '', '| Field | Type | Meaning |', '|---|---|---|');
    for (const field of file.fields)
      lines.push(
        `| \`${field.name}\` | \`${field.type.replace(/\|/g, '\\|')}\` | ${field.meaning.en.replace(/\|/g, '\\|')} |`,
      );
    lines.push('');
  }
  lines.push(
    'Diagrams are files too: `/diagrams/<model>/<variant>-<compact|expanded>.svg`, one file in both languages;',
    'English shows by default, `#zh-CN` after the address shows Chinese.',
    '',
  );
  return lines.join('\n');
}
