/**
 * Layout of a board's best-result-over-time chart: every result as a point at its model's month of first
 * publication, and the best result so far as a staircase through the record-setting points, carried to the
 * right edge. Pure numbers and path strings; the component only writes SVG. The y axis runs the natural way
 * (larger values up) whatever the metric's direction, so a lower-is-better staircase steps down.
 */
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { yearFraction } from '../charts/time-scale.ts';
import { sotaHistory, type Board, type Result } from './leaderboard.ts';

export interface SotaOptions {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  radius: number;
}

export const DEFAULT_SOTA: SotaOptions = {
  width: 640,
  height: 260,
  margin: { top: 14, right: 18, bottom: 34, left: 56 },
  radius: 4,
};

export interface SotaPoint {
  result: Result;
  cx: number;
  cy: number;
  /** It set a new best when it appeared. */
  record: boolean;
}

export interface SotaLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  xTicks: Array<{ pos: number; label: string }>;
  yTicks: Array<{ pos: number; label: string }>;
  points: SotaPoint[];
  /** The staircase of the best result so far. */
  staircase: string;
  radius: number;
}

/** A board needs at least this many results to be worth a chart. */
export const MIN_SOTA_RESULTS = 3;

const round = (v: number): number => Math.round(v * 10) / 10;

/** Tick labels without binary noise: at most three significant decimals. */
const label = (v: number): string => String(Number(v.toPrecision(6)));

export function sotaLayout(board: Pick<Board, 'results' | 'metric'>, options: SotaOptions = DEFAULT_SOTA): SotaLayout {
  const { width, height, margin, radius } = options;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
  const when = (r: Result) => yearFraction(r.year, r.month);
  const times = board.results.map(when);
  const values = board.results.map((r) => r.value);
  const [t0, t1] = [Math.floor(Math.min(...times)), Math.floor(Math.max(...times)) + 1];
  const x = scaleLinear()
    .domain([t0, t1])
    .range([plot.x, plot.x + plot.width]);
  const spread = Math.max(...values) - Math.min(...values) || Math.abs(values[0]!) || 1;
  const y = scaleLinear()
    .domain([Math.min(...values) - spread * 0.08, Math.max(...values) + spread * 0.08])
    .nice(5)
    .range([plot.y + plot.height, plot.y]);
  const records = new Set(sotaHistory(board));
  const points = board.results.map((r) => ({
    result: r,
    cx: round(x(when(r))),
    cy: round(y(r.value)),
    record: records.has(r),
  }));
  const steps = points.filter((p) => p.record).sort((a, b) => a.cx - b.cx);
  const last = steps.at(-1)!;
  const staircase =
    line<{ cx: number; cy: number }>()
      .x((p) => p.cx)
      .y((p) => p.cy)
      .curve(curveStepAfter)([...steps, { cx: plot.x + plot.width, cy: last.cy }]) ?? '';
  const years = Math.max(1, Math.ceil((t1 - t0) / 8));
  const xTicks: SotaLayout['xTicks'] = [];
  for (let yr = t0; yr <= t1; yr += years) xTicks.push({ pos: round(x(yr)), label: String(yr) });
  return {
    width,
    height,
    plot,
    xTicks,
    yTicks: y.ticks(5).map((v) => ({ pos: round(y(v)), label: label(v) })),
    // Records drawn last, so they sit on top of the other points.
    points: [...points].sort((a, b) => Number(a.record) - Number(b.record) || a.cx - b.cx),
    staircase,
    radius,
  };
}
