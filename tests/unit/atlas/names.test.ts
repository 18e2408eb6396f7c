import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/lib/atlas/names.ts';

describe('nameKey', () => {
  it('folds case, width, spaces, hyphens and dashes of every width', () => {
    const key = nameKey('Inception-v3');
    for (const spelling of ['Inception–v3', 'Inception—v3', 'inception v3', 'INCEPTION_V3', 'Ｉｎｃｅｐｔｉｏｎ v3'])
      expect(nameKey(spelling)).toBe(key);
  });

  it('folds brackets, dots, commas and their Chinese full-width forms', () => {
    expect(nameKey('Net (v2)')).toBe(nameKey('Net v2'));
    expect(nameKey('ResNet（残差网络）')).toBe(nameKey('ResNet 残差网络'));
    expect(nameKey('M.T.C.N.N.')).toBe('mtcnn');
  });

  it('keeps names apart that differ in a letter or a digit', () => {
    expect(nameKey('Inception v3')).not.toBe(nameKey('Inception v4'));
    expect(nameKey('R-CNN')).not.toBe(nameKey('R-FCN'));
  });
});
