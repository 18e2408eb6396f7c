/**
 * Figures the compare table and the charts show, read from a model's metrics (and from the notation engine's
 * computed architectures): ImageNet top-1/top-5 accuracy, LFW accuracy, parameters and multiply-adds, each
 * normalised to one unit, with its provenance, and ranked so a model's most comparable figure comes first.
 */
import type { Metric } from '../content/schema.ts';
import { isModifiedVariant } from './variants.ts';

/** `result`: a benchmark board's metric, whatever it is (src/lib/charts/board-points.ts). */
export type AccuracyKind = 'top1' | 'top5' | 'lfw' | 'result';
export type CostKind = 'params' | 'mult-adds';
export type FigureKind = AccuracyKind | CostKind;

/** A per-variant total computed by the notation engine from a model's layer specification. */
export interface ComputedArchitecture {
  variant: string;
  input: number[];
  /** Absolute counts. */
  params: number;
  mult_adds: number;
}

export interface Figure {
  kind: FigureKind;
  /** The metric's name as reported ("top-1 error", "accuracy (100% − EER)"), or "computed" for the notation engine. */
  metric: string;
  /** Accuracy in %, parameters in millions, multiply-adds in millions. */
  value: number;
  variant: string;
  /** Dataset or input the figure is for, as written in the facts. */
  dataset: string;
  split?: Metric['split'];
  ensemble: boolean;
  /** paper / repo: as reported; computed: worked out by this site (from a paper's tables, or by the notation engine). */
  origin: 'paper' | 'repo' | 'computed';
  /** Where: "Table 4", "README", or the notation engine. */
  ref: string;
  url?: string;
  /** Set when the figure was reported as an error rate and is shown as 100 − error. */
  fromError?: number;
  /** Set when the notation engine computed it from the layer specification. */
  notation?: boolean;
  /** Position of the metric in the fact file, to keep the authors' order among equals. */
  order: number;
  /** The unit of a board result (`%`, `dB`, '' for unitless); accuracies are in % without it. */
  unit?: string;
}

const TOP1 = /^top-1 (error|accuracy)$/;
const TOP5 = /^top-5 (error|accuracy)$/;

/** ImageNet-1k classification (ILSVRC 2012 and its later challenge years); not ILSVRC 2010, not ImageNet-22k. */
export function isImageNet1k(dataset: string): boolean {
  return /ImageNet/.test(dataset) && !/2010|22k|21k|Fall 2011/i.test(dataset);
}

/** True for LFW face-verification results. */
export function isLfw(dataset: string): boolean {
  return /\bLFW\b/.test(dataset);
}

/** The kind of figure a metric is, or undefined when the compare table does not use it. */
export function kindOf(m: Metric): FigureKind | undefined {
  if (m.unit === '%' && TOP1.test(m.name) && isImageNet1k(m.dataset)) return 'top1';
  if (m.unit === '%' && TOP5.test(m.name) && isImageNet1k(m.dataset)) return 'top5';
  if (m.unit === '%' && /^accuracy\b/.test(m.name) && isLfw(m.dataset)) return 'lfw';
  if (m.name === 'params' && ['M', 'K', 'G', ''].includes(m.unit)) return 'params';
  if (m.name === 'mult-adds' && ['M', 'G', 'K', ''].includes(m.unit)) return 'mult-adds';
  return undefined;
}

const TO_MILLIONS: Record<string, number> = { '': 1e-6, K: 1e-3, M: 1, G: 1e3 };

/** Rounds away binary noise from 100 − 21.43 and similar: at most 6 decimals. */
export function clean(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** One metric as a figure of its kind, normalised (error → accuracy, units → millions). */
export function figureOf(m: Metric, order: number): Figure | undefined {
  const kind = kindOf(m);
  if (!kind) return undefined;
  const isError = / error$/.test(m.name);
  const value =
    kind === 'params' || kind === 'mult-adds'
      ? clean(m.value * TO_MILLIONS[m.unit]!)
      : isError
        ? clean(100 - m.value)
        : m.value;
  return {
    kind,
    metric: m.name,
    value,
    variant: m.variant,
    dataset: m.dataset,
    split: m.split,
    ensemble: m.ensemble,
    origin: m.source.type,
    ref: m.source.ref,
    url: m.source.url,
    fromError: isError ? m.value : undefined,
    order,
  };
}

/** All figures of one kind in a model's metrics, in fact-file order. */
export function figuresOf(metrics: readonly Metric[], kind: FigureKind): Figure[] {
  return metrics.flatMap((m, i) => {
    const f = figureOf(m, i);
    return f && f.kind === kind ? [f] : [];
  });
}

/** Computed architectures as figures of one cost kind (they come after the reported ones in order). */
export function computedFigures(archs: readonly ComputedArchitecture[], kind: CostKind): Figure[] {
  return archs.map((a, i) => ({
    kind,
    metric: kind,
    value: clean((kind === 'params' ? a.params : a.mult_adds) / 1e6),
    variant: a.variant,
    dataset: `${a.input.join('×')} input`,
    ensemble: false,
    origin: 'computed' as const,
    ref: 'notation',
    notation: true,
    order: 1000 + i,
  }));
}

/** How much test-time work a figure involved: 0 single crop, 1 not stated, 2 several crops, 3 several scales. */
export function cropLevel(f: Figure): number {
  const text = `${f.variant} ${f.dataset}`;
  if (/multi-scale|dense evaluation|fully convolutional testing|at (?:three|several|multiple) scales/i.test(text))
    return 3;
  if (/multi-crop|\d+-crop|\d+ crops/i.test(text)) return 2;
  if (/single (?:\d+×\d+ )?(?:centre |center )?crop|centre crop|center crop/i.test(text)) return 0;
  return 1;
}

const SPLIT_RANK: Record<string, number> = { val: 0, test: 1, protocol: 1 };
const ORIGIN_RANK: Record<Figure['origin'], number> = { paper: 0, repo: 1, computed: 2 };

/**
 * Ranking key, lower first: the model's own network over baselines and add-ons, single models over ensembles,
 * validation over test split, one crop over many and many crops over many scales, paper over repository,
 * an explicit single crop over an unstated one, then the fact file's order.
 */
export function rankKey(f: Figure): number[] {
  const crop = cropLevel(f);
  return [
    isModifiedVariant(f.variant) ? 1 : 0,
    f.ensemble ? 1 : 0,
    f.kind === 'lfw' ? 0 : (SPLIT_RANK[f.split ?? ''] ?? 2),
    Math.max(crop - 1, 0),
    ORIGIN_RANK[f.origin],
    crop === 0 ? 0 : 1,
    f.order,
  ];
}

/** Orders figures by rankKey: the most comparable first. */
export function compareRank(a: Figure, b: Figure): number {
  const ka = rankKey(a);
  const kb = rankKey(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return 0;
}

/** Figures best first; stable. */
export function ranked(figures: readonly Figure[]): Figure[] {
  return [...figures].sort(compareRank);
}

/** Whether a figure may stand in a chart: the model's own network, a single model. */
export function chartable(f: Figure): boolean {
  return !f.ensemble && !isModifiedVariant(f.variant);
}

/** A cost figure describes an ImageNet network (or a bare input size, as for AlexNet's "224×224 RGB input"). */
export function isImageNetCost(f: Figure): boolean {
  return f.notation === true || isImageNet1k(f.dataset) || /^\d+×\d+/.test(f.dataset.trim());
}
