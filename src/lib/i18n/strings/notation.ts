/**
 * Interface text of the architecture notation, in both languages (same keys): the words inside a diagram
 * (its title and description for screen readers, the input label, the tooltips), a model page's
 * architecture section and the notation legend page.
 */
import type { Locale } from '../locales.ts';

/** A diagram's two views (as in the renderer's options). */
type View = 'compact' | 'expanded';

/** What a diagram's description counts, already formatted for the language. */
export interface DiagramCounts {
  layers: number;
  params: string;
  multAdds: string;
  input: string;
}

const en = {
  // Inside a diagram.
  view: { compact: 'compact view', expanded: 'expanded view' } as Record<View, string>,
  diagramTitle: (name: string, view: View) => `${name}: architecture diagram (${en.view[view]})`,
  diagramSummary: (c: DiagramCounts) =>
    `${c.layers} layers, ${c.params} parameters, ${c.multAdds} multiply-adds; input ${c.input}.`,
  inputLabel: 'input',
  tipParams: 'params',
  tipMultAdds: 'mult-adds',

  // The architecture section of a model page.
  sectionTitle: 'Architecture diagram',
  sectionIntro:
    'Drawn from the layer spec of this model; the same spec computes every shape, parameter and multiply-add below. What each icon means:',
  legendLink: 'notation legend',
  viewSwitch: 'View',
  compact: 'Compact',
  expanded: 'Expanded (every layer)',
  download: 'Download SVG',
  variants: 'Parameters and cost of each variant',
  variant: 'Variant',
  input: 'Input',
  params: 'Parameters',
  multAdds: 'Mult-adds',
  published: 'Published figure (source, difference)',
  computed: 'computed',
  layers: (n: string) => `Every layer of ${n}`,
  layer: 'Layer',
  type: 'Type',
  output: 'Output',
  cost: 'How the figures are computed',
  costText:
    "For a convolution with $n$ filters of $k_h\\times k_w$ over $c$ input channels (per group, for grouped convolutions) and an $H'\\times W'$ output:",
  bn: 'Batch normalisation adds two parameters per channel (γ, β); running means and variances are not parameters. Mult-adds count convolutions and fully connected layers.',
  scroll: (n: string) => `${n} diagram (scrolls sideways)`,
  notes: 'Notes',

  // The notation legend page.
  legendTitle: 'Architecture notation',
  legendDescription:
    'What each icon in the atlas’s architecture diagrams stands for — convolution, pooling, fully connected, concat, add and more — and how to read the strip of feature-map sizes.',
  nodes: 'Nodes',
  specKeywords: 'spec keywords',
  marks: 'Marks under a layer',
  modelsWithDiagrams: 'Models with diagrams',
};

export type NotationStrings = typeof en;

const zh: NotationStrings = {
  view: { compact: '紧凑视图', expanded: '展开视图' },
  diagramTitle: (name, view) => `${name} 网络结构图（${zh.view[view]}）`,
  diagramSummary: (c) => `${c.layers} 层，${c.params} 个参数，${c.multAdds}次乘加；输入 ${c.input}。`,
  inputLabel: '输入',
  tipParams: '参数',
  tipMultAdds: '乘加',

  sectionTitle: '结构图',
  sectionIntro: '下图由本站的层级描述文件自动绘制，参数量和乘加次数也由同一份描述逐层算出。图标含义见',
  legendLink: '记号说明',
  viewSwitch: '视图',
  compact: '紧凑',
  expanded: '展开（逐层）',
  download: '下载 SVG',
  variants: '各版本的参数量与计算量',
  variant: '版本',
  input: '输入',
  params: '参数量',
  multAdds: '乘加次数',
  published: '文献数字（出处，差异）',
  computed: '本站计算',
  layers: (n) => `${n} 的逐层明细`,
  layer: '层',
  type: '类型',
  output: '输出',
  cost: '计算方法',
  costText:
    "一个卷积层有 $n$ 个 $k_h\\times k_w$ 卷积核、输入 $c$ 个通道（分组卷积按每组通道数计），输出大小为 $H'\\times W'$ 时：",
  bn: '批归一化每个通道计 2 个参数（γ、β）；运行均值和方差不计入参数量。乘加次数只统计卷积层和全连接层。',
  scroll: (n) => `${n} 结构图（可横向滚动）`,
  notes: '说明',

  legendTitle: '结构图记号说明',
  legendDescription: '本站结构图中每种图标的含义：卷积、池化、全连接、拼接、相加等，以及图下方特征图尺寸条的读法。',
  nodes: '节点',
  specKeywords: '描述文件关键字',
  marks: '附在层下方的小标记',
  modelsWithDiagrams: '有结构图的模型',
};

const TABLES: Record<Locale, NotationStrings> = { en, 'zh-CN': zh };

/** The notation's interface text in one language. */
export function notationStrings(locale: Locale): NotationStrings {
  return TABLES[locale];
}
