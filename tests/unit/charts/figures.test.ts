import { describe, expect, it } from 'vitest';
import {
  chartable,
  computedFigures,
  cropLevel,
  figureOf,
  figuresOf,
  kindOf,
  ranked,
} from '../../../src/lib/charts/figures.ts';
import { metric } from './fixtures.ts';

describe('figures', () => {
  it('reads ImageNet-1k top-1/top-5 and LFW accuracy, never ILSVRC 2010 or other datasets', () => {
    expect(kindOf(metric({ name: 'top-1 error', value: 21.43 }))).toBe('top1');
    expect(kindOf(metric({ name: 'top-5 accuracy', value: 92.5, dataset: 'ImageNet-1k (ILSVRC 2012)' }))).toBe('top5');
    expect(kindOf(metric({ name: 'top-1 error', value: 37.5, dataset: 'ImageNet (ILSVRC 2010)' }))).toBeUndefined();
    expect(kindOf(metric({ name: 'error', value: 6.43, dataset: 'CIFAR-10' }))).toBeUndefined();
    expect(kindOf(metric({ name: 'accuracy', value: 99.63, dataset: 'LFW (unrestricted protocol)' }))).toBe('lfw');
    expect(kindOf(metric({ name: 'accuracy (100% − EER)', value: 99.4, dataset: 'LFW, 6,000 pairs' }))).toBe('lfw');
    expect(kindOf(metric({ name: 'AUC', value: 0.97, unit: '', dataset: 'LFW' }))).toBeUndefined();
  });

  it('turns errors into accuracies and costs into millions, keeping the reported value', () => {
    const top1 = figureOf(metric({ name: 'top-1 error', value: 21.43 }), 0)!;
    expect(top1.value).toBe(78.57);
    expect(top1.fromError).toBe(21.43);
    expect(figureOf(metric({ name: 'mult-adds', value: 3.8, unit: 'G' }), 0)!.value).toBe(3800);
    expect(figureOf(metric({ name: 'mult-adds', value: 312, unit: 'M' }), 0)!.value).toBe(312);
    expect(figureOf(metric({ name: 'params', value: 0.06, unit: 'M' }), 0)!.value).toBe(0.06);
  });

  it('gives the notation engine’s totals in millions, marked as computed', () => {
    const [f] = computedFigures(
      [{ variant: 'ResNet-50', input: [3, 224, 224], params: 25_557_032, mult_adds: 4_089_184_256 }],
      'params',
    );
    expect(f).toMatchObject({
      value: 25.557032,
      origin: 'computed',
      notation: true,
      variant: 'ResNet-50',
      dataset: '3×224×224 input',
    });
  });

  it('ranks single models over ensembles, val over test, few crops over many, paper over repo, then file order', () => {
    const metrics = [
      metric({ name: 'top-1 error', value: 17, ensemble: true, variant: 'ensemble of 4' }),
      metric({ name: 'top-1 error', value: 19, split: 'test', variant: 'Net-50, single crop' }),
      metric({ name: 'top-1 error', value: 19.4, variant: 'Net-50, multi-scale fully convolutional testing' }),
      metric({ name: 'top-1 error', value: 21.4, variant: 'Net-50, 10-crop testing' }),
      metric({
        name: 'top-1 accuracy',
        value: 78,
        variant: 'Net-50 checkpoint, single crop',
        source: { type: 'repo', ref: 'README', url: 'https://example.org' },
      }),
      metric({ name: 'top-1 accuracy', value: 77, variant: 'Net-50' }),
      metric({ name: 'top-1 error', value: 24, variant: 'Net-50 baseline' }),
    ];
    const order = ranked(figuresOf(metrics, 'top1')).map((f) => f.value);
    expect(order).toEqual([77, 78, 78.6, 80.6, 81, 83, 76]);
  });

  it('knows single crops from many crops and scales', () => {
    const f = (variant: string) => figureOf(metric({ name: 'top-1 error', value: 20, variant }), 0)!;
    expect(cropLevel(f('DPN-92, single 224×224 crop'))).toBe(0);
    expect(cropLevel(f('Net'))).toBe(1);
    expect(cropLevel(f('Inception-v4, 144 crops'))).toBe(2);
    expect(cropLevel(f('VGG-19, multi-crop and dense evaluation at three scales'))).toBe(3);
    expect(chartable(f('ensemble'))).toBe(true);
    expect(chartable(figureOf(metric({ name: 'top-1 error', value: 20, ensemble: true }), 0)!)).toBe(false);
  });
});
