import { describe, expect, it } from 'vitest';
import { boardCostPoints, modelCount } from '../../../src/lib/charts/board-points.ts';
import { scatterLayout } from '../../../src/lib/charts/scatter.ts';
import { boardsOf, resultsByBenchmark } from '../../../src/lib/benchmarks/leaderboard.ts';
import { loadCatalogue } from '../../../src/lib/content/load-catalogue.ts';
import { realContent, root } from '../../support/real-content.ts';

const { models, archs } = realContent();
const benchmarks = loadCatalogue(root).benchmarks.map((b) => b.data);
const placed = resultsByBenchmark(models, benchmarks);
const board = (benchmark: string, key: string) => {
  const b = benchmarks.find((x) => x.id === benchmark)!;
  return { b, board: boardsOf(b, placed.get(benchmark) ?? []).find((x) => x.key === key)! };
};

describe('accuracy against cost on any benchmark board', () => {
  it('pairs LFW results with the size of the same face network', () => {
    const { b, board: lfw } = board('lfw', 'unrestricted--accuracy--test--single');
    const points = boardCostPoints(lfw, b, models, benchmarks, 'params', archs);
    expect(modelCount(points)).toBeGreaterThanOrEqual(4);
    expect(points.find((p) => p.model === 'mobilefacenet')?.cost.value).toBeCloseTo(0.99, 2);
  });

  it('never pairs a result with a cost figure measured on another benchmark', () => {
    const { b, board: cifar } = board('cifar-10', 'standard--error--test--single');
    const points = boardCostPoints(cifar, b, models, benchmarks, 'params', archs);
    for (const p of points) expect(p.cost.dataset).not.toMatch(/ImageNet/);
  });

  it('keeps the lowest values on the frontier of a lower-is-better metric', () => {
    const figure = (kind: 'result' | 'params', value: number) =>
      ({
        kind,
        metric: kind,
        value,
        variant: 'v',
        dataset: 'd',
        ensemble: false,
        origin: 'paper',
        ref: 'T1',
        order: 0,
      }) as const;
    const point = (model: string, cost: number, error: number) => ({
      model,
      name: model,
      direction: 'classification',
      accuracy: figure('result', error),
      cost: figure('params', cost),
      headline: true,
    });
    // b is both cheaper and lower in error than a; c is costlier but lower still.
    const layout = scatterLayout([point('a', 10, 5), point('b', 5, 4), point('c', 50, 3)], undefined, {
      kind: 'metric',
      better: 'lower',
    });
    expect(layout.frontier.points.map((p) => p.point.model)).toEqual(['b', 'c']);
  });
});
