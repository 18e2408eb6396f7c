import { describe, expect, it } from 'vitest';
import { methodsByModel, methodUsages, methodsOfModel, specOccurrences } from '../../../src/lib/methods/usage.ts';
import { loadCatalogue } from '../../../src/lib/content/load-catalogue.ts';
import { realContent, root } from '../../support/real-content.ts';

const { models, specs } = realContent();
const methods = loadCatalogue(root).methods.map((m) => m.data);
const shown = specOccurrences(specs, methods);
const usages = methodUsages(methods, models, shown);
const usage = (id: string) => usages.find((u) => u.method.id === id)!;
const fromSpecs = (id: string) =>
  new Set(
    usage(id)
      .uses.filter((u) => u.spec)
      .map((u) => u.model),
  );

describe('methods used by the layer specs', () => {
  // These read the real specs, which grow with every entry: they assert the rule (every spec that has the
  // structure, and none that lacks it), not a list of today's models.
  const specsWith = (test: (types: Set<string>) => boolean) =>
    new Set(specs.filter((s) => s.graphs.some((g) => test(new Set(g.nodes.map((n) => n.type))))).map((s) => s.model));

  it('finds depthwise separable convolution in every spec with a depthwise layer', () => {
    expect(fromSpecs('depthwise-separable-convolution')).toEqual(specsWith((types) => types.has('dwconv')));
    for (const id of ['mobilenet-v1', 'xception', 'shufflenet-v2'])
      expect(fromSpecs('depthwise-separable-convolution')).toContain(id);
  });

  it('tells bottlenecks from inverted residuals by their shape, not by block names', () => {
    // MobileFaceNet calls its blocks "bottleneck"; they widen, filter depthwise and narrow.
    const bottleneck = fromSpecs('bottleneck-block');
    const inverted = fromSpecs('inverted-residual');
    for (const id of ['resnet', 'resnext', 'senet', 'dpn', 'shufflenet-v1']) expect(bottleneck).toContain(id);
    for (const id of ['mobilenet-v2', 'mobilefacenet', 'mnasnet', 'efficientnet']) {
      expect(inverted).toContain(id);
      expect(bottleneck).not.toContain(id);
    }
    // A detector on a ResNet backbone shows the backbone's bottlenecks.
    expect(bottleneck).toContain('faster-r-cnn');
  });

  it('finds the blocks the notation draws in the networks that introduced them', () => {
    expect(fromSpecs('dense-block')).toContain('densenet');
    expect(fromSpecs('squeeze-and-excitation')).toEqual(new Set(['senet', 'mnasnet', 'efficientnet']));
    for (const id of ['googlenet', 'facenet', 'inception-v3', 'inception-v4'])
      expect(fromSpecs('inception-module')).toContain(id);
    // ASPP's branches differ by dilation: a pyramid, not an Inception module.
    expect(fromSpecs('inception-module')).not.toContain('deeplab');
    expect(fromSpecs('fire-module')).toEqual(new Set(['squeezenet']));
    expect(fromSpecs('channel-split')).toEqual(new Set(['shufflenet-v2']));
    expect(fromSpecs('channel-shuffle')).toEqual(new Set(['shufflenet-v1', 'shufflenet-v2']));
    for (const id of ['alexnet', 'resnext', 'dpn', 'shufflenet-v1'])
      expect(fromSpecs('group-convolution')).toContain(id);
  });

  it('lists the users of a method in time order, the introducer among them', () => {
    const residual = usage('residual-connection');
    expect(residual.introducedBy).toEqual({ model: 'resnet' });
    const order = residual.uses.map((u) => models.find((m) => m.id === u.model)!).map((m) => m.year * 12 + m.month);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(residual.uses.find((u) => u.model === 'resnet')).toMatchObject({ introduces: true, spec: true });
  });

  it('gives a method without an atlas entry for its paper that paper as introducer', () => {
    expect(usage('batch-normalization').introducedBy).toMatchObject({ paper: { arxiv: '1502.03167' } });
  });

  it("lists a model's methods with the ones it introduced first", () => {
    const resnet = methodsOfModel('resnet', usages);
    expect(
      resnet
        .slice(0, 2)
        .map((m) => m.method)
        .sort(),
    ).toEqual(['bottleneck-block', 'residual-connection']);
    expect(resnet.map((m) => m.method)).toContain('batch-normalization');
  });

  it("indexes every model's methods in one pass, as asking for each model would list them", () => {
    const byModel = methodsByModel(usages);
    for (const m of models) {
      // Asked model by model: every usage that names it, in the methods' order, the introduced ones first.
      const asked = usages
        .filter((u) => u.uses.some((x) => x.model === m.id))
        .map((u) => ({ method: u.method.id, introduces: u.uses.find((x) => x.model === m.id)!.introduces }))
        .sort((a, b) => Number(b.introduces) - Number(a.introduces));
      expect(byModel.get(m.id) ?? []).toEqual(asked);
    }
  });
});
