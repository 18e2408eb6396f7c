/**
 * The notation's icons: one shape per layer family (distinct in outline, not only in colour), their fill
 * colours as CSS custom properties with light and dark fallbacks, and the legend's names and descriptions.
 */
import type { Family } from './layers.ts';
import type { Locale } from '../i18n/locales.ts';
import { escapeXml } from '../svg.ts';

type Text = Record<Locale, string>;

export interface IconDef {
  /** SVG drawing centred on (0, 0); fill comes from the family's CSS class, stroke from currentColor. */
  body: string;
  /** Half width and half height of the drawing. */
  hw: number;
  hh: number;
  /** Fill colour when the page sets no --nt-<family> property: light scheme, dark scheme. */
  light: string;
  dark: string;
  /** Drawn as a small mark under the layer it follows (batch norm, activation, dropout, flatten). */
  mark?: boolean;
}

export const ICONS: Record<Family, IconDef> = {
  input: {
    body: '<rect x="-8" y="-12" width="16" height="24" rx="3"/><path d="M-4-5h8M-4 0h8M-4 5h8" fill="none"/>',
    hw: 8,
    hh: 12,
    light: '#ffffff',
    dark: '#1f2328',
  },
  conv: {
    body: '<path d="M-11-8h16v20h-16z"/><path d="M-11-8l6-5h16l-6 5zM5-8l6-5v20l-6 5z"/>',
    hw: 11,
    hh: 13,
    light: '#9ecae1',
    dark: '#2b5f85',
  },
  pwconv: {
    body: '<path d="M-5-8h5v20h-5z"/><path d="M-5-8l5-5h5l-5 5zM0-8l5-5v20l-5 5z"/>',
    hw: 5,
    hh: 13,
    light: '#c6dbef',
    dark: '#3b5573',
  },
  dwconv: {
    body: '<path d="M-11-4h12v16h-12z"/><path d="M-8-8h12v16"/><path d="M-5-12h12v16" />',
    hw: 11,
    hh: 12,
    light: '#a1d99b',
    dark: '#2f6b3a',
  },
  gconv: {
    body: '<path d="M-11-8h16v8h-16zM-11 3h16v8h-16z"/><path d="M-11-8l6-5h16l-6 5zM5-8l6-5v19l-6 5z"/>',
    hw: 11,
    hh: 13,
    light: '#6baed6',
    dark: '#1f4e79',
  },
  pool: { body: '<path d="M-9-12L9-6V6L-9 12z"/>', hw: 9, hh: 12, light: '#fdae6b', dark: '#8a4b14' },
  gpool: { body: '<path d="M-9-12L9 0L-9 12z"/>', hw: 9, hh: 12, light: '#fd8d3c', dark: '#9c3d06' },
  fc: {
    body: '<rect x="-6" y="-13" width="12" height="26" rx="6"/><circle cx="0" cy="-6" r="2"/><circle cx="0" cy="0" r="2"/><circle cx="0" cy="6" r="2"/>',
    hw: 6,
    hh: 13,
    light: '#bcbddc',
    dark: '#4b4a7d',
  },
  softmax: { body: '<path d="M-5-9h10l5 9-5 9h-10l-5-9z"/>', hw: 10, hh: 9, light: '#dadaeb', dark: '#5a5a7a' },
  add: {
    body: '<circle r="7"/><path d="M-4 0h8M0-4v8" fill="none"/>',
    hw: 7,
    hh: 7,
    light: '#ffffff',
    dark: '#1f2328',
  },
  multiply: {
    body: '<circle r="7"/><path d="M-3-3l6 6M3-3l-6 6" fill="none"/>',
    hw: 7,
    hh: 7,
    light: '#fde0dd',
    dark: '#6b2d3a',
  },
  concat: {
    body: '<rect x="-6" y="-8" width="12" height="16" rx="1"/><path d="M-2-8v16M2-8v16" fill="none"/>',
    hw: 6,
    hh: 8,
    light: '#fcbba1',
    dark: '#7a3320',
  },
  shuffle: {
    body: '<rect x="-7" y="-7" width="14" height="14" rx="2"/><path d="M-7-3C0-3 0 3 7 3M-7 3C0 3 0-3 7-3" fill="none"/>',
    hw: 7,
    hh: 7,
    light: '#c7e9c0',
    dark: '#2e5e35',
  },
  split: {
    body: '<path d="M-7 0h4l6-6M-3 0l6 6" fill="none"/><circle cx="-3" cy="0" r="1.5"/>',
    hw: 7,
    hh: 6,
    light: '#e5f5e0',
    dark: '#3a4f3a',
  },
  norm: { body: '<path d="M0-4l4 4-4 4-4-4z"/>', hw: 4, hh: 4, light: '#d9d9d9', dark: '#5c5c5c', mark: true },
  act: { body: '<path d="M-4 2h4l4-5" fill="none"/>', hw: 4, hh: 3, light: '#fee391', dark: '#7a6a1c', mark: true },
  dropout: {
    body: '<circle r="3.5" stroke-dasharray="1.5 1.5"/>',
    hw: 4,
    hh: 4,
    light: '#f0f0f0',
    dark: '#444444',
    mark: true,
  },
  reshape: {
    body: '<rect x="-4" y="-1.5" width="8" height="3"/>',
    hw: 4,
    hh: 2,
    light: '#e0e0e0',
    dark: '#555555',
    mark: true,
  },
};

