// Text into search terms, the same at build time and in the browser: Latin words, Chinese character pairs, one
// phrase key per name; and the bounded edit distance behind typo tolerance.
import { describe, expect, it } from 'vitest';
import { editDistance, editsAllowed } from '../../../src/lib/search/distance.ts';
import { phraseKey, queryTerms, words } from '../../../src/lib/search/tokens.ts';

describe('words', () => {
  it('folds case and width and splits Latin script on anything but letters and digits', () => {
    expect(words('ResNet-50, Ｒｅｓ Net')).toEqual(['resnet', '50', 'res', 'net']);
  });

  it('leaves out single letters and the stop words a title joins its words with', () => {
    expect(words('A-Softmax Loss for Deep Face Recognition')).toEqual([
      'softmax',
      'loss',
      'deep',
      'face',
      'recognition',
    ]);
  });

  it('splits Chinese into overlapping character pairs, a lone character as itself', () => {
    expect(words('人脸对齐 / 关键点')).toEqual(['人脸', '脸对', '对齐', '关键', '键点']);
    expect(words('残')).toEqual(['残']);
    expect(words('3D 人脸')).toEqual(['3d', '人脸']);
  });
});

describe('phraseKey and queryTerms', () => {
  it('give spellings of one name one key', () => {
    expect(phraseKey('Inception–v1')).toBe(phraseKey('inception V1'));
    expect(queryTerms('Kaiming  He')).toEqual({ key: 'kaiminghe', words: ['kaiming', 'he'] });
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('resnt', 'resnet', 2)).toBe(1);
    expect(editDistance('rsenet', 'resnet', 2)).toBe(1);
    expect(editDistance('resnet', 'resnext', 2)).toBe(1);
    expect(editDistance('mobilnet', 'mobilenets', 2)).toBe(2);
    expect(editDistance('残差', '残差', 1)).toBe(0);
  });

  it('stops past the bound', () => {
    expect(editDistance('mobilnet', 'mobilefacenet', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });

  it('allows no typo in short words and numbers, one up to six characters, two beyond', () => {
    expect(editsAllowed('vgg')).toBe(0);
    expect(editsAllowed('2012')).toBe(0);
    expect(editsAllowed('resnt')).toBe(1);
    expect(editsAllowed('mobilnet')).toBe(2);
  });
});
