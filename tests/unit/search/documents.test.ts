// What search knows about each page comes from the content: a model's names, authors in order, challenge results
// as words, its lines and lineage; a direction's names in both languages and their parts; planned stations.
import { describe, expect, it } from 'vitest';
import type { Direction, ModelFacts } from '../../../src/lib/content/schema.ts';
import { benchmarkName, nameParts, searchDocs, type SearchContent } from '../../../src/lib/search/documents.ts';
import { indexFiles, toRecord, type IndexHead } from '../../../src/lib/search/index-files.ts';
import { realContent } from '../../support/real-content.ts';
import { realDocs } from './support.ts';

const texts = (id: string, field: string, locale: 'en' | 'zh-CN' = 'en') =>
  realDocs(locale)
    .find((d) => d.id === id && d.kind === 'model')!
    .fields.filter((f) => f.field === field);

describe('model documents', () => {
  it('carry the authors in order, first and last told apart', () => {
    expect(texts('resnext', 'author').map((f) => [f.text, f.rank])).toEqual([
      ['Saining Xie', 0],
      ['Ross Girshick', 1],
      ['Piotr Dollár', 2],
      ['Zhuowen Tu', 2],
      ['Kaiming He', 3],
    ]);
  });

  it('state challenge results as words in the page language', () => {
    expect(texts('alexnet', 'achievement').map((f) => f.text)).toEqual([
      'ImageNet (ILSVRC 2012 classification), first place (winner)',
    ]);
    expect(texts('resnext', 'achievement', 'zh-CN').map((f) => f.text)).toEqual([
      'ImageNet (ILSVRC 2016 classification)：第二名（亚军）',
    ]);
  });

  it('name what a model builds on, in Chinese on the Chinese site too', () => {
    expect(texts('resnext', 'lineage').map((f) => f.text)).toContain('ResNet');
    expect(texts('resnext', 'lineage', 'zh-CN').map((f) => f.text)).toContain('残差网络');
  });

  it('give every model an arXiv id, title, venue and year when it has them', () => {
    expect(texts('resnet', 'arxiv').map((f) => f.text)).toEqual(['1512.03385']);
    expect(texts('resnet', 'title').map((f) => f.text)).toEqual(['Deep Residual Learning for Image Recognition']);
  });

  it('rank a model more central the more entries build on it', () => {
    const prior = (id: string) => realDocs('en').find((d) => d.id === id)!.prior;
    expect(prior('resnet')).toBeGreaterThan(prior('resnext'));
    expect(prior('resnet')).toBeLessThanOrEqual(1);
  });
});

describe('benchmarkName', () => {
  it('keeps the benchmark and drops protocol details', () => {
    expect(benchmarkName('MegaFace Challenge 1 (FaceScrub probes, 1M distractors, original uncleaned test set)')).toBe(
      'MegaFace Challenge 1',
    );
    expect(benchmarkName('ImageNet (ILSVRC 2012)')).toBe('ImageNet (ILSVRC 2012)');
    expect(benchmarkName('PASCAL VOC 2007, per image')).toBe('PASCAL VOC 2007');
  });
});

describe('direction documents', () => {
  it('take the parts of a name people type: the bracket, each side of a slash, the initials', () => {
    expect(nameParts('Generative adversarial networks')).toEqual(['GAN']);
    expect(nameParts('Text detection & recognition (OCR)')).toEqual(['OCR', 'Text detection & recognition', 'TDR']);
    expect(nameParts('人脸对齐 / 关键点')).toEqual(['人脸对齐', '关键点']);
  });

  it('carry the other language name as an alias', () => {
    const gan = realDocs('zh-CN').find((d) => d.kind === 'direction' && d.id === 'gan')!;
    expect(gan.name).toBe('生成对抗网络');
    expect(gan.fields.map((f) => f.text)).toContain('Generative adversarial networks');
  });
});

describe('planned stations', () => {
  // No planned station remains in the atlas; the mechanism is kept working on a small fixture.
  const { models, directions } = realContent();
  const line: Direction = { ...directions[0]!, planned: [{ name: 'FutureNet', year: 2031 }] };
  const content: SearchContent = {
    models: models.filter((m: ModelFacts) => m.directions.includes(line.id)).slice(0, 3),
    directions: [line],
    methods: [],
    benchmarks: [],
    summary: () => undefined,
    methodsOf: () => [],
  };

  it('are searchable by name, point at their line and say they have no entry yet', () => {
    const docs = searchDocs(content, 'en');
    const planned = docs.find((d) => d.kind === 'planned')!;
    expect(planned.name).toBe('FutureNet');
    expect(planned.path).toBe(`en/directions/${line.id}/`);
    expect(toRecord(planned).o).toBe(`On the ${line.name.en} line, 2031; no entry yet.`);
    const head = indexFiles('en', docs).get('en.json') as IndexHead;
    expect(head.t!['futurenet']).toBeDefined();
  });
});
