/**
 * The words and numbers a diagram shows (its interface strings are in i18n/strings/notation.ts): counts in each language's
 * own units (2.35 M; 235 万), the lines above each icon, the tooltips, and the width of label text at 9 px.
 */
import type { GraphNode } from '../graph.ts';
import type { Locale } from '../../i18n/locales.ts';
import { notationStrings } from '../../i18n/strings/notation.ts';
import { formatShape, type Shape } from '../layers/index.ts';
import type { VisualLayer } from './visuals.ts';
import { inEvery, type Said, type Words } from './words.ts';

export { escapeXml as esc, round1 as r1 } from '../../svg.ts';
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

export function compactNumber(n: number, lang: Locale): string {
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

/**
 * The lines above a layer's icon: kernel and stride (and the merged pooling), then the output channels; in
 * every language at once, since the layout is the same for all (only the input's and a maxout's words differ).
 */
export function layerLines(v: VisualLayer): Said[] {
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
      return [n.name === 'input' ? inEvery((lang) => notationStrings(lang).inputLabel) : n.name, c];
    case 'const':
      return ['const', c];
    case 'concat':
      return [c];
    case 'shuffle':
      return [n.label.replace('shuffle ', '')];
    case 'act':
      return n.type === 'maxout' ? [inEvery((lang) => notationStrings(lang).maxoutLine(n.attrs.k as number)), c] : [];
    default:
      return [];
  }
}

/** A node's tooltip: name, label, output shape, counts, and how often it runs or whose weights it shares. */
export function tip(n: GraphNode, shareName?: string): Words {
  return inEvery((lang) => tipIn(n, lang, shareName));
}

function tipIn(n: GraphNode, lang: Locale, shareName?: string): string {
  const t = notationStrings(lang);
  const counts =
    n.params || n.macs ? `; ${group3(n.params)} ${t.tipParams}; ${compactNumber(n.macs, lang)} ${t.tipMultAdds}` : '';
  const runs = n.runs ? `; ×${n.runs} ${t.tipRuns}` : '';
  const shared = shareName ? `; ${t.tipShares} ${shareName}` : '';
  return `${n.name}: ${n.label} → ${formatShape(n.shape)}${counts}${runs}${shared}`;
}
