/**
 * A year axis that keeps the sparse early decades short: years before the busy period share a fixed part of
 * the width (marked by a break on the axis), the busy period gets the rest. Piecewise linear, so order and
 * spacing within each part are preserved.
 */
import { scaleLinear } from 'd3-scale';
import { round1 } from '../svg.ts';

export interface TimeScale {
  (year: number, month?: number): number;
  /** First and one-past-last year shown. */
  domain: [number, number];
  /** Year from which the axis is linear at full scale; equal to domain[0] when nothing is compressed. */
  breakYear: number;
  /** Tick years: where the year starts, and where its label goes (the middle of the year when there is room). */
  ticks: Array<{ year: number; pos: number; labelPos: number }>;
}

export interface TimeScaleOptions {
  /** Share of models allowed in the compressed early part. */
  earlyShare?: number;
  /** Share of the width the compressed part gets. */
  earlyWidth?: number;
  /** Minimum px between tick labels. */
  tickSpacing?: number;
}

/** Fractional year of a month: the middle of the month. */
export function yearFraction(year: number, month = 6.5): number {
  return year + (month - 0.5) / 12;
}

/**
 * The year from which to draw at full scale: the earliest year such that at most `earlyShare` of the items
 * come before it and at least eight years remain; no break when the span is short.
 */
export function chooseBreakYear(years: readonly number[], earlyShare = 0.2): number {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (last - first < 15) return first;
  const limit = Math.floor(sorted.length * earlyShare);
  let candidate = first;
  for (let y = first; y <= last - 7; y++) {
    const before = sorted.filter((v) => v < y).length;
    if (before <= limit) candidate = y;
    else break;
  }
  // Only worth a break if it saves at least eight years of width.
  return candidate - first >= 8 ? candidate : first;
}

/** A year axis over `range` whose sparse early years share a compressed part (see chooseBreakYear). */
export function timeScale(
  years: readonly number[],
  range: [number, number],
  options: TimeScaleOptions = {},
): TimeScale {
  const earlyWidth = options.earlyWidth ?? 0.16;
  const spacing = options.tickSpacing ?? 40;
  const first = Math.min(...years);
  const end = Math.max(...years) + 1;
  const breakYear = chooseBreakYear(years, options.earlyShare);
  const [r0, r1] = range;
  const domain = breakYear > first ? [first, breakYear, end] : [first, end];
  const stops = breakYear > first ? [r0, r0 + (r1 - r0) * earlyWidth, r1] : [r0, r1];
  const linear = scaleLinear().domain(domain).range(stops);
  const scale = ((year: number, month?: number) =>
    round1(linear(month === undefined ? year : yearFraction(year, month)))) as TimeScale;
  scale.domain = [first, end];
  scale.breakYear = breakYear;
  // Ticks: every year in the full-scale part; in the compressed part the model years that leave room.
  const ticks: TimeScale['ticks'] = [];
  const candidates = [...new Set([first, ...years.filter((y) => y < breakYear), ...yearsFrom(breakYear, end)])].sort(
    (a, b) => a - b,
  );
  for (const year of candidates) {
    const pos = scale(year);
    const band = scale(year + 1) - pos;
    const labelPos = band >= spacing ? round1(pos + band / 2) : pos;
    const prev = ticks[ticks.length - 1];
    if (prev && labelPos - prev.labelPos < spacing) {
      if (year !== breakYear) continue;
      ticks.pop();
    }
    ticks.push({ year, pos, labelPos });
  }
  scale.ticks = ticks;
  return scale;
}

/** Years from `from` up to but not including `to`. */
function yearsFrom(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y < to; y++) out.push(y);
  return out;
}
