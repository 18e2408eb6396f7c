/**
 * Interface text of the architecture notation, in both languages (same keys): the words inside a diagram
 * (its title and description for screen readers, the input label, the tooltips), a model page's
 * architecture section and the notation legend page.
 */
import type { Locale } from '../locales.ts';
import type { StructureId } from '../../notation/legend-examples.ts';

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
  /** A compact hourglass's label: how many times it halves and doubles the resolution. */
  hourglassLevels: (n: number) => `${n} levels`,
  diagramSummary: (c: DiagramCounts) =>
    `${c.layers} layers, ${c.params} parameters, ${c.multAdds} multiply-adds; input ${c.input}.`,
  figureTitle: (name: string, networks: number, view: View) =>
    `${name}: architecture diagram (${networks} networks, ${en.view[view]})`,
  inputLabel: 'input',
  /** The line above a maxout layer's units: its pieces per unit. */
  maxoutLine: (k: number) => `maxout ×${k}`,
  tipParams: 'params',
  tipMultAdds: 'mult-adds',
  tipRuns: 'runs',
  tipShares: 'weights shared with',
  // A panel's heading in a figure of several networks.
  fixedNote: 'fixed, not trained',
  feedsNote: 'feeds',

  // The architecture section of a model page.
  sectionTitle: 'Architecture diagram',
  sectionIntro:
    'Drawn from the layer spec of this model; the same spec computes every shape, parameter and multiply-add below. What each icon means: ',
  legendLink: 'notation legend',
  costJoin: '; how the figures are computed: ',
  costLink: 'counting rules',
  sentenceEnd: '.',
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
  layersPage: (model: string) => `${model}: every layer`,
  layersIntro: (model: string) =>
    `Each layer of ${model}'s featured variant as the atlas notation computes it: its output shape, parameters and multiply-adds.`,
  layersBack: (model: string) => `Back to ${model}`,
  layer: 'Layer',
  type: 'Type',
  output: 'Output',
  cost: 'How the figures are computed',
  costText:
    "For a convolution with $n$ filters of $k_h\\times k_w$ over $c$ input channels (per group, for grouped convolutions) and an $H'\\times W'$ output:",
  bn: 'Batch normalisation adds two parameters per channel (γ, β); running means and variances are not parameters. Mult-adds count convolutions, fully connected and maxout layers.',
  scroll: (n: string) => `${n} diagram (scrolls sideways)`,
  notes: 'Notes',
  depends: 'The counts depend on:',
  perUnit: (n: string) => `one more adds ${n} parameters`,
  /** Punctuation of the dependency sentence: `classes = 91 — object classes, one more adds 1,285 parameters; …`. */
  dependency: { between: '; ', meaning: ' — ', perUnit: ', ', end: '.' },
  fixedNetwork: 'a fixed network, not updated in training; its parameters are not the model’s',
  feedsNetwork: (n: string) => `its output feeds ${n}`,

  // The notation legend page.
  legendTitle: 'Architecture notation',
  legendDescription:
    'What each icon in the atlas’s architecture diagrams stands for — convolution, pooling, fully connected, concat, add and more — and how to read the strip of feature-map sizes.',
  nodes: 'Nodes',
  specKeywords: 'spec keywords',
  marks: 'Marks under a layer',
  modelsWithDiagrams: 'Models with diagrams',
  structures: 'Structures and links',
  structuresIntro:
    'How a diagram shows what is not a chain of layers. Each example is drawn from a tiny spec by the same engine as the model pages (docs/notation.md gives the spec keywords).',
  structure: {
    arc: {
      name: 'A tensor read again',
      text: 'An arc over the row from where a tensor is made to the item that reads it again, here a concatenation of an earlier output with the current one (`from:`, `concat: [a, -1]`).',
    },
    tags: {
      name: 'Across rows: tags',
      text: 'When the reader is in another row, a tag “enc →” above the place the tensor is made and a tag “→ enc” above the place it is read stand for the line (U-Net’s copy across the encoder and decoder, FPN’s levels).',
    },
    attr: {
      name: 'Read through an attribute: dashed',
      text: 'A dashed line is a tensor a layer uses for something other than its input: the pooling indices of max unpooling (SegNet), the size an up-sampling matches, the style of AdaIN, the condition of conditional batch norm.',
    },
    head: {
      name: 'Head',
      text: 'A branch that leaves the flow to an output of its own while the flow goes on (a detector’s box and mask heads, an auxiliary classifier); the ringed mark ends a head trained with a loss of its own.',
    },
    cell: {
      name: 'Cell',
      text: 'A small graph of named tensors, each operation reading the ones it names, drawn as a graph rather than a chain (NASNet’s cells, an FPN, a DAG block).',
    },
    part: {
      name: 'Part in a frame',
      text: 'A larger part written in one line of the spec (ASPP, pyramid pooling, an RPN, an FPN, an hourglass) is drawn in a dashed frame labelled with its name; its layers are counted like any others.',
    },
    backbone: {
      name: 'Backbone from another model',
      text: 'A network taken whole from another model’s spec (Faster R-CNN’s ResNet-50, SSD’s VGG-16), never copied. The compact view draws it as one double-edged box naming the model and the last item used; the expanded view draws its layers under the same caption.',
    },
    figure: {
      name: 'Figure of several networks',
      text: 'Networks trained together (a generator and its discriminator, CycleGAN’s two of each) or a fixed loss network are drawn as one figure, one panel each, every panel headed by its own totals and by where its output goes.',
    },
  } as Record<StructureId, { name: string; text: string }>,
};

