import { describe, expect, it } from 'vitest';
import { compareRow, compareRows } from '../../../src/lib/charts/compare-rows.ts';
import { metric, model } from './fixtures.ts';
import { realContent } from '../../support/real-content.ts';

describe('compare rows', () => {
  it('describes one network per row and flags figures for another network', () => {
    const row = compareRow(
      model({
        id: 'net',
        metrics: [
          metric({ name: 'top-1 error', value: 22, variant: 'Net-50, single crop' }),
          metric({ name: 'top-1 error', value: 20, variant: 'Net-101, single crop' }),
          metric({ name: 'top-5 error', value: 5, variant: 'Net-101, single crop' }),
          metric({ name: 'params', value: 44, unit: 'M', dataset: 'ImageNet', variant: 'Net-101' }),
          metric({ name: 'mult-adds', value: 4, unit: 'G', dataset: 'ImageNet', variant: 'Net-50' }),
        ],
      }),
      [{ variant: 'Net-50', input: [3, 224, 224], params: 25_600_000, mult_adds: 4_100_000_000 }],
    );
    expect(row.headline?.variant).toBe('Net-50, single crop');
    expect(row.top1).toMatchObject({ figure: { value: 78 }, otherVariant: false });
    expect(row.top5).toMatchObject({ figure: { value: 95 }, otherVariant: true });
    expect(row.multAdds).toMatchObject({
      figure: { value: 4000, origin: 'paper' },
      computed: { value: 4100 },
      otherVariant: false,
    });
    // No reported parameters for Net-50: the computed count stands in, marked as computed.
    expect(row.params).toMatchObject({
      figure: { value: 25.6, origin: 'computed', notation: true },
      otherVariant: false,
    });
    expect(row.lfw).toBeUndefined();
  });

  it('pairs a lone unnamed accuracy with a lone cost (AlexNet’s "one CNN")', () => {
    const row = compareRow(
      model({
        id: 'alex',
        metrics: [
          metric({ name: 'top-1 error', value: 40.7, variant: 'one CNN' }),
          metric({
            name: 'params',
            value: 60,
            unit: 'M',
            dataset: '224×224 RGB input',
            variant: 'the two-GPU network of the paper',
          }),
        ],
      }),
    );
    expect(row.params).toMatchObject({ figure: { value: 60 }, otherVariant: false });
  });

  it('shows a cost for another dataset only as another network', () => {
    const row = compareRow(
      model({
        id: 'dense',
        metrics: [
          metric({ name: 'top-1 error', value: 25, variant: 'DenseNet-121 (k = 32), single 224×224 crop' }),
          metric({
            name: 'params',
            value: 0.8,
            unit: 'M',
            dataset: 'CIFAR-10',
            variant: 'DenseNet-BC (L = 100, k = 12)',
          }),
        ],
      }),
    );
    expect(row.params).toMatchObject({ figure: { value: 0.8 }, otherVariant: true });
  });

  it('gives the real content sensible rows', () => {
    const { models, archs } = realContent();
    const rows = new Map(compareRows(models, archs).map((r) => [r.id, r]));
    expect(rows.size).toBe(models.length);
    expect(rows.get('resnet')!.top1!.figure).toMatchObject({ value: 78.57, fromError: 21.43 });
    expect(rows.get('resnet')!.multAdds!.figure).toMatchObject({ value: 11300, origin: 'paper' });
    expect(rows.get('alexnet')!.top1!.figure.value).toBeCloseTo(59.3, 6);
    expect(rows.get('facenet')!.lfw!.figure.value).toBeGreaterThan(98);
    // Every figure equals a metric of the model's facts (or a computed architecture).
    for (const m of models) {
      const r = rows.get(m.id)!;
      for (const cell of [r.top1, r.top5, r.lfw, r.params, r.multAdds]) {
        if (!cell) continue;
        const f = cell.figure;
        if (f.notation) expect(archs[m.id]!.some((a) => a.variant === f.variant)).toBe(true);
        else expect(m.metrics.some((x) => x.variant === f.variant && x.name === f.metric)).toBe(true);
      }
    }
  });
});

describe('computed costs standing in', () => {
  it('takes the computed network named as the paper’s when several are computed', () => {
    const row = compareRow(
      model({ id: 'alex', metrics: [metric({ name: 'top-1 error', value: 40.7, variant: 'one CNN' })] }),
      [
        { variant: 'AlexNet (paper, two GPUs)', input: [3, 227, 227], params: 60_965_224, mult_adds: 724_406_816 },
        { variant: 'AlexNet (torchvision)', input: [3, 224, 224], params: 61_100_840, mult_adds: 714_188_480 },
      ],
    );
    expect(row.multAdds).toMatchObject({ figure: { value: 724.406816, notation: true }, otherVariant: false });
  });
});
