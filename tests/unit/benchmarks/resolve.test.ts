import { describe, expect, it } from 'vitest';
import {
  benchmarksOfDataset,
  closestBenchmark,
  isCostMetric,
  placeMetric,
  startsWithPrefix,
} from '../../../src/lib/benchmarks/resolve.ts';
import { benchmark, protocol } from './fixtures.ts';

const imagenet = benchmark({
  id: 'imagenet',
  name: 'ImageNet',
  prefixes: ['ImageNet', 'ImageNet (ILSVRC 2012)'],
  metrics: [
    { name: 'top-1 accuracy', aliases: [], better: 'higher' },
    { name: 'top-1 error', aliases: [], better: 'lower', complement: 'top-1 accuracy' },
  ],
  protocols: [protocol('ilsvrc-2014', ['ILSVRC 2014']), protocol('ilsvrc-2012')],
});
const generation = benchmark({
  id: 'imagenet-128',
  prefixes: ['ImageNet (ILSVRC 2012), 128×128'],
  metrics: [{ name: 'FID', aliases: [], better: 'lower' }],
});
const vocDetection = benchmark({
  id: 'voc-det',
  prefixes: ['PASCAL VOC 2012'],
  metrics: [{ name: 'mAP', aliases: [], better: 'higher' }],
});
const vocSegmentation = benchmark({
  id: 'voc-seg',
  prefixes: ['PASCAL VOC 2012'],
  metrics: [{ name: 'mIoU', aliases: [], better: 'higher' }],
});
const megaface = benchmark({
  id: 'megaface',
  prefixes: ['MegaFace Challenge 1'],
  metrics: [{ name: 'rank-1 identification', aliases: ['rank-1 identification rate'], better: 'higher' }],
  protocols: [protocol('refined', ['refined']), protocol('original')],
});
const all = [imagenet, generation, vocDetection, vocSegmentation, megaface];

describe('which benchmark a dataset names', () => {
  it('matches a prefix only up to a space, comma, bracket or the end', () => {
    expect(startsWithPrefix('COCO, trained on trainval35k', 'COCO')).toBe(true);
    expect(startsWithPrefix('COCO (test-dev)', 'COCO')).toBe(true);
    expect(startsWithPrefix('COCO-Text, text localisation', 'COCO')).toBe(false);
    expect(startsWithPrefix('AFLW2000-3D (68 points)', 'AFLW')).toBe(false);
  });

  it('takes the longest prefix, so ImageNet generation does not land on ImageNet classification', () => {
    expect(benchmarksOfDataset('ImageNet (ILSVRC 2012), 128×128, class-conditional', all).map((b) => b.id)).toEqual([
      'imagenet-128',
    ]);
    expect(benchmarksOfDataset('ImageNet (ILSVRC 2012), single crop', all).map((b) => b.id)).toEqual(['imagenet']);
  });

  it('tells benchmarks that share a prefix apart by the metric', () => {
    const place = (name: string) =>
      placeMetric({ name, dataset: 'PASCAL VOC 2012, trained on 12 trainval', value: 1 }, all);
    expect(place('mAP')).toMatchObject({ ok: true, placement: { benchmark: { id: 'voc-det' } } });
    expect(place('mIoU')).toMatchObject({ ok: true, placement: { benchmark: { id: 'voc-seg' } } });
    expect(place('AP')).toMatchObject({ ok: false, field: 'name' });
  });

  it('reads other spellings of a metric as the declared one', () => {
    const placed = placeMetric(
      { name: 'rank-1 identification rate', dataset: 'MegaFace Challenge 1 (1 M distractors)', value: 73.7 },
      all,
    );
    expect(placed).toMatchObject({
      ok: true,
      placement: { metric: { name: 'rank-1 identification' }, protocol: { id: 'original' } },
    });
  });

  it('puts a result in the first protocol whose match it contains, else in the default one', () => {
    const protocolOf = (dataset: string) => {
      const placed = placeMetric({ name: 'top-1 accuracy', dataset, value: 70 }, all);
      return placed.ok ? placed.placement.protocol.id : placed.message;
    };
    expect(protocolOf('ImageNet (ILSVRC 2014 classification)')).toBe('ilsvrc-2014');
    expect(protocolOf('ImageNet (ILSVRC 2012)')).toBe('ilsvrc-2012');
  });

  it('shows an error rate as the accuracy it complements, and remembers what was reported', () => {
    const placed = placeMetric({ name: 'top-1 error', dataset: 'ImageNet (ILSVRC 2012)', value: 21.43 }, all);
    expect(placed).toMatchObject({
      ok: true,
      placement: {
        metric: { name: 'top-1 accuracy' },
        value: 78.57,
        reportedAs: { name: 'top-1 error', value: 21.43 },
      },
    });
  });

  it('refuses a dataset that names no benchmark, with the closest one as a hint', () => {
    const placed = placeMetric({ name: 'top-1 accuracy', dataset: 'ImageNett (ILSVRC 2012)', value: 70 }, all);
    expect(placed.ok).toBe(false);
    if (!placed.ok) {
      expect(placed.field).toBe('dataset');
      expect(placed.message).toContain('names no known benchmark (closest: "ImageNet"');
    }
    expect(closestBenchmark('Completely different data', all)).toBeUndefined();
  });

  it('leaves cost and speed figures out: their dataset only says on what input', () => {
    expect(['params', 'mult-adds', 'fps', 'latency'].every(isCostMetric)).toBe(true);
    expect(['accuracy', 'mAP', 'NME', 'top-1 error'].some(isCostMetric)).toBe(false);
  });
});
