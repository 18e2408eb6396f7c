/**
 * Accuracy-vs-cost data: every network of a model with a single-model ImageNet top-1 accuracy and a cost
 * (parameters or multiply-adds) for the same network. The model's best-ranked network is its headline point.
 */
import type { ModelFacts } from '../content/schema.ts';
import {
  chartable,
  computedFigures,
  figuresOf,
  ranked,
  type ComputedArchitecture,
  type CostKind,
  type Figure,
} from './figures.ts';
import { matchCost } from './compare-rows.ts';
import { sameVariant } from './variants.ts';

export interface CostPoint {
  model: string;
  name: string;
  /** First direction of the model, for its colour. */
  direction: string;
  accuracy: Figure;
  cost: Figure;
  /** The model's labelled point; the others are its further variants. */
  headline: boolean;
}

/** The points of one model, headline first. */
export function modelCostPoints(
  facts: ModelFacts,
  kind: CostKind,
  archs: readonly ComputedArchitecture[] = [],
): CostPoint[] {
  const candidates = figuresOf(facts.metrics, 'top1');
  const reported = figuresOf(facts.metrics, kind);
  const computed = computedFigures(archs, kind);
  const points: CostPoint[] = [];
  for (const accuracy of ranked(candidates.filter(chartable))) {
    // A better-ranked figure of the same network is already plotted.
    if (points.some((p) => sameVariant(p.accuracy.variant, accuracy.variant))) continue;
    const cost = matchCost(accuracy, candidates, reported, computed);
    if (!cost || points.some((p) => p.cost === cost)) continue;
    points.push({
      model: facts.id,
      name: facts.name,
      direction: facts.directions[0]!,
      accuracy,
      cost,
      headline: points.length === 0,
    });
  }
  return points;
}

/** Every model's points, in model order. */
export function costPoints(
  models: readonly ModelFacts[],
  kind: CostKind,
  archs: Readonly<Record<string, readonly ComputedArchitecture[]>> = {},
): CostPoint[] {
  return models.flatMap((m) => modelCostPoints(m, kind, archs[m.id] ?? []));
}
