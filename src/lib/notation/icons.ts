/**
 * The notation's icons: one shape per layer family (distinct in outline, not only in colour), their fill
 * colours as CSS custom properties with light and dark fallbacks, and the legend's names and descriptions.
 */
import { ACTIVATION_TYPES, type Family } from './layers/index.ts';
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
  latent: {
    body: '<rect x="-8" y="-12" width="16" height="24" rx="8"/><circle cx="-3" cy="-5" r="1.4" fill="currentColor"/><circle cx="3" cy="-1" r="1.4" fill="currentColor"/><circle cx="-2" cy="4" r="1.4" fill="currentColor"/><circle cx="3" cy="7" r="1.4" fill="currentColor"/>',
    hw: 8,
    hh: 12,
    light: '#f2f0f7',
    dark: '#3d3a4f',
  },
  condition: {
    body: '<path d="M-9-7h12l6 7-6 7h-12z"/><circle cx="-5" cy="0" r="1.8" fill="none"/>',
    hw: 9,
    hh: 7,
    light: '#fff7bc',
    dark: '#6b5e12',
  },
  const: {
    body: '<rect x="-8" y="-10" width="16" height="20" rx="1"/><path d="M-8 2l10-12M-8 10l16-19M0 10l8-9" fill="none"/>',
    hw: 8,
    hh: 10,
    light: '#e7e1ef',
    dark: '#4a4257',
  },
  dilconv: {
    body: '<path d="M-11-8h16v20h-16z"/><path d="M-11-8l6-5h16l-6 5zM5-8l6-5v20l-6 5z"/><circle cx="-8" cy="-5" r="1.1" fill="currentColor"/><circle cx="-3" cy="-5" r="1.1" fill="currentColor"/><circle cx="2" cy="-5" r="1.1" fill="currentColor"/><circle cx="-8" cy="2" r="1.1" fill="currentColor"/><circle cx="-3" cy="2" r="1.1" fill="currentColor"/><circle cx="2" cy="2" r="1.1" fill="currentColor"/><circle cx="-8" cy="9" r="1.1" fill="currentColor"/><circle cx="-3" cy="9" r="1.1" fill="currentColor"/><circle cx="2" cy="9" r="1.1" fill="currentColor"/>',
    hw: 11,
    hh: 13,
    light: '#c6dbef',
    dark: '#2a5276',
  },
  local: {
    body: '<path d="M-11-8h16v20h-16z"/><path d="M-11-8l6-5h16l-6 5zM5-8l6-5v20l-6 5z"/><path d="M-3-8v20M-11 2h16" fill="none"/>',
    hw: 11,
    hh: 13,
    light: '#9ebcda',
    dark: '#3f4f7a',
  },
  deconv: {
    body: '<path d="M-10-5L5-11V11L-10 5z"/><path d="M5-11l5-2v22l-5 2z"/>',
    hw: 10,
    hh: 13,
    light: '#74c0b4',
    dark: '#1f6a60',
  },
  upsample: { body: '<path d="M-9-6L9-12V12L-9 6z"/>', hw: 9, hh: 12, light: '#fdd0a2', dark: '#7d4a1e' },
  unpool: {
    body: '<path d="M-9-6H-1L9-12V12L-1 6H-9z"/><circle cx="-5" cy="0" r="1.6" fill="currentColor"/>',
    hw: 9,
    hh: 12,
    light: '#fee6ce',
    dark: '#6e4a2a',
  },
  crop: {
    body: '<rect x="-7" y="-7" width="14" height="14"/><path d="M-10-3v-7h7M10 3v7h-7" fill="none"/>',
    hw: 10,
    hh: 10,
    light: '#f7f7f7',
    dark: '#3a3a3a',
  },
  roi: {
    body: '<rect x="-9" y="-9" width="18" height="18" rx="1"/><rect x="-4" y="-5" width="9" height="8" fill="none" stroke-dasharray="2 1.5"/>',
    hw: 9,
    hh: 9,
    light: '#fcc5c0',
    dark: '#7a2e45',
  },
  grid: {
    body: '<rect x="-9" y="-9" width="18" height="18"/><path d="M-3-9v18M3-9v18M-9-3h18M-9 3h18" fill="none"/>',
    hw: 9,
    hh: 9,
    light: '#d4b9da',
    dark: '#5b3f66',
  },
  toseq: {
    body: '<path d="M-10-9h5v18h-5zM-2.5-9h5v18h-5zM5-9h5v18h-5z"/>',
    hw: 10,
    hh: 9,
    light: '#d9f0a3',
    dark: '#4d6b1d',
  },
  rnn: {
    body: '<rect x="-8" y="-7" width="16" height="16" rx="4"/><path d="M-4-7v-2a4 4 0 0 1 8 0v2M4-7l-2.5-2.5M4-7l2.5-2.5" fill="none"/>',
    hw: 8,
    hh: 13,
    light: '#addd8e',
    dark: '#3b6b2a',
  },
  ctc: { body: '<path d="M-10-7h14l6 7-6 7h-14l6-7z"/>', hw: 10, hh: 7, light: '#78c679', dark: '#2e6b3a' },
  attdec: {
    body: '<rect x="-9" y="-9" width="18" height="18" rx="4"/><path d="M-9-6L4 0M-9 0H4M-9 6L4 0" fill="none"/><circle cx="4" cy="0" r="1.6" fill="currentColor"/>',
    hw: 9,
    hh: 9,
    light: '#c2e699',
    dark: '#46702a',
  },
  attention: {
    body: '<rect x="-9" y="-9" width="18" height="18" rx="2"/><path d="M-9-9h9v9h-9z" fill="currentColor" opacity=".35"/><path d="M0-9v18M-9 0h18" fill="none"/>',
    hw: 9,
    hh: 9,
    light: '#fbb4b9',
    dark: '#7a3b52',
  },
  heatmap: {
    body: '<rect x="-9" y="-9" width="18" height="18" rx="2"/><circle r="5.5" fill="none"/><circle r="2.2" fill="currentColor"/>',
    hw: 9,
    hh: 9,
    light: '#fe9929',
    dark: '#8c4a0a',
  },
  paf: {
    body: '<rect x="-9" y="-9" width="18" height="18" rx="2"/><path d="M-6 3l7-7M-1-4h2v2M-2 7l7-7M3 0h2v2" fill="none"/>',
    hw: 9,
    hh: 9,
    light: '#fec44f',
    dark: '#8a6a12',
  },
  pointmlp: {
    body: '<rect x="-3" y="-11" width="10" height="24" rx="5"/><rect x="-7" y="-13" width="10" height="24" rx="5"/><circle cx="-2" cy="-6" r="1.6"/><circle cx="-2" cy="-1" r="1.6"/><circle cx="-2" cy="4" r="1.6"/>',
    hw: 7,
    hh: 13,
    light: '#dadaeb',
    dark: '#4d4a70',
  },
  group: {
    body: '<circle r="10"/><circle cx="-4" cy="-3" r="1.6" fill="currentColor"/><circle cx="3" cy="-4" r="1.6" fill="currentColor"/><circle cx="2" cy="4" r="1.6" fill="currentColor"/><circle cx="-4" cy="4" r="1.6" fill="currentColor"/><circle r="5" fill="none" stroke-dasharray="1.5 1.5"/>',
    hw: 10,
    hh: 10,
    light: '#efedf5',
    dark: '#46435a',
  },
  setpool: { body: '<path d="M-9-10h18l-6 10v9h-6v-9z"/>', hw: 9, hh: 10, light: '#fdae6b', dark: '#8a4b14' },
  vfe: {
    body: '<path d="M-9-5h12v14h-12z"/><path d="M-9-5l5-5h12l-5 5zM3-5l5-5v14l-5 5z"/><circle cx="-6" cy="0" r="1.3" fill="currentColor"/><circle cx="-1" cy="4" r="1.3" fill="currentColor"/><circle cx="-5" cy="6" r="1.3" fill="currentColor"/>',
    hw: 9,
    hh: 10,
    light: '#bcbddc',
    dark: '#4b4a7d',
  },
  transform: {
    body: '<circle r="8"/><path d="M-2-4h-2v8h2M2-4h2v8h-2" fill="none"/>',
    hw: 8,
    hh: 8,
    light: '#dadaeb',
    dark: '#4d4a70',
  },
  hourglass: {
    body: '<path d="M-12-11L0-3L12-11V11L0 3L-12 11z"/>',
    hw: 12,
    hh: 11,
    light: '#c994c7',
    dark: '#66336a',
  },
  loss: {
    body: '<circle r="7"/><circle r="3.5" fill="none"/><circle r="1.2" fill="currentColor"/>',
    hw: 7,
    hh: 7,
    light: '#ffffff',
    dark: '#1f2328',
  },
  inorm: {
    body: '<path d="M0-4l4 4-4 4-4-4z"/><circle r="1.1" fill="currentColor"/>',
    hw: 4,
    hh: 4,
    light: '#f0f0f0',
    dark: '#6a6a6a',
    mark: true,
  },
  adain: {
    body: '<path d="M0-1.5l3.5 3.5L0 5.5l-3.5-3.5z"/><path d="M0-6v3.5M-1.5-4L0-2.5 1.5-4" fill="none"/>',
    hw: 4,
    hh: 6,
    light: '#fdd49e',
    dark: '#7a5a22',
    mark: true,
  },
  cbn: {
    body: '<path d="M-1-4l4 4-4 4-4-4z"/><rect x="2.5" y="-4.5" width="3" height="3" fill="currentColor"/>',
    hw: 5,
    hh: 4,
    light: '#d9d9d9',
    dark: '#5c5c5c',
    mark: true,
  },
  spectral: {
    body: '<path d="M-3-3.5h6M-3 3.5h6M0-3.5v7" fill="none"/>',
    hw: 3,
    hh: 4,
    light: '#ffffff',
    dark: '#1f2328',
    mark: true,
  },
  noise: {
    body: '<path d="M-4 0c1-3 1.5-3 2 0s1 3 2 0 1.5-3 2 0 1 3 2 0" fill="none"/>',
    hw: 4,
    hh: 3,
    light: '#ffffff',
    dark: '#1f2328',
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
    'latent',
    ['input: { kind: latent }'],
    { en: 'Latent code', 'zh-CN': '潜在编码' },
    {
      en: 'A random code a generator starts from (z in a GAN, drawn from a simple distribution); drawn as a rounded input with scattered dots.',
      'zh-CN': '生成器的起点：一个随机编码（GAN 中的 z，采样自简单分布）；画成带散点的圆角输入。',
    },
  ),
  entry(
    'condition',
    ['input: { kind: condition }'],
    { en: 'Condition', 'zh-CN': '条件输入' },
    {
      en: 'What a conditional model is told besides its main input: a class label, a caption embedding, an attribute vector; drawn as a tag.',
      'zh-CN': '条件模型在主输入之外得到的信息：类别标签、文本描述的嵌入、属性向量等；画成一个标签。',
    },
  ),
  entry(
    'const',
    ['const'],
    { en: 'Learned constant', 'zh-CN': '可学习常量' },
    {
      en: 'A trained tensor that starts a flow without any input, as StyleGAN’s 4×4×512 starting map; drawn hatched.',
      'zh-CN':
        '不依赖任何输入、本身经过训练的张量，用作数据流的起点，例如 StyleGAN 的 4×4×512 初始特征图；画成带斜线的方块。',
    },
  ),
  entry(
    'conv',
    ['conv', 'conv3d'],
    { en: 'Convolution', 'zh-CN': '卷积' },
    {
      en: 'A k×k (or 1×n, n×1) convolution over all input channels. Label: kernel and stride (/2 halves the map), then the output channels.',
      'zh-CN':
        '对全部输入通道做 k×k（或 1×n、n×1）卷积。标签：卷积核与步长（/2 表示特征图边长减半），下面是输出通道数。',
    },
  ),
  entry(
    'dilconv',
    ['conv with d > 1'],
    { en: 'Dilated (atrous) convolution', 'zh-CN': '空洞卷积' },
    {
      en: 'A convolution whose kernel taps are spread d pixels apart, so it sees a wider area with the same weights (DeepLab, the d in the label); the dots on its face are the spread taps.',
      'zh-CN':
        '卷积核的采样点彼此相隔 d 个像素，用同样多的权重看到更大的范围（DeepLab；标签中的 d 即空洞率）；正面的点表示间隔开的采样位置。',
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
    'local',
    ['local'],
    { en: 'Locally connected', 'zh-CN': '局部连接层' },
    {
      en: 'Like a convolution, but every output position (or every tile of positions) has its own filters instead of sharing one set (DeepFace, DeepID); the grid on its face marks the unshared tiles.',
      'zh-CN':
        '与卷积类似，但每个输出位置（或每一小块位置）各有一组卷积核，而不是全图共享一组（DeepFace、DeepID）；正面的分格表示不共享权重的区域。',
    },
  ),
  entry(
    'deconv',
    ['deconv'],
    { en: 'Transposed convolution', 'zh-CN': '转置卷积' },
    {
      en: 'A learned up-sampling, also called fractionally strided convolution or “deconvolution” (FCN, DCGAN): each input pixel spreads a k×k filter over the output. Widens to the right; the label gives kernel and factor (↑2).',
      'zh-CN':
        '可学习的上采样，又称分数步长卷积或“反卷积”（FCN、DCGAN）：每个输入像素把一个 k×k 卷积核铺到输出上。图标向右变宽；标签给出卷积核与放大倍数（↑2）。',
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
    'upsample',
    ['upsample', 'pixel_shuffle'],
    { en: 'Up-sampling', 'zh-CN': '上采样' },
    {
      en: 'Enlarges a map without weights: nearest-neighbour or bilinear interpolation, or a pixel shuffle; the mirror image of pooling.',
      'zh-CN': '不带权重地放大特征图：最近邻或双线性插值，或像素重排（pixel shuffle）；形状与池化左右相反。',
    },
  ),
  entry(
    'unpool',
    ['unpool'],
    { en: 'Max unpooling', 'zh-CN': '反池化' },
    {
      en: 'Puts each value back at the position an earlier max pooling took it from, using that pooling’s indices (SegNet, DeconvNet); the label under it names the pooling.',
      'zh-CN':
        '利用前面某个最大池化记下的位置索引，把每个值放回它原来的位置（SegNet、DeconvNet）；下方的小标签写出对应的池化层。',
    },
  ),
  entry(
    'crop',
    ['crop', 'concat: { crop: true }', 'pad'],
    { en: 'Crop and pad', 'zh-CN': '裁剪与填充' },
    {
      en: 'Cuts the centre out of a larger map so it matches a smaller one, as U-Net crops the encoder’s map before copying it across; or, as a layer of its own, pads a map on every side with zeros, its mirror image or its border pixels (the 40-pixel reflection padding of Johnson et al.’s style transfer network).',
      'zh-CN':
        '从较大的特征图中裁出中心部分，使之与较小的特征图尺寸一致，U-Net 在把编码器特征图复制过去之前就是这样裁剪的；或者作为单独的一层，在特征图四周用零、镜像或边缘像素填充（Johnson 等人风格迁移网络开头 40 像素的反射填充）。',
    },
  ),
  entry(
    'fc',
    ['fc', 'rbf', 'embedding'],
    { en: 'Fully connected', 'zh-CN': '全连接' },
    {
      en: 'Every output unit sees every input value; a feature map is flattened first. Label: the number of units.',
      'zh-CN': '每个输出单元连接全部输入；特征图先被展平。标签：单元个数。',
    },
  ),
  entry(
    'attention',
    ['self_attention'],
    { en: 'Self-attention', 'zh-CN': '自注意力' },
    {
      en: 'Every position of the map attends to every other and the weighted sum is added back (SAGAN, BigGAN): it links distant parts of an image in one step.',
      'zh-CN':
        '特征图的每个位置都对所有位置计算注意力，加权求和后再加回原图（SAGAN、BigGAN）：一步就能把图像中相距很远的部分联系起来。',
    },
  ),
  entry(
    'roi',
    ['roi_pool', 'roi_align'],
    { en: 'RoI pooling / RoIAlign', 'zh-CN': 'RoI 池化 / RoIAlign' },
    {
      en: 'Cuts each region proposal out of the feature map and resamples it to a fixed size (7×7, 14×14); everything after it runs once per region, and the tooltips count mult-adds for all regions.',
      'zh-CN':
        '把每个候选区域从特征图上截下来，重采样成固定大小（7×7、14×14）；之后的各层对每个区域各运行一次，提示框中的乘加次数按全部区域计算。',
    },
  ),
  entry(
    'grid',
    ['grid'],
    { en: 'Grid output', 'zh-CN': '网格输出' },
    {
      en: 'YOLO’s output: an S×S grid whose cells each predict boxes (position, size, confidence) and class scores.',
      'zh-CN': 'YOLO 的输出：S×S 的网格，每个格子预测若干个框（位置、大小、置信度）和各类别的得分。',
    },
  ),
  entry(
    'toseq',
    ['to_sequence'],
    { en: 'Map to sequence', 'zh-CN': '特征图转序列' },
    {
      en: 'Cuts the feature map into columns, left to right, and makes each column one step of a sequence (CRNN); after it the strip gives the number of steps.',
      'zh-CN': '把特征图从左到右按列切开，每一列成为序列中的一步（CRNN）；此后尺寸条给出序列的步数。',
    },
  ),
  entry(
    'rnn',
    ['lstm', 'gru'],
    { en: 'Recurrent layer (LSTM, GRU)', 'zh-CN': '循环层（LSTM、GRU）' },
    {
      en: 'Reads the sequence step by step, carrying a state; Bi- in the label means a second layer reads it backwards. Its parameters are the gate weights: four gates for an LSTM, three for a GRU.',
      'zh-CN':
        '逐步读入序列并保留一个隐藏状态；标签中的 Bi 表示另有一层反向读取。参数是各个门的权重：LSTM 有四个门，GRU 有三个。',
    },
  ),
  entry(
    'ctc',
    ['ctc'],
    { en: 'CTC transcription', 'zh-CN': 'CTC 转录' },
    {
      en: 'Turns per-frame class scores into a label sequence by merging repeats and dropping the blank class (connectionist temporal classification).',
      'zh-CN': '把逐帧的类别得分变成标签序列：合并重复的字符并去掉空白类（连接时序分类）。',
    },
  ),
  entry(
    'attdec',
    ['attention_decoder'],
    { en: 'Attention decoder', 'zh-CN': '注意力解码器' },
    {
      en: 'Emits one symbol per step; at each step it weighs all encoder frames by attention and feeds their weighted sum to a recurrent cell (RARE).',
      'zh-CN': '每一步输出一个字符；每一步都用注意力对编码器的全部帧加权，把加权和送入循环单元（RARE）。',
    },
  ),
  entry(
    'heatmap',
    ['heatmap'],
    { en: 'Keypoint heatmaps', 'zh-CN': '关键点热图' },
    {
      en: 'One map per body part (keypoint) whose peak marks where the part is (stacked hourglass, CPM, OpenPose).',
      'zh-CN': '每个身体部位（关键点）一张图，峰值所在即该部位的位置（堆叠沙漏网络、CPM、OpenPose）。',
    },
  ),
  entry(
    'paf',
    ['paf'],
    { en: 'Part affinity fields', 'zh-CN': '部位亲和场' },
    {
      en: 'Two maps per limb holding the limb’s direction at every pixel, used to connect detected parts into people (OpenPose).',
      'zh-CN': '每条肢体两张图，记录每个像素处肢体的方向，用来把检测到的部位连成一个个人（OpenPose）。',
    },
  ),
  entry(
    'pointmlp',
    ['mlp'],
    { en: 'Shared per-point MLP', 'zh-CN': '逐点共享 MLP' },
    {
      en: 'The same fully connected layer applied to every point of a point set (PointNet); drawn as stacked capsules. Because the weights are shared, the order of the points does not matter.',
      'zh-CN': '对点集中的每个点使用同一个全连接层（PointNet）；画成叠在一起的胶囊。由于权重共享，点的顺序不影响结果。',
    },
  ),
  entry(
    'group',
    ['sample_group'],
    { en: 'Sampling and grouping', 'zh-CN': '采样与分组' },
    {
      en: 'PointNet++ picks S centroids by farthest-point sampling and gathers K neighbours around each; the shared MLP then runs on every group.',
      'zh-CN':
        'PointNet++ 用最远点采样选出 S 个中心点，并在每个中心点周围取 K 个邻近点；随后的共享 MLP 在每一组上运行。',
    },
  ),
  entry(
    'setpool',
    ['setpool'],
    { en: 'Symmetric pooling', 'zh-CN': '对称池化' },
    {
      en: 'Max (or average) over the points of a set or of each group: a symmetric function, so the result does not depend on the points’ order (PointNet’s global feature).',
      'zh-CN':
        '对点集（或每一组）中的所有点取最大值（或平均值）：这是对称函数，结果与点的顺序无关（PointNet 的全局特征）。',
    },
  ),
  entry(
    'vfe',
    ['vfe'],
    { en: 'Voxel feature encoding', 'zh-CN': '体素特征编码' },
    {
      en: 'VoxelNet’s layer: a shared fully connected layer on each point of a voxel, joined with the voxel’s maximum; it runs once per non-empty voxel.',
      'zh-CN': 'VoxelNet 的层：对体素内的每个点使用共享全连接层，再拼接上整个体素的最大值；每个非空体素各运行一次。',
    },
  ),
  entry(
    'transform',
    ['transform'],
    { en: 'Learned transform (T-Net)', 'zh-CN': '学习的变换（T-Net）' },
    {
      en: 'A small network (drawn above) predicts a k×k matrix from the points, which then multiplies every point (PointNet’s input and feature transforms).',
      'zh-CN': '一个小网络（画在上方）根据点集预测一个 k×k 矩阵，再用它乘以每个点（PointNet 的输入变换和特征变换）。',
    },
  ),
  entry(
    'hourglass',
    ['hourglass'],
    { en: 'Hourglass module', 'zh-CN': '沙漏模块' },
    {
      en: 'Pools down to a small map and up-samples back, adding a skip at every scale (stacked hourglass); the compact view draws one as this icon with its depth, the expanded view draws every level.',
      'zh-CN':
        '先池化到很小的特征图，再逐级上采样回来，每个尺度都加一条跳连（堆叠沙漏网络）；紧凑视图把它画成这个图标并标出层数，展开视图画出每一级。',
    },
  ),
  entry(
    'loss',
    ['head: { loss: true }'],
    { en: 'Supervised output', 'zh-CN': '监督输出' },
    {
      en: 'The end of a head trained with a loss of its own: an intermediate supervision point (CPM, stacked hourglass, GoogLeNet’s auxiliary heads).',
      'zh-CN': '带有单独损失函数的输出头的末端，即中间监督点（CPM、堆叠沙漏网络、GoogLeNet 的辅助分类器）。',
    },
  ),
  entry(
    'concat',
    ['join: concat', 'concat: [a, b]', 'minibatch_std'],
    { en: 'Concatenation', 'zh-CN': '拼接' },
    {
      en: 'Joins branches by stacking their channels (Inception, DenseNet); the maps must have the same height and width.',
      'zh-CN': '把各分支的通道叠在一起（Inception、DenseNet）；各分支特征图的高和宽必须相同。',
    },
  ),
  entry(
    'add',
    ['join: add', 'add: [a, b]'],
    { en: 'Addition', 'zh-CN': '相加' },
    {
      en: 'Element-wise sum of a block and its shortcut (ResNet); both must have the same shape. The arc above the block is the identity shortcut.',
      'zh-CN': '块的输出与捷径逐元素相加（ResNet）；两者形状必须相同。块上方的弧线是恒等捷径。',
    },
  ),
  entry(
    'multiply',
    ['join: multiply', 'multiply: [a, b]', 'se'],
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
    ['bn', 'bn: { frozen: true }', 'lrn', 'l2norm'],
    { en: 'Normalisation', 'zh-CN': '归一化' },
    {
      en: 'Batch normalisation or local response normalisation, drawn as a small diamond under the layer it follows.',
      'zh-CN': '批归一化或局部响应归一化，画成所跟随层下方的小菱形。',
    },
  ),
  entry(
    'inorm',
    ['instancenorm', 'layernorm', 'groupnorm', 'pixelnorm'],
    { en: 'Instance, layer and group normalisation', 'zh-CN': '实例、层与组归一化' },
    {
      en: 'Normalisation by each sample’s own statistics rather than the batch’s (style transfer, CycleGAN, ProGAN’s pixel norm); a diamond with a dot.',
      'zh-CN':
        '按每个样本自身的统计量而不是整个批次的统计量归一化（风格迁移、CycleGAN、ProGAN 的像素归一化）；画成带点的菱形。',
    },
  ),
  entry(
    'adain',
    ['adain'],
    { en: 'Adaptive instance normalisation', 'zh-CN': '自适应实例归一化' },
    {
      en: 'Instance normalisation whose scale and shift come from a style: StyleGAN’s w through a learned affine map, or the statistics of a style image; the arrow is the style coming in.',
      'zh-CN':
        '缩放和平移参数来自“风格”的实例归一化：StyleGAN 中由 w 经过一个学习的仿射变换得到，风格迁移中取自风格图像的统计量；箭头表示输入的风格。',
    },
  ),
  entry(
    'cbn',
    ['cbn'],
    { en: 'Conditional batch normalisation', 'zh-CN': '条件批归一化' },
    {
      en: 'Batch normalisation whose γ and β depend on the condition: one pair per class, or projected from a condition vector (BigGAN).',
      'zh-CN': 'γ 和 β 随条件变化的批归一化：每个类别一组，或由条件向量投影得到（BigGAN）。',
    },
  ),
  entry(
    'spectral',
    ['sn: true'],
    { en: 'Spectral normalisation', 'zh-CN': '谱归一化' },
    {
      en: 'The layer’s weight is divided by its largest singular value at every step (SN-GAN); it adds no parameters.',
      'zh-CN': '每一步都把该层的权重除以它的最大奇异值（SN-GAN）；不增加参数。',
    },
  ),
  entry(
    'noise',
    ['noise'],
    { en: 'Noise input', 'zh-CN': '噪声输入' },
    {
      en: 'Per-pixel random noise added to the map, scaled by a learned factor per channel (StyleGAN).',
      'zh-CN': '在特征图上逐像素加入随机噪声，每个通道的强度由一个学习的系数决定（StyleGAN）。',
    },
  ),
  entry(
    'act',
    [...ACTIVATION_TYPES, 'mfm', 'maxout'],
    { en: 'Activation', 'zh-CN': '激活函数' },
    {
      en: 'A non-linearity (ReLU, ReLU6, PReLU, swish, sigmoid, tanh, max-feature-map), drawn as a small hinge under the layer it follows. A maxout layer, which has weights of its own (units × k pieces, each unit the largest of its k), is drawn as the same hinge standing as a layer, labelled with its pieces and units.',
      'zh-CN':
        '非线性函数（ReLU、ReLU6、PReLU、swish、sigmoid、tanh、MFM），画成所跟随层下方的小折线。maxout 层自带权重（单元数 × k 个分片，每个单元取其 k 个分片中的最大值），画成单独作为一层的同一折线，并标出分片数和单元数。',
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
    ['flatten', 'reshape', 'scatter'],
    { en: 'Flatten and reshape', 'zh-CN': '展平与变形' },
    {
      en: 'Turns a feature map into a vector before fully connected layers, or a vector back into a map (DCGAN’s “project and reshape”, VoxelNet’s scatter of voxel features into a grid).',
      'zh-CN':
        '在全连接层之前把特征图变成向量，或把向量变回特征图（DCGAN 的“投影并变形”、VoxelNet 把各体素特征散布回网格）。',
    },
  ),
];

/** What a diagram draws besides icons, whose styles it then needs. */
export interface StyleFeatures {
  /** A backbone box (a backbone from another spec, compact view). */
  ref?: boolean;
  /** Tags naming tensors read across rows. */
  tags?: boolean;
  /** Panel headings (a figure of several networks). */
  headings?: boolean;
  /** Captions saying where a backbone's layers come from. */
  captions?: boolean;
  /** Links read through an attribute (a style, pooling indices), drawn dashed. */
  refs?: boolean;
}

/**
 * The site's style sheet for the notation: on :root, every family's fill as a custom property that follows
 * the site's own light and dark theme (light-dark() and the page's variables) rather than only the reader's
 * system preference. Diagrams drawn inline on a page read these through their `var(--nt-…, fallback)` fills;
 * standalone SVG files keep their fallbacks. One shared, cached file (a Vite virtual module, astro.config.mjs)
 * instead of a 3 KB style attribute on every element that holds a diagram or icon (issue 27).
 */
export function siteThemeStyleSheet(): string {
  const families = Object.keys(ICONS) as Family[];
  const variables = [
    '--nt-ink:var(--fg)',
    '--nt-strip:var(--bg-sunken)',
    '--nt-ref:var(--bg-sunken)',
    '--nt-tag:var(--bg-raised)',
    ...families.map((f) => `--nt-${f}:light-dark(${ICONS[f].light},${ICONS[f].dark})`),
  ];
  return `:root{${variables.join(';')}}\n`;
}

/** The style sheet embedded in a diagram: fills of the families it uses, strokes and text in currentColor. */
export function styleSheet(
  families: readonly Family[] = Object.keys(ICONS) as Family[],
  features: StyleFeatures = {},
): string {
  const light = families.map((f) => `.nt-${f}{fill:var(--nt-${f},${ICONS[f].light})}`).join('');
  const dark = families.map((f) => `.nt-${f}{fill:var(--nt-${f},${ICONS[f].dark})}`).join('');
  const extra = [
    features.ref
      ? '.nt-rb{fill:var(--nt-ref,#f6f8fa);stroke:currentColor}.nt-ri{fill:none;stroke:currentColor;stroke-width:.6}.nt-x{font-size:7px}'
      : '',
    features.tags
      ? '.nt-tg rect{fill:var(--nt-tag,#ffffff);stroke:currentColor;stroke-width:.7}.nt-tg text{font-size:7px}'
      : '',
    features.headings ? '.nt-h{font-size:10px}.nt-hn{font-weight:600}' : '',
    features.captions ? '.nt-c{font-style:italic;opacity:.8}' : '',
    features.refs ? '.nt-l{stroke-dasharray:2 1.5}' : '',
  ].join('');
  const extraDark = [
    features.ref ? '.nt-rb{fill:var(--nt-ref,#262b33)}' : '',
    features.tags ? '.nt-tg rect{fill:var(--nt-tag,#1f2328)}' : '',
  ].join('');
  return (
    '.nt{color:var(--nt-ink,#1f2328);font:9px/1 system-ui,-apple-system,"Segoe UI","Noto Sans SC",sans-serif}' +
    '.nt-n,.nt-m{stroke:currentColor;stroke-width:1;stroke-linejoin:round}' +
    '.nt-e,.nt-s{fill:none;stroke:currentColor;stroke-width:1}.nt-s{opacity:.7}' +
    '.nt text{fill:currentColor;stroke:none}.nt-t{text-anchor:middle}.nt-d{opacity:.75}' +
    '.nt-f{fill:none;stroke:currentColor;stroke-dasharray:3 2;opacity:.6}.nt-b{fill:var(--nt-strip,#f3f4f6)}' +
    extra +
    light +
    `@media (prefers-color-scheme:dark){.nt{color:var(--nt-ink,#e6e6e6)}.nt-b{fill:var(--nt-strip,#2a2e35)}${extraDark}${dark}}`
  );
}

/** A standalone SVG of one family's icon, for the legend page. */
export function renderLegendIcon(family: Family, lang: Locale = 'en', size = 40): string {
  const icon = ICONS[family];
  const entryName = LEGEND.find((e) => e.family === family)?.name[lang] ?? family;
  const scale = icon.mark ? 2 : 1;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="nt" viewBox="-16 -16 32 32" width="${size}" height="${size}" role="img">` +
    `<title>${escapeXml(entryName)}</title><style>${styleSheet([family])}</style>` +
    `<g class="${icon.mark ? 'nt-m' : 'nt-n'} nt-${family}" transform="scale(${scale})">${icon.body}</g></svg>`
  );
}
