import { describe, expect, it } from 'vitest';
import { aliasSlugs, keyOfPath, slugOf, suggestionsFor } from '../../../src/lib/reading/suggest.ts';

const models = [
  { id: 'resnet', name: 'ResNet', aliases: ['Residual Network', 'ResNet-50', '残差网络'] },
  { id: 'resnext', name: 'ResNeXt', aliases: [] },
  { id: 'mobilenet-v2', name: 'MobileNet v2', aliases: ['MobileNetV2'] },
  { id: 'vgg', name: 'VGG', aliases: ['VGGNet', 'shared'] },
  { id: 'alexnet', name: 'AlexNet', aliases: ['shared'] },
];
const ids = (path: string) => suggestionsFor(path, models).map((s) => [s.id, s.exact]);

describe('suggestions for an unknown address', () => {
  it('reads the last segment of the path as a slug', () => {
    expect(keyOfPath('/en/models/ResNet-50/')).toBe('resnet-50');
    expect(keyOfPath('/zh/models/%E6%AE%8B%E5%B7%AE/')).toBe('');
    expect(slugOf('MobileNet v2')).toBe('mobilenet-v2');
  });
  it('names the model of an alias exactly (/en/models/resnet-50/ → ResNet)', () => {
    expect(ids('/en/models/resnet-50/')[0]).toEqual(['resnet', true]);
  });
  it('matches an id in another case exactly', () => {
    expect(ids('/en/models/ResNet/')[0]).toEqual(['resnet', true]);
  });
  it('offers near spellings and prefixes, best first', () => {
    expect(ids('/en/models/resnt/')[0]).toEqual(['resnet', false]);
    expect(ids('/zh/models/mobilenet/').map(([id]) => id)).toContain('mobilenet-v2');
  });
  it('offers nothing for an address unlike any model', () => {
    expect(ids('/en/no-such-page/')).toEqual([]);
  });
});

describe('alias slugs', () => {
  it('keeps slugs that name one model and are not an id; drops shared and non-Latin ones', () => {
    const slugs = aliasSlugs(models);
    expect(slugs.get('resnet-50')).toBe('resnet');
    expect(slugs.get('residual-network')).toBe('resnet');
    expect(slugs.has('shared')).toBe(false);
    expect(slugs.has('resnet')).toBe(false);
    expect([...slugs.keys()].every((s) => /^[a-z0-9-]+$/.test(s))).toBe(true);
  });
});
