/**
 * The words and numbers a diagram shows: its interface strings in both languages, counts in each language's
 * own units (2.35 M; 235 万), the lines above each icon, the tooltips, and the width of label text at 9 px.
 */
import type { GraphNode } from '../graph.ts';
import type { Lang } from '../icons.ts';
import { formatShape, type Shape } from '../layers/index.ts';
import type { VisualLayer } from './visuals.ts';

type Words = Record<
  | 'compact'
  | 'expanded'
  | 'title'
  | 'figure'
  | 'layers'
  | 'params'
  | 'macs'
  | 'input'
  | 'params1'
  | 'macs1'
  | 'runs'
  | 'shares'
  | 'fixed'
  | 'feeds',
  string
>;
export const TEXT: Record<Lang, Words> = {
  en: {
    compact: 'compact view',
    expanded: 'expanded view',
    title: 'architecture diagram',
    figure: 'networks',
    layers: 'layers',
    params: 'parameters',
    macs: 'multiply-adds',
    input: 'input',
    params1: 'params',
    macs1: 'mult-adds',
    runs: 'runs',
    shares: 'weights shared with',
    fixed: 'fixed, not trained',
    feeds: 'feeds',
  },
  'zh-CN': {
    compact: '紧凑视图',
    expanded: '展开视图',
    title: '网络结构图',
    figure: '个网络',
    layers: '层',
    params: '参数',
    macs: '次乘加',
    input: '输入',
    params1: '参数',
    macs1: '乘加',
    runs: '次运行',
    shares: '与其共享权重：',
    fixed: '固定，不参与训练',
    feeds: '输出送入',
  },
};

export const r1 = (n: number): string => String(Math.round(n * 10) / 10);
export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const group3 = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Width of a label at 9px: CJK characters are square, others about 0.58 em. */
export const textWidth = (s: string): number =>
  [...s].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) && ch !== '×' ? 9 : 5.3), 0);

/** The size shown in the strip: H×W for a map, L= the length of a sequence or point set, N for a vector. */
export function spatialSize(shape: Shape): string {
  if (shape.length === 3) return `${shape[1]}×${shape[2]}`;
  if (shape.length === 2) return `L=${shape[1]}`;
  if (shape.length === 4) return shape.slice(1).join('×');
  return String(shape[0]);
}

export function compactNumber(n: number, lang: Lang): string {
  if (lang === 'zh-CN') {
    if (n >= 1e8) return `${+(n / 1e8).toFixed(2)} 亿`;
    if (n >= 1e4) return `${+(n / 1e4).toFixed(1)} 万`;
    return group3(n);
  }
  if (n >= 1e9) return `${+(n / 1e9).toFixed(2)} G`;
  if (n >= 1e6) return `${+(n / 1e6).toFixed(2)} M`;
  if (n >= 1e3) return `${+(n / 1e3).toFixed(1)} k`;
  return String(n);
}

/** The lines above a layer's icon: kernel and stride (and the merged pooling), then the output channels. */
export function layerLines(v: VisualLayer, lang: Lang): string[] {
  const n = v.node;
  const c = String(n.shape[0]);
  if (v.lines) return v.lines;
  if (v.text) return [v.text];
  switch (n.family) {
    case 'conv':
    case 'dilconv':
    case 'pwconv':
    case 'dwconv':
    case 'gconv':
    case 'local':
    case 'deconv':
      return [n.label, ...(v.pool ? [v.pool.label] : []), c];
    case 'pool':
    case 'gpool':
    case 'upsample':
    case 'unpool':
    case 'crop':
    case 'roi':
    case 'grid':
    case 'group':
    case 'setpool':
    case 'heatmap':
    case 'paf':
    case 'ctc':
      return [n.label];
    case 'fc':
      return [n.type === 'rbf' || n.type === 'embedding' ? n.label : c];
    case 'rnn':
    case 'attdec':
    case 'vfe':
      return [n.label];
    case 'pointmlp':
      return [c];
    case 'input':
    case 'latent':
    case 'condition':
      return [n.name === 'input' ? TEXT[lang].input : n.name, c];
    case 'const':
      return ['const', c];
    case 'concat':
      return [c];
    case 'shuffle':
      return [n.label.replace('shuffle ', '')];
    default:
      return [];
  }
}

/** A node's tooltip: name, label, output shape, counts, and how often it runs or whose weights it shares. */
export function tip(n: GraphNode, lang: Lang, shareName?: string): string {
  const t = TEXT[lang];
  const counts =
    n.params || n.macs ? `; ${group3(n.params)} ${t.params1}; ${compactNumber(n.macs, lang)} ${t.macs1}` : '';
  const runs = n.runs ? `; ×${n.runs} ${t.runs}` : '';
  const shared = shareName ? `; ${t.shares} ${shareName}` : '';
  return `${n.name}: ${n.label} → ${formatShape(n.shape)}${counts}${runs}${shared}`;
}
