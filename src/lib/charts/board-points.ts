/**
 * Accuracy-vs-cost points for any benchmark board: each model's results on the board paired with a parameter
 * or multiply-add figure for the same network, by the same matching rule as the ImageNet charts (a reported
 * figure for the same variant, else a computed one; a model's single cost figure when names say nothing). Only
 * cost figures that are not measured on another benchmark qualify, so a detector's COCO result is never paired
 * with its backbone's ImageNet size. A board gets a chart when enough models have points.
 */
import type { Benchmark, ModelFacts } from '../content/schema.ts';
import type { Board, Result } from '../benchmarks/leaderboard.ts';
import { benchmarksOfDataset } from '../benchmarks/resolve.ts';
import { computedFigures, figuresOf, type ComputedArchitecture, type CostKind, type Figure } from './figures.ts';
import { matchCost } from './compare-rows.ts';
import type { CostPoint } from './points.ts';
import { sameVariant } from './variants.ts';

/** Fewer models than this make a scatter of a few dots, not a comparison. */
export const MIN_CHART_MODELS = 4;

/** A board result as a chart figure. */
function resultFigure(r: Result, kind: Board['metric'], order: number): Figure {
  return {
    kind: 'result',
    metric: kind.name,
    value: r.value,
    unit: r.unit,
    variant: r.variant,
    dataset: r.dataset,
    ...(r.split ? { split: r.split } : {}),
    ensemble: r.ensemble,
    origin: r.source.type,
    ref: r.source.ref,
    ...(r.source.url ? { url: r.source.url } : {}),
    order,
  };
}

/** The points of one board for one cost kind; models in the order of `models`. */
export function boardCostPoints(
  board: Board,
  benchmark: Benchmark,
  models: readonly ModelFacts[],
  benchmarks: readonly Benchmark[],
  kind: CostKind,
  archs: Readonly<Record<string, readonly ComputedArchitecture[]>> = {},
): CostPoint[] {
  const points: CostPoint[] = [];
  for (const m of models) {
    const own = board.results.filter((r) => r.model === m.id && !r.ensemble);
    if (own.length === 0) continue;
    const onThis = (f: Figure) => {
      const named = benchmarksOfDataset(f.dataset, benchmarks);
      return named.length === 0 || named.includes(benchmark);
    };
    const reported = figuresOf(m.metrics, kind).filter(onThis);
    const computed = computedFigures(archs[m.id] ?? [], kind);
    const candidates = own.map((r) => resultFigure(r, board.metric, r.order));
    for (const accuracy of candidates) {
      if (points.some((p) => p.model === m.id && sameVariant(p.accuracy.variant, accuracy.variant))) continue;
      const cost = matchCost(accuracy, candidates, reported, computed);
      if (!cost || points.some((p) => p.cost === cost)) continue;
      const headline = !points.some((p) => p.model === m.id);
      points.push({ model: m.id, name: m.name, direction: m.directions[0]!, accuracy, cost, headline });
    }
  }
  return points;
}

/** How many different models a set of points covers. */
export function modelCount(points: readonly CostPoint[]): number {
  return new Set(points.map((p) => p.model)).size;
}
