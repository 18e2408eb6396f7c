/** Interface text of the method and benchmark pages and their indexes, in both languages (same keys). */
import type { Locale } from '../locales.ts';
import type { MethodKind } from '../../content/schema.ts';

const en = {
  navMethods: 'Methods',
  navBenchmarks: 'Benchmarks',
  methodsTitle: 'Methods',
  methodsIntro:
    'The ideas models share — layers, blocks, detection components, losses and training methods — each with who introduced it and every model in the atlas that uses it. Uses are read from the layer specs where a spec shows them, and from the models’ facts otherwise.',
  methodKinds: {
    layer: 'Layers',
    block: 'Blocks and modules',
    detection: 'Detection components',
    loss: 'Losses',
    training: 'Training methods',
  } as Record<MethodKind, string>,
  methodKind: {
    layer: 'layer',
    block: 'block',
    detection: 'detection component',
    loss: 'loss',
    training: 'training method',
  } as Record<MethodKind, string>,
  method: 'Method',
  methodFacts: 'About the method',
  kind: 'Kind',
  formula: 'Formula',
  introducedBy: 'Introduced by',
  introducedIn: (year: number) => `in ${year}`,
  notationIcon: 'In the notation',
  realisedBy: 'Shown in layer specs by',
  notShownBySpecs: 'No layer spec shows it; the models’ facts declare its use.',
  usedBy: 'Models that use it',
  usedByCount: (n: number) => (n === 1 ? '1 model' : `${n} models`),
  usedByIntro:
    'In order of first publication. “Layer spec” means the model’s architecture diagram shows the method; “facts” means its entry declares it.',
  usedByNone: 'No model in the atlas uses it yet.',
  introduces: 'introduced it',
  fromSpec: 'layer spec',
  fromFacts: 'facts',
  excerptTitle: (model: string) => `Inside ${model}`,
  excerptCaption: (variant: string, where: string) => `${where} in ${variant}, drawn in the atlas’s notation.`,
  methodsColumn: 'Methods',
  modelMethods: 'Methods',
  modelMethodIntroduced: 'introduced here',
  benchmarksTitle: 'Benchmarks',
  benchmarksIntro:
    'The datasets and protocols the atlas’s results are measured on, each with a leaderboard of every reported result, grouped so that numbers measured differently are never ranked together, and the best result over time.',
  benchmarkCount: (results: number, boards: number) =>
    results === 0
      ? 'no ranked results'
      : `${results} result${results === 1 ? '' : 's'} on ${boards} board${boards === 1 ? '' : 's'}`,
  benchmarkFacts: 'About the benchmark',
  task: 'Task',
  metrics: 'Metrics',
  better: { higher: 'higher is better', lower: 'lower is better' } as Record<'higher' | 'lower', string>,
  shownAs: (metric: string) => `shown as ${metric}`,
  protocols: 'Protocols',
  website: 'Website',
  leaderboards: 'Leaderboards',
  leaderboardsIntro:
    'One board per protocol, metric and split, single models and ensembles apart. Each number links to its model and names its source.',
  boardQualifier: (split: string, ensemble: boolean) => `, ${split}${ensemble ? ', ensembles' : ''}`,
  splitUnstated: 'split not stated',
  rank: 'Rank',
  model: 'Model',
  network: 'Network and setting',
  result: 'Result',
  date: 'First public',
  source: 'Source',
  reportedAs: (name: string, value: string) => `reported as ${name} ${value}`,
  sotaTitle: 'Best result over time',
  sotaCaption: (metric: string) =>
    `Every result on this board by date of first publication; the line steps up (or down) when a model sets a new best ${metric}.`,
  sotaRecord: 'new best',
  noResults: 'No model in the atlas reports a ranked result on this benchmark yet.',
  speedTitle: 'Speed figures measured on this benchmark',
  speedIntro: 'Frames per second and time per image depend on the hardware, so they are listed, not ranked.',
  allBenchmarks: 'All benchmarks',
  allMethods: 'All methods',
  benchmarkOfDataset: 'benchmark page',
};

