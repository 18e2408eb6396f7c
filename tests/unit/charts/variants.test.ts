import { describe, expect, it } from 'vitest';
import { firstClause, identifyingTokens, isModifiedVariant, sameVariant } from '../../../src/lib/charts/variants.ts';

describe('variant matching', () => {
  it('keeps the digits that name a network and drops counts, input sizes and crops', () => {
    expect(identifyingTokens('ResNeXt-50 (32×4d), single 224×224 crop')).toEqual(['32×4d', 'resnext-50']);
    expect(identifyingTokens('Xception (22,855,952 parameters)')).toEqual([]);
    expect(identifyingTokens('0.75 MobileNet-224 (325 M mult-adds, 2.6 M params)')).toEqual(['0.75', 'mobilenet-224']);
    expect(identifyingTokens('SqueezeNet v1.0, uncompressed (4.8 MB of 32-bit weights)')).toEqual(['1']);
    expect(identifyingTokens('single network as in Fig. 3')).toEqual([]);
  });

  it('pairs an accuracy with the cost of the same network', () => {
    expect(sameVariant('ResNet-152, single model, 10-crop testing', 'ResNet-152')).toBe(true);
    expect(sameVariant('MobileNet v2, width 1.0, 224×224 input', 'MobileNet v2 1.0')).toBe(true);
    expect(
      sameVariant(
        'VGG-19 (configuration E), single network',
        'VGG-19 (configuration E), convolutional and fully connected layers',
      ),
    ).toBe(true);
    expect(sameVariant('ShuffleNet 1× (g = 3)', 'ShuffleNet 1.0× (group = 3), released model')).toBe(true);
    expect(sameVariant('Xception, single model, single 299×299 crop', 'Xception (22,855,952 parameters)')).toBe(true);
    expect(sameVariant('SqueezeNet v1.0, uncompressed', 'SqueezeNet 1.0')).toBe(true);
  });

  it('does not pair different networks of one model', () => {
    expect(sameVariant('MobileNet v2, width 1.4, 224×224 input', 'MobileNet v2 1.0')).toBe(false);
    expect(sameVariant('ResNet-152, single model', 'ResNet-50')).toBe(false);
    expect(sameVariant('EfficientNet-B1', 'EfficientNet-B0')).toBe(false);
    expect(sameVariant('SqueezeNet v1.0', 'SqueezeNet 1.1')).toBe(false);
    expect(sameVariant('one CNN', 'the two-GPU network of the paper')).toBe(false);
    expect(sameVariant('Xception, single crop', 'Inception V3 baseline (23,626,728 parameters)')).toBe(false);
  });

  it('recognises baselines and modified networks', () => {
    expect(isModifiedVariant('ResNet-50 (1×64d) baseline at the same cost')).toBe(true);
    expect(isModifiedVariant('ShuffleNet 2× (g = 3) with squeeze-and-excitation, 527 M mult-adds')).toBe(true);
    expect(isModifiedVariant('MnasNet-A1 at depth multiplier 0.35 (1.7 M parameters)')).toBe(true);
    expect(isModifiedVariant("the authors' re-implementation of AlexNet, single network (baseline)")).toBe(true);
    // "with" after the first clause describes the setting, not a different network.
    expect(
      isModifiedVariant(
        'DeepID, 160-d features from 60 patch ConvNets (19,200-d in total) with a Joint Bayesian classifier',
      ),
    ).toBe(false);
    expect(isModifiedVariant('SE-ResNet-50, released model (retrained with batch 256)')).toBe(false);
  });

  it('splits the first clause outside parentheses', () => {
    expect(firstClause('1.0 MobileNet-224 (width multiplier 1, 224×224 input), released')).toBe(
      '1.0 MobileNet-224 (width multiplier 1, 224×224 input)',
    );
    expect(firstClause('no comma')).toBe('no comma');
  });
});
