// Result data: excerpts as text runs, and what a result shows from a document's record.
import { describe, expect, it } from 'vitest';
import { excerptSegments, recordHit } from '../../../src/lib/search/result.ts';

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

describe('recordHit', () => {
  const record = {
    n: 'ResNet',
    u: 'en/models/resnet/',
    i: 'resnet',
    y: '2015',
    v: 'CVPR 2016',
    d: 'Object classification',
    f: [],
  };

  it('names a model by its id and joins its path to the site base', () => {
    expect(recordHit(3, record, 'model', '/atlas/')).toEqual({
      doc: 3,
      id: 'resnet',
      url: '/atlas/en/models/resnet/',
      name: 'ResNet',
      kind: 'model',
      year: '2015',
      venue: 'CVPR 2016',
      directions: 'Object classification',
      excerpt: [],
    });
  });

  it('names other pages by their URL', () => {
    const direction = { n: 'GAN', u: 'en/directions/gan/', i: 'gan', f: [] };
    expect(recordHit(0, direction, 'direction', '/').id).toBe('/en/directions/gan/');
  });
});