export interface LegendEntry {
  family: Family;
  name: Text;
  description: Text;
  /** Layer types (spec keywords) drawn with this icon. */
  types: string[];
  /** true: drawn as a small mark under the layer it follows rather than as a node of its own. */
  mark: boolean;
}

const entry = (family: Family, types: string[], name: Text, description: Text): LegendEntry => ({
  family,
  types,
  name,
  description,
  mark: ICONS[family].mark ?? false,
});

/** Every icon family, in reading order, with names and descriptions in both languages. */
export const LEGEND: LegendEntry[] = [
  entry(
    'input',
    ['input'],
    { en: 'Input', 'zh-CN': '输入' },
    {
      en: 'The input tensor; the strip under the diagram starts with its size.',
      'zh-CN': '输入张量；图下方的尺寸条从它的尺寸开始。',
    },
  ),
  entry(
    'conv',
    ['conv'],
    { en: 'Convolution', 'zh-CN': '卷积' },
    {
      en: 'A k×k (or 1×n, n×1) convolution over all input channels. Label: kernel and stride (/2 halves the map), then the output channels.',
      'zh-CN':
        '对全部输入通道做 k×k（或 1×n、n×1）卷积。标签：卷积核与步长（/2 表示特征图边长减半），下面是输出通道数。',
    },
  ),
  entry(
    'pwconv',
    ['pwconv', 'conv (1×1)'],
    { en: 'Pointwise convolution', 'zh-CN': '逐点卷积' },
    {
      en: 'A 1×1 convolution: mixes channels at each position without looking at neighbours; drawn as a thin slab.',
      'zh-CN': '1×1 卷积：只在每个位置上混合通道，不看相邻像素；画成一块薄板。',
    },
  ),
  entry(
    'dwconv',
    ['dwconv'],
    { en: 'Depthwise convolution', 'zh-CN': '深度卷积' },
    {
      en: 'One k×k filter per channel, with no mixing across channels; drawn as a stack of separate sheets.',
      'zh-CN': '每个通道各用一个 k×k 卷积核，通道之间不混合；画成一叠彼此分开的薄片。',
    },
  ),
  entry(
    'gconv',
    ['conv with g > 1', 'pwconv with g > 1'],
    { en: 'Group convolution', 'zh-CN': '分组卷积' },
    {
      en: 'The channels are split into g groups convolved separately (AlexNet’s two GPUs, ResNeXt, ShuffleNet); drawn as a divided block.',
      'zh-CN': '通道分成 g 组分别卷积（AlexNet 的两块 GPU、ResNeXt、ShuffleNet）；画成被分隔开的方块。',
    },
  ),
  entry(
    'pool',
    ['maxpool', 'avgpool', 'subsample'],
    { en: 'Pooling', 'zh-CN': '池化' },
    {
      en: 'Max or average over a sliding window; narrows to the right because it shrinks the map. Label: type, window and stride.',
      'zh-CN': '在滑动窗口内取最大值或平均值；向右收窄，表示特征图变小。标签：类型、窗口与步长。',
    },
  ),
  entry(
    'gpool',
    ['gap', 'gmp'],
    { en: 'Global pooling', 'zh-CN': '全局池化' },
    {
      en: 'Averages (or takes the maximum of) each whole map down to a single number per channel.',
      'zh-CN': '把每个通道的整张特征图平均（或取最大值）成一个数。',
    },
  ),
  entry(
    'fc',
    ['fc', 'rbf'],
    { en: 'Fully connected', 'zh-CN': '全连接' },
    {
      en: 'Every output unit sees every input value; a feature map is flattened first. Label: the number of units.',
      'zh-CN': '每个输出单元连接全部输入；特征图先被展平。标签：单元个数。',
    },
  ),
  entry(
    'concat',
    ['join: concat'],
    { en: 'Concatenation', 'zh-CN': '拼接' },
    {
      en: 'Joins branches by stacking their channels (Inception, DenseNet); the maps must have the same height and width.',
      'zh-CN': '把各分支的通道叠在一起（Inception、DenseNet）；各分支特征图的高和宽必须相同。',
    },
  ),
  entry(
    'add',
    ['join: add'],
    { en: 'Addition', 'zh-CN': '相加' },
    {
      en: 'Element-wise sum of a block and its shortcut (ResNet); both must have the same shape. The arc above the block is the identity shortcut.',
      'zh-CN': '块的输出与捷径逐元素相加（ResNet）；两者形状必须相同。块上方的弧线是恒等捷径。',
    },
  ),
  entry(
    'multiply',
    ['join: multiply', 'se'],
    { en: 'Multiplication (gating)', 'zh-CN': '相乘（门控）' },
    {
      en: 'Scales each channel by a weight computed from the map itself: squeeze-and-excitation.',
      'zh-CN': '用由特征图自身算出的权重缩放每个通道：即挤压-激励（SE）模块。',
    },
  ),
  entry(
    'shuffle',
    ['shuffle'],
    { en: 'Channel shuffle', 'zh-CN': '通道混洗' },
    {
      en: 'Reorders channels so that the next group convolution sees channels from every group (ShuffleNet).',
      'zh-CN': '重新排列通道，使下一个分组卷积能看到来自每一组的通道（ShuffleNet）。',
    },
  ),
  entry(
    'split',
    ['parallel with split'],
    { en: 'Channel split', 'zh-CN': '通道拆分' },
    {
      en: 'Divides the channels between branches instead of copying the whole input to each (ShuffleNet v2).',
      'zh-CN': '把通道分给各分支，而不是把整个输入复制给每个分支（ShuffleNet v2）。',
    },
  ),
  entry(
    'softmax',
    ['softmax'],
    { en: 'Softmax', 'zh-CN': 'Softmax' },
    {
      en: 'Turns the last layer’s scores into class probabilities.',
      'zh-CN': '把最后一层的得分变成各类别的概率。',
    },
  ),
  entry(
    'norm',
    ['bn', 'lrn'],
    { en: 'Normalisation', 'zh-CN': '归一化' },
    {
      en: 'Batch normalisation or local response normalisation, drawn as a small diamond under the layer it follows.',
      'zh-CN': '批归一化或局部响应归一化，画成所跟随层下方的小菱形。',
    },
  ),
  entry(
    'act',
    ['relu', 'relu6', 'leaky_relu', 'prelu', 'elu', 'gelu', 'swish', 'hswish', 'sigmoid', 'hsigmoid', 'tanh', 'mfm'],
    { en: 'Activation', 'zh-CN': '激活函数' },
    {
      en: 'A non-linearity (ReLU, ReLU6, PReLU, swish, sigmoid, tanh, max-feature-map), drawn as a small hinge under the layer it follows.',
      'zh-CN': '非线性函数（ReLU、ReLU6、PReLU、swish、sigmoid、tanh、MFM），画成所跟随层下方的小折线。',
    },
  ),
  entry(
    'dropout',
    ['dropout'],
    { en: 'Dropout', 'zh-CN': 'Dropout' },
    {
      en: 'Randomly zeroes activations during training; drawn as a small dashed circle.',
      'zh-CN': '训练时随机把部分激活置零；画成小虚线圆。',
    },
  ),
  entry(
    'reshape',
    ['flatten'],
    { en: 'Flatten', 'zh-CN': '展平' },
    {
      en: 'Turns a feature map into a vector before fully connected layers.',
      'zh-CN': '在全连接层之前把特征图变成向量。',
    },
  ),
];