export type NotationStrings = typeof en;

const zh: NotationStrings = {
  view: { compact: '紧凑视图', expanded: '展开视图' },
  diagramTitle: (name, view) => `${name} 网络结构图（${zh.view[view]}）`,
  hourglassLevels: (n) => `${n} 级`,
  diagramSummary: (c) => `${c.layers} 层，${c.params} 个参数，${c.multAdds}次乘加；输入 ${c.input}。`,
  figureTitle: (name, networks, view) => `${name} 网络结构图（${networks} 个网络，${zh.view[view]}）`,
  inputLabel: '输入',
  maxoutLine: (k) => `maxout（${k} 片）`,
  tipParams: '参数',
  tipMultAdds: '乘加',
  tipRuns: '次运行',
  tipShares: '与其共享权重：',
  fixedNote: '固定，不参与训练',
  feedsNote: '输出送入',

  sectionTitle: '结构图',
  sectionIntro: '下图由本站的层级描述文件自动绘制，参数量和乘加次数也由同一份描述逐层算出。图标含义见',
  legendLink: '记号说明',
  costJoin: '，计算方法见',
  costLink: '计算规则',
  sentenceEnd: '。',
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
  layersPage: (model) => `${model}：逐层明细`,
  layersIntro: (model) => `${model} 主要变体的每一层，由本站的结构记法计算：输出形状、参数量与乘加次数。`,
  layersBack: (model) => `返回 ${model}`,
  layer: '层',
  type: '类型',
  output: '输出',
  cost: '参数量与乘加次数如何计算',
  costText:
    "一个卷积层有 $n$ 个 $k_h\\times k_w$ 卷积核、输入 $c$ 个通道（分组卷积按每组通道数计），输出大小为 $H'\\times W'$ 时：",
  bn: '批归一化每个通道计 2 个参数（γ、β）；运行均值和方差不计入参数量。乘加次数只统计卷积层、全连接层和 maxout 层。',
  scroll: (n) => `${n} 结构图（可横向滚动）`,
  notes: '说明',
  depends: '计数取决于以下变量：',
  perUnit: (n) => `每加 1 多 ${n} 个参数`,
  dependency: { between: '；', meaning: '，', perUnit: '，', end: '。' },
  fixedNetwork: '固定网络，训练时不更新，参数不计入模型',
  feedsNetwork: (n) => `输出送入 ${n}`,

  legendTitle: '结构图记号说明',
  legendDescription: '本站结构图中每种图标的含义：卷积、池化、全连接、拼接、相加等，以及图下方特征图尺寸条的读法。',
  nodes: '节点',
  specKeywords: '描述文件关键字',
  marks: '附在层下方的小标记',
  modelsWithDiagrams: '有结构图的模型',
  structures: '结构与连线',
  structuresIntro:
    '结构图如何表示不是一条直链的部分。每个例子都由一份很小的描述文件、用与模型页面相同的引擎画出（描述文件的关键字见 docs/notation.md）。',
  structure: {
    arc: {
      name: '再次读取的张量',
      text: '同一行里，从张量产生处到再次读取它的地方画一条弧线，这里是把较早的输出与当前输出拼接（`from:`、`concat: [a, -1]`）。',
    },
    tags: {
      name: '跨行：标签',
      text: '读取处在另一行时，用两个标签代替连线：产生处上方写“enc →”，读取处上方写“→ enc”（U-Net 从编码器复制到解码器的特征、FPN 的各层级）。',
    },
    attr: {
      name: '通过属性读取：虚线',
      text: '虚线表示某层并非当作输入、而是另作他用的张量：最大反池化用到的池化索引（SegNet）、上采样要对齐的尺寸、AdaIN 的风格、条件批归一化的条件。',
    },
    head: {
      name: '输出头',
      text: '从主路径分出、通向单独输出的分支，主路径照常继续（检测器的边界框头和掩码头、辅助分类器）；末端的圆环标记表示该输出头有自己的损失函数。',
    },
    cell: {
      name: '单元',
      text: '由命名张量组成的小图，每个运算读取它点名的张量，因此画成图而不是直链（NASNet 的单元、FPN、有向无环的模块）。',
    },
    part: {
      name: '框内的组件',
      text: '在描述文件里一行写成的较大组件（ASPP、金字塔池化、RPN、FPN、沙漏模块）画在带名称的虚线框里；其中各层和其他层一样计数。',
    },
    backbone: {
      name: '取自其他模型的骨干网络',
      text: '整体取自另一个模型描述文件的网络（Faster R-CNN 的 ResNet-50、SSD 的 VGG-16），从不复制。紧凑视图画成一个双线框，写明模型和用到的最后一项；展开视图在同样的说明下画出其中各层。',
    },
    figure: {
      name: '多个网络的组图',
      text: '一起训练的网络（生成器与判别器、CycleGAN 的两对）或固定的损失网络画在一张图里，每个网络一栏，栏首写明它自己的总数以及输出送往哪里。',
    },
  },
};

const TABLES: Record<Locale, NotationStrings> = { en, 'zh-CN': zh };

/** The notation's interface text in one language. */
export function notationStrings(locale: Locale): NotationStrings {
  return TABLES[locale];
}