export type CatalogueStrings = typeof en;

const zh: CatalogueStrings = {
  navMethods: '方法',
  navBenchmarks: '基准',
  methodsTitle: '方法',
  methodsIntro:
    '模型之间共用的思想——层、模块、检测组件、损失函数和训练方法——每一项都列出提出者，以及本图谱中使用它的所有模型。凡是逐层结构描述能体现的，使用情况直接从结构描述中读出；其余的由模型的基本信息声明。',
  methodKinds: {
    layer: '层',
    block: '模块',
    detection: '检测组件',
    loss: '损失函数',
    training: '训练方法',
  },
  methodKind: {
    layer: '层',
    block: '模块',
    detection: '检测组件',
    loss: '损失函数',
    training: '训练方法',
  },
  method: '方法',
  methodFacts: '方法概况',
  kind: '类别',
  formula: '公式',
  introducedBy: '提出者',
  introducedIn: (year: number) => `${year} 年`,
  notationIcon: '在本站记法中',
  realisedBy: '在结构描述中对应',
  notShownBySpecs: '逐层结构描述无法体现它，使用情况由模型的基本信息声明。',
  usedBy: '使用它的模型',
  usedByCount: (n: number) => `${n} 个模型`,
  usedByIntro: '按首次公开的时间排列。“结构描述”表示该模型的网络结构图中画出了这一方法；“基本信息”表示由条目声明。',
  usedByNone: '本图谱中还没有模型使用它。',
  introduces: '提出者',
  fromSpec: '结构描述',
  fromFacts: '基本信息',
  excerptTitle: (model: string) => `在 ${model} 中`,
  excerptCaption: (variant: string, where: string) => `${variant} 中的 ${where}，按本站记法绘制。`,
  methodsColumn: '方法',
  modelMethods: '所用方法',
  modelMethodIntroduced: '本文提出',
  benchmarksTitle: '基准',
  benchmarksIntro:
    '本图谱中各项结果所依据的数据集和评测协议。每个基准都有一份排行榜，收录所有已报告的结果，并按评测方式分组，保证测量方式不同的数字不会放在一起排名；另附最佳结果随时间的变化。',
  benchmarkCount: (results: number, boards: number) =>
    results === 0 ? '没有参与排名的结果' : `${boards} 个榜单，共 ${results} 条结果`,
  benchmarkFacts: '基准概况',
  task: '任务',
  metrics: '指标',
  better: { higher: '越高越好', lower: '越低越好' },
  shownAs: (metric: string) => `换算为 ${metric}`,
  protocols: '评测协议',
  website: '网站',
  leaderboards: '排行榜',
  leaderboardsIntro:
    '每种评测协议、指标和数据划分各一个榜单，单模型与集成模型分开。每个数字都链接到对应的模型，并注明出处。',
  boardQualifier: (split: string, ensemble: boolean) => `，${split}${ensemble ? '，集成模型' : ''}`,
  splitUnstated: '未说明划分',
  rank: '名次',
  model: '模型',
  network: '网络与设置',
  result: '结果',
  date: '首次公开',
  source: '出处',
  reportedAs: (name: string, value: string) => `原文报告为 ${name} ${value}`,
  sotaTitle: '最佳结果随时间的变化',
  sotaCaption: (metric: string) =>
    `本榜单的所有结果按首次公开的时间排列；每当有模型刷新最佳 ${metric}，折线就上升（或下降）一级。`,
  sotaRecord: '刷新纪录',
  noResults: '本图谱中还没有模型在这个基准上报告参与排名的结果。',
  speedTitle: '在此基准上测得的速度',
  speedIntro: '每秒帧数和单张耗时取决于硬件，因此只列出，不排名。',
  allBenchmarks: '全部基准',
  allMethods: '全部方法',
  benchmarkOfDataset: '基准页面',
};

const STRINGS: Record<Locale, CatalogueStrings> = { en, 'zh-CN': zh };

/** The interface text of the method and benchmark pages in one language. */
export function catalogueStrings(locale: Locale): CatalogueStrings {
  return STRINGS[locale];
}