/** The style sheet embedded in every diagram: fills by family, strokes and text in currentColor. */
export function styleSheet(): string {
  const families = Object.keys(ICONS) as Family[];
  const light = families.map((f) => `.nt-${f}{fill:var(--nt-${f},${ICONS[f].light})}`).join('');
  const dark = families.map((f) => `.nt-${f}{fill:var(--nt-${f},${ICONS[f].dark})}`).join('');
  return (
    '.nt{color:var(--nt-ink,#1f2328);font:9px/1 system-ui,-apple-system,"Segoe UI","Noto Sans SC",sans-serif}' +
    '.nt-n,.nt-m{stroke:currentColor;stroke-width:1;stroke-linejoin:round}' +
    '.nt-e,.nt-s{fill:none;stroke:currentColor;stroke-width:1}.nt-s{opacity:.7}' +
    '.nt text{fill:currentColor;stroke:none}.nt-t{text-anchor:middle}.nt-d{opacity:.75}' +
    '.nt-f{fill:none;stroke:currentColor;stroke-dasharray:3 2;opacity:.6}.nt-b{fill:var(--nt-strip,#f3f4f6)}' +
    light +
    `@media (prefers-color-scheme:dark){.nt{color:var(--nt-ink,#e6e6e6)}.nt-b{fill:var(--nt-strip,#2a2e35)}${dark}}`
  );
}

/** A standalone SVG of one family's icon, for the legend page. */
export function renderLegendIcon(family: Family, lang: Locale = 'en', size = 40): string {
  const icon = ICONS[family];
  const entryName = LEGEND.find((e) => e.family === family)?.name[lang] ?? family;
  const scale = icon.mark ? 2 : 1;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="nt" viewBox="-16 -16 32 32" width="${size}" height="${size}" role="img">` +
    `<title>${escapeXml(entryName)}</title><style>${styleSheet()}</style>` +
    `<g class="${icon.mark ? 'nt-m' : 'nt-n'} nt-${family}" transform="scale(${scale})">${icon.body}</g></svg>`
  );
}
