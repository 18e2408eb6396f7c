import { describe, expect, it } from 'vitest';
import { costPoints, modelCostPoints } from '../../../src/lib/charts/points.ts';
import { DEFAULT_SCATTER, linearTicks, logTicks, scatterLayout } from '../../../src/lib/charts/scatter.ts';
import { boxesOverlap, boxHitsCircle, insideBox } from '../../../src/lib/charts/point-labels.ts';
import { dominates } from '../../../src/lib/charts/pareto.ts';
import { metric, model } from './fixtures.ts';
import { realContent } from '../../support/real-content.ts';

describe('cost points', () => {
  it('plots every network with an accuracy and a cost of its own, headline first', () => {
    const facts = model({
      id: 'eff',
      metrics: [
        metric({ name: 'top-1 accuracy', value: 76.3, variant: 'Eff-B0, single model, single crop' }),
        metric({ name: 'params', value: 5.3, unit: 'M', dataset: 'ImageNet', variant: 'Eff-B0' }),
        metric({ name: 'top-1 accuracy', value: 78.8, variant: 'Eff-B1, single model, single crop' }),
        metric({ name: 'top-1 accuracy', value: 84, variant: 'Eff-B1 ensemble', ensemble: true }),
        metric({ name: 'top-1 accuracy', value: 79, variant: 'Eff-B2, single crop' }),
      ],
    });
    const points = modelCostPoints(facts, 'params', [
      { variant: 'Eff-B1', input: [3, 240, 240], params: 7_794_184, mult_adds: 1 },
    ]);
    expect(points.map((p) => [p.accuracy.value, p.cost.value, p.cost.origin, p.headline])).toEqual([
      [76.3, 5.3, 'paper', true],
      [78.8, 7.794184, 'computed', false],
    ]);
  });
});

describe('accuracy-vs-cost layout', () => {
  const { models, archs } = realContent();
  for (const kind of ['mult-adds', 'params'] as const) {
    const layout = scatterLayout(costPoints(models, kind, archs));

    it(`puts every ${kind} point exactly where its data says`, () => {
      expect(layout.points.length).toBeGreaterThan(10);
      const { plot, xDomain, yDomain } = layout;
      for (const p of layout.points) {
        expect(p.x).toBe(p.point.cost.value);
        expect(p.y).toBe(p.point.accuracy.value);
        const cx = plot.x + (plot.width * Math.log(p.x / xDomain[0])) / Math.log(xDomain[1] / xDomain[0]);
        const cy = plot.y + plot.height - (plot.height * (p.y - yDomain[0])) / (yDomain[1] - yDomain[0]);
        expect(Math.abs(p.cx - cx)).toBeLessThanOrEqual(0.05);
        expect(Math.abs(p.cy - cy)).toBeLessThanOrEqual(0.05);
        expect(insideBox({ x: p.cx, y: p.cy, width: 0, height: 0 }, plot)).toBe(true);
        // The figures themselves come from the facts (or the notation engine), unchanged.
        const facts = models.find((m) => m.id === p.point.model)!;
        const source = facts.metrics.find(
          (m) => m.variant === p.point.accuracy.variant && m.name === p.point.accuracy.metric,
        )!;
        expect(p.y).toBeCloseTo(/error/.test(source.name) ? 100 - source.value : source.value, 9);
        if (p.point.cost.notation)
          expect(archs[p.point.model]!.some((a) => a.variant === p.point.cost.variant)).toBe(true);
        else expect(facts.metrics.some((m) => m.variant === p.point.cost.variant && m.name === kind)).toBe(true);
        expect(p.point.accuracy.ensemble).toBe(false);
      }
    });

    it(`draws the ${kind} frontier through exactly the non-dominated points`, () => {
      for (const p of layout.points)
        expect(p.onFrontier).toBe(!layout.points.some((q) => dominates(q, p)) && layout.frontier.points.includes(p));
      expect(layout.frontier.d.startsWith(`M${layout.frontier.points[0]!.cx},${layout.frontier.points[0]!.cy}`)).toBe(
        true,
      );
    });

    it(`labels every ${kind} model once, clear of other labels and points`, () => {
      const heads = layout.points.filter((p) => p.point.headline);
      expect(layout.labels.map((l) => l.model).sort()).toEqual(heads.map((p) => p.point.model).sort());
      for (const l of layout.labels) {
        expect(l.clear).toBe(true);
        expect(insideBox(l, layout.plot)).toBe(true);
        for (const p of layout.points) expect(boxHitsCircle(l, { x: p.cx, y: p.cy, r: p.r })).toBe(false);
      }
      for (let i = 0; i < layout.labels.length; i++)
        for (let j = i + 1; j < layout.labels.length; j++)
          expect(boxesOverlap(layout.labels[i]!, layout.labels[j]!)).toBe(false);
    });

    it(`has one model per ${kind} family line`, () => {
      const models = layout.families.map((f) => f.model);
      expect(new Set(models).size).toBe(models.length);
    });
  }

  it('lays out an empty chart without failing', () => {
    expect(scatterLayout([], DEFAULT_SCATTER).points).toEqual([]);
  });

  it('picks readable ticks', () => {
    expect(logTicks(30, 60000)).toEqual([50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000]);
    expect(logTicks(0.01, 1e6)).toEqual([0.01, 0.1, 1, 10, 100, 1000, 10000, 100000, 1000000]);
    expect(linearTicks(55, 90)).toEqual([55, 60, 65, 70, 75, 80, 85, 90]);
    expect(linearTicks(96, 100)).toEqual([96, 98, 100]);
  });
});
