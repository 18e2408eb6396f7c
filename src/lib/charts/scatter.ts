/**
 * Layout of the accuracy-vs-cost chart: log-scaled cost on x, ImageNet top-1 accuracy on y, a marker per
 * network, a line through each model's networks, the Pareto frontier as a staircase, ticks, and one
 * non-overlapping label per model. Pure numbers and path strings; the component only writes SVG.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { CostPoint } from './points.ts';
import { paretoFrontier } from './pareto.ts';
import { placeLabels, type Rect, type Circle, type PlacedLabel } from './point-labels.ts';
import { textWidth } from '../text/width.ts';
import { formatTickMillions } from './format.ts';
import { round1 } from '../svg.ts';

export interface ScatterOptions {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  fontSize: number;
  /** Radius of a headline marker; other networks of the model are drawn smaller. */
  radius: number;
}

export const DEFAULT_SCATTER: ScatterOptions = {
  width: 960,
  height: 560,
  margin: { top: 16, right: 24, bottom: 56, left: 64 },
  fontSize: 13,
  radius: 5.5,
};

export interface Tick {
  value: number;
  /** Position along the axis, px. */
  pos: number;
  label: string;
}

export interface PlottedPoint {
  point: CostPoint;
  /** The plotted values: cost in millions and accuracy in %. */
  x: number;
  y: number;
  cx: number;
  cy: number;
  r: number;
  onFrontier: boolean;
}

export interface ScatterLabel extends PlacedLabel {
  model: string;
  text: string;
  /** Baseline position of the text inside the box. */
  textX: number;
  textY: number;
}

export interface ScatterLayout {
  width: number;
  height: number;
  plot: Rect;
  /** Data ranges of the axes: cost in millions (log scale) and accuracy in % (linear). */
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks: Tick[];
  yTicks: Tick[];
  points: PlottedPoint[];
  /** One path per model with several networks, through them by increasing cost. */
  families: Array<{ model: string; direction: string; d: string }>;
  frontier: { d: string; points: PlottedPoint[] };
  labels: ScatterLabel[];
}

/** Ticks at 1, 2 and 5 times powers of ten inside the domain; only powers of ten when that leaves enough. */
export function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** e).toPrecision(12));
      if (v >= lo && v <= hi) out.push(v);
    }
  }
  const powers = out.filter(
    (v) => Number.isInteger(Math.log10(v)) || Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9,
  );
  return out.length > 12 && powers.length >= 3 ? powers : out;
}

/** Linear ticks every `step` (5 or 2 points), covering the domain. */
export function linearTicks(lo: number, hi: number): number[] {
  const step = hi - lo > 24 ? 5 : 2;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(v);
  return out;
}

/** Room around the data on the cost axis (a factor on a log scale) and on the accuracy axis (points). */
const X_PAD_FACTOR = 1.6;
const Y_PAD_BELOW = 2;
const Y_PAD_ABOVE = 1;
/** Accuracy ticks and the axis ends fall on multiples of 5 %. */
const Y_STEP = 5;

/**
 * The value axis of a chart: ImageNet accuracy in % (axis ends and ticks on multiples of 5, higher is better),
 * or any benchmark's metric, with round ends around the data and its own direction (a lower-is-better
 * metric's frontier keeps the lowest values).
 */
export interface ValueAxis {
  kind: 'percent' | 'metric';
  better: 'higher' | 'lower';
}
export const PERCENT_AXIS: ValueAxis = { kind: 'percent', better: 'higher' };

/**
 * The accuracy-vs-cost chart: a log cost axis and a linear accuracy axis around the data, every point (headline
 * points larger), the Pareto frontier as a staircase, each model's variants joined by a line, and the headline
 * points' names placed without overlaps.
 */
