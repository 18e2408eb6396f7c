import { describe, expect, it } from 'vitest';
import { architectureView, featuredIssues, formatCount, formatDiff } from '../../../src/lib/notation/page-model.ts';
import { getArchSpec } from '../../../src/lib/notation/load.ts';

const root = new URL('../../..', import.meta.url).pathname;

describe('architectureView', () => {
  it('features ResNet-50 and compares every variant with its published figures', () => {
    const loaded = getArchSpec(root, 'resnet')!;
    const [net] = architectureView(loaded.spec, loaded.graphs);
    expect(net!.featured.variant.name).toBe('ResNet-50');
    const r50 = net!.rows.find((r) => r.graph.variant.id === 'resnet-50')!;
    expect(r50.params).toBe(25557032);
    const torchvision = r50.reported.find((r) => r.metric === 'params')!;
    expect(torchvision.diff).toBe(0);
    const paper = r50.reported.find((r) => r.metric === 'mult_adds')!;
    expect(paper.value).toBe(3.8e9);
    expect(Math.abs(paper.diff)).toBeLessThan(0.05);
    // Loads every spec (the first getArchSpec): seconds of wall time on a busy machine.
  }, 60_000);

  it('gives MTCNN one view per network', () => {
    const loaded = getArchSpec(root, 'mtcnn')!;
    expect(architectureView(loaded.spec, loaded.graphs).map((n) => n.rows.length)).toEqual([1, 1, 1]);
  });

  it('flags a featured variant that does not exist', () => {
    const loaded = getArchSpec(root, 'resnet')!;
    const spec = { ...loaded.spec, networks: loaded.spec.networks.map((n) => ({ ...n, featured: 'resnet-51' })) };
    expect(featuredIssues('arch.yaml', spec)).toEqual([
      { file: 'arch.yaml', field: 'networks[0].featured', message: 'no variant "resnet-51" in this network' },
    ]);
  });
});

describe('formatting', () => {
  it('formats counts and signed differences', () => {
    expect(formatCount(25557032)).toBe('25.56 M');
    expect(formatCount(4089184256)).toBe('4.09 G');
    expect(formatCount(60000)).toBe('60.0 K');
    expect(formatDiff(0.0152)).toBe('+1.5 %');
    expect(formatDiff(-0.002)).toBe('−0.2 %');
    expect(formatDiff(0)).toBe('0.0 %');
  });
});
