// Result data: excerpts as text runs, display fields, and exact name and alias matches first.
import { describe, expect, it } from 'vitest';
import { excerptSegments, matchedAlias, queryKey, toHit, type SearchHit } from '../../../src/lib/search/result.ts';

const hit = (id: string, name: string, aliases: string[] = [], extra: Partial<SearchHit> = {}): SearchHit => ({
  id,
  url: `/en/models/${id}/`,
  name,
  kind: 'model',
  aliases,
  excerpt: [],
  ...extra,
});

describe('excerptSegments', () => {
  it('reads only <mark> as markup and decodes entities into text', () => {
    expect(excerptSegments('a <mark>Res</mark>Net &lt;img src=x onerror=alert(1)&gt; &amp; <b>b</b>')).toEqual([
      { text: 'a ', mark: false },
      { text: 'Res', mark: true },
      { text: 'Net <img src=x onerror=alert(1)> & <b>b</b>', mark: false },
    ]);
  });

  it('merges adjacent marks (Chinese matches come one character at a time)', () => {
    expect(excerptSegments('<mark>残</mark><mark>差</mark>网络')).toEqual([
      { text: '残差', mark: true },
      { text: '网络', mark: false },
    ]);
  });
});

describe('toHit', () => {
  it('reads model metadata', () => {
    const h = toHit({
      url: '/en/models/resnet/',
      excerpt: 'x',
      meta: {
        title: 'ResNet',
        kind: 'model',
        id: 'resnet',
        year: '2015',
        venue: 'CVPR 2016',
        directions: 'Object classification',
        aliases: 'ResNet-50 · 残差网络',
        arxiv: '1512.03385',
      },
    });
    expect(h).toMatchObject({
      id: 'resnet',
      name: 'ResNet',
      kind: 'model',
      year: '2015',
      aliases: ['ResNet-50', '残差网络'],
      arxiv: '1512.03385',
    });
  });

  it('recognises direction pages and other pages', () => {
    expect(toHit({ url: '/zh/directions/gan/', excerpt: '', meta: { title: '生成对抗网络' } }).kind).toBe('direction');
    expect(toHit({ url: '/en/about/', excerpt: '', meta: { title: 'About' } }).kind).toBe('page');
  });
});

describe('queryKey', () => {
  it('ignores case, width, spacing and punctuation', () => {
    expect(queryKey('Inception-v1')).toBe(queryKey('inception V1'));
    expect(queryKey('Ｒｅｓ Net')).toBe('resnet');
    expect(queryKey('Going Deeper with Convolutions')).toBe('goingdeeperwithconvolutions');
  });
});

describe('matchedAlias', () => {
  const ert = hit('ert', 'ERT', ['Ensemble of Regression Trees', 'dlib', 'dlib shape predictor']);

  it('names the alias a query found, the exact one first', () => {
    expect(matchedAlias('dlib', ert)).toBe('dlib');
    expect(matchedAlias('shape pred', ert)).toBe('dlib shape predictor');
  });

  it('says nothing when the name shows the match', () => {
    expect(matchedAlias('ER', ert)).toBeUndefined();
    expect(matchedAlias('nothing', ert)).toBeUndefined();
  });
});
