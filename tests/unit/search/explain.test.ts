// What a result shows under its name: why it matched (the field holding most of the query) and a sentence of
// the prose cut from Pagefind's excerpt, the query's words marked, nothing read as markup.
import { describe, expect, it } from 'vitest';
import { firstSentence, markQuery, readsWhole, sentenceExcerpt, whyLine } from '../../../src/lib/search/explain.ts';
import { fieldCode } from '../../../src/lib/search/fields.ts';
import type { DocRecord } from '../../../src/lib/search/index-files.ts';
import { excerptSegments } from '../../../src/lib/search/result.ts';
import { queryTerms } from '../../../src/lib/search/tokens.ts';
import { labels } from './support.ts';

const marked = (segments: Array<{ text: string; mark: boolean }>) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('markQuery', () => {
  it('marks Latin words that start with a query word and Chinese runs of the query', () => {
    expect(marked(markQuery('Deep Residual Learning', queryTerms('resid learn')))).toBe('Deep [Residual] [Learning]');
    expect(marked(markQuery('深度残差网络', queryTerms('残差')))).toBe('深度[残差]网络');
    expect(marked(markQuery('<b>ResNet</b>', queryTerms('resnet')))).toBe('<b>[ResNet]</b>');
  });
});

describe('whyLine', () => {
  const alexnet: DocRecord = {
    n: 'AlexNet',
    u: 'en/models/alexnet/',
    f: [
      [fieldCode('alias'), 'ImageNet Classification with Deep Convolutional Neural Networks'],
      [fieldCode('author', 0), 'Alex Krizhevsky'],
      [fieldCode('author', 3), 'Geoffrey E. Hinton'],
      [fieldCode('achievement'), 'ImageNet (ILSVRC 2012 classification), first place (winner)'],
    ],
  };
  const match = (field: Parameters<typeof fieldCode>[0]) => ({
    doc: 0,
    score: 1,
    full: true,
    fuzzy: false,
    code: fieldCode(field),
  });

  it('names the field holding most of the query', () => {
    const why = whyLine(alexnet, match('alias'), queryTerms('ImageNet 2012 winner'), labels)!;
    expect(why.label).toBe('Challenge');
    expect(marked(why.segments)).toBe('[ImageNet] (ILSVRC [2012] classification), first place ([winner])');
  });

  it('lists every author in order for a person', () => {
    expect(marked(whyLine(alexnet, match('author'), queryTerms('Hinton'), labels)!.segments)).toBe(
      'Alex Krizhevsky, Geoffrey E. [Hinton]',
    );
  });

  it('says nothing for a match of the name, which the result shows anyway', () => {
    expect(whyLine(alexnet, match('name'), queryTerms('alexnet'), labels)).toBeUndefined();
  });
});

describe('sentences', () => {
  it('cut an excerpt to the sentence holding its first match', () => {
    const excerpt = excerptSegments(
      '…the deeper network was worse. Instead of asking a few layers to produce a mapping, let them learn the <mark>residual</mark>. Pushing a residual towards zero is easy…',
    );
    expect(marked(sentenceExcerpt(excerpt))).toBe(
      'Instead of asking a few layers to produce a mapping, let them learn the [residual].',
    );
  });

  it('keep "et al." and "e.g." inside a sentence, and mark a sentence the window cut', () => {
    const excerpt = excerptSegments('He et al. showed that <mark>depth</mark> pays, e.g. on ImageNet, and then');
    expect(marked(sentenceExcerpt(excerpt))).toBe('He et al. showed that [depth] pays, e.g. on ImageNet, and then…');
  });

  it('end Chinese sentences at full-width stops', () => {
    expect(marked(sentenceExcerpt(excerptSegments('第一句。第二句有<mark>残差</mark>连接。第三句')))).toBe(
      '第二句有[残差]连接。',
    );
    expect(firstSentence('A summary. More text.')).toBe('A summary.');
  });
});

describe('readsWhole', () => {
  const seg = (text: string) => [{ text, mark: false }];
  it('refuses a sentence with the gap a dropped formula leaves, in either language', () => {
    expect(readsWhole(seg('The loss sums the violations over the training triplets: with and .'))).toBe(false);
    expect(readsWhole(seg('…例，参数量为.'))).toBe(false);
    expect(readsWhole(seg('The output is ( ) for every anchor.'))).toBe(false);
  });
  it('keeps sentences that read whole, numbers and abbreviations included', () => {
    expect(readsWhole(seg('Identity shortcuts let each block learn only a correction to its input.'))).toBe(true);
    expect(readsWhole(seg('He et al. reached 3.57 % top-5 error (an ensemble), e.g. on ImageNet.'))).toBe(true);
    expect(readsWhole(seg('深度可分离卷积把标准卷积拆成逐通道卷积和 1×1 卷积。'))).toBe(true);
  });
});