export function scatterLayout(
  points: readonly CostPoint[],
  options: ScatterOptions = DEFAULT_SCATTER,
  axis: ValueAxis = PERCENT_AXIS,
): ScatterLayout {
  const { width, height, margin, radius } = options;
  const plot: Rect = {
    x: margin.left,
    y: margin.top,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
  if (points.length === 0) return emptyScatter(width, height, plot);
  const { xDomain, yDomain, x, y } = axes(points, plot, axis);
  const plotted: PlottedPoint[] = points.map((p) => ({
    point: p,
    x: p.cost.value,
    y: p.accuracy.value,
    cx: round1(x(p.cost.value)),
    cy: round1(y(p.accuracy.value)),
    r: p.headline ? radius : radius * 0.7,
    onFrontier: false,
  }));
  return {
    width,
    height,
    plot,
    xDomain,
    yDomain,
    xTicks: logTicks(...xDomain).map((v) => ({ value: v, pos: round1(x(v)), label: formatTickMillions(v) })),
    yTicks: (axis.kind === 'percent' ? linearTicks(...yDomain) : y.ticks(6)).map((v) => ({
      value: v,
      pos: round1(y(v)),
      label: String(Number(v.toPrecision(6))),
    })),
    points: plotted,
    families: families(plotted),
    frontier: frontierOf(plotted, plot, axis.better),
    labels: pointLabels(plotted, plot, options.fontSize),
  };
}

function emptyScatter(width: number, height: number, plot: Rect): ScatterLayout {
  return {
    width,
    height,
    plot,
    xDomain: [1, 10],
    yDomain: [0, 100],
    xTicks: [],
    yTicks: [],
    points: [],
    families: [],
    frontier: { d: '', points: [] },
    labels: [],
  };
}

/** Share of a metric axis's data range added above and below the data. */
const METRIC_PAD = 0.1;

function axes(points: readonly CostPoint[], plot: Rect, axis: ValueAxis) {
  const xs = points.map((p) => p.cost.value);
  const ys = points.map((p) => p.accuracy.value);
  const xDomain: [number, number] = [Math.min(...xs) / X_PAD_FACTOR, Math.max(...xs) * X_PAD_FACTOR];
  const x = scaleLog()
    .domain(xDomain)
    .range([plot.x, plot.x + plot.width]);
  if (axis.kind === 'metric') {
    const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
    const pad = (hi - lo || Math.abs(hi) || 1) * METRIC_PAD;
    const y = scaleLinear()
      .domain([lo - pad, hi + pad])
      .nice(6)
      .range([plot.y + plot.height, plot.y]);
    return { xDomain, yDomain: y.domain() as [number, number], x, y };
  }
  const yDomain: [number, number] = [
    Math.floor((Math.min(...ys) - Y_PAD_BELOW) / Y_STEP) * Y_STEP,
    Math.ceil((Math.max(...ys) + Y_PAD_ABOVE) / Y_STEP) * Y_STEP,
  ];
  const y = scaleLinear()
    .domain(yDomain)
    .range([plot.y + plot.height, plot.y]);
  return { xDomain, yDomain, x, y };
}

/** Marks the frontier's points and draws it as a staircase that runs on to the plot's right edge. */
function frontierOf(plotted: PlottedPoint[], plot: Rect, better: ValueAxis['better']): ScatterLayout['frontier'] {
  // The frontier keeps the best values: for a lower-is-better metric, the highest of the negated ones.
  const oriented = plotted.map((p) => ({ p, x: p.x, y: better === 'higher' ? p.y : -p.y }));
  const frontier = paretoFrontier(oriented).map((o) => o.p);
  for (const f of frontier) f.onFrontier = true;
  const last = frontier[frontier.length - 1]!;
  const stairs = line<{ cx: number; cy: number }>()
    .x((d) => d.cx)
    .y((d) => d.cy)
    .curve(curveStepAfter)([...frontier, { cx: plot.x + plot.width, cy: last.cy }]);
  return { d: stairs ?? '', points: frontier };
}

/** A line through each model's variants, in cost order (models with one point have none). */
function families(plotted: readonly PlottedPoint[]): ScatterLayout['families'] {
  return [...new Set(plotted.map((p) => p.point.model))].flatMap((model) => {
    const own = plotted.filter((p) => p.point.model === model).sort((a, b) => a.x - b.x);
    if (own.length < 2) return [];
    const d =
      line<PlottedPoint>()
        .x((p) => p.cx)
        .y((p) => p.cy)(own) ?? '';
    return [{ model, direction: own[0]!.point.direction, d }];
  });
}

/** The headline points' names, clear of each other and of every point. */
function pointLabels(plotted: readonly PlottedPoint[], plot: Rect, fontSize: number): ScatterLabel[] {
  const lineHeight = Math.ceil(fontSize * 1.25);
  const heads = plotted.filter((p) => p.point.headline);
  const placed = placeLabels(
    heads.map((p) => ({
      id: p.point.model,
      anchor: { x: p.cx, y: p.cy, r: p.r },
      width: Math.ceil(textWidth(p.point.name, { size: fontSize })) + 4,
      height: lineHeight,
    })),
    plotted.map((p): Circle => ({ x: p.cx, y: p.cy, r: p.r })),
    plot,
  );
  return placed.map((l, i) => ({
    ...l,
    model: heads[i]!.point.model,
    text: heads[i]!.point.name,
    textX: round1(l.x + 2),
    textY: round1(l.y + lineHeight - (lineHeight - fontSize) / 2 - fontSize * 0.18),
  }));
}
