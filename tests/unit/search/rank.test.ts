// Ranking that forgives: typos, the closest and most-cited sibling first, first authors before last, challenge
// results, directions for their own names; and the merge that keeps suggestions the head of the results list.
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/lib/search/engine.ts';
import {
  dictionary,
  fieldsSuffice,
  mergeResults,
  phraseMatches,
  scoreDocuments,
  termMatches,
} from '../../../src/lib/search/rank.ts';
import { queryTerms } from '../../../src/lib/search/tokens.ts';
import type { SearchDoc } from '../../../src/lib/search/documents.ts';
import { buildTerms } from '../../../src/lib/search/index-files.ts';
import { memoryIndex, realDocs } from './support.ts';

const en = memoryIndex(realDocs('en'), 'en');
const zh = memoryIndex(realDocs('zh-CN'), 'zh-cn');

async function first(index: typeof en, q: string, count = 1): Promise<string[]> {
  const a = await answer(index.source, q, 'never', count);
  return index.ids(a.ranked.docs.slice(0, count));
}

const doc = (id: string, fields: SearchDoc['fields'], prior = 0): SearchDoc => ({
  kind: 'model',
  id,
  path: `en/models/${id}/`,
  name: fields.find((f) => f.field === 'name')?.text ?? id,
  fields,
  prior,
});

describe('typos', () => {
  it('rank the model one or two edits away first, the closest sibling before the longer name', async () => {
    expect(await first(en, 'resnt')).toEqual(['resnet']);
    expect(await first(en, 'alexnte')).toEqual(['alexnet']);
    expect(await first(en, 'sqeezenet')).toEqual(['squeezenet']);
    expect(await first(en, 'efficentnet')).toEqual(['efficientnet']);
    expect(['mobilenet-v1', 'mobilenet-v2']).toContain((await first(en, 'mobilnet'))[0]);
  });

  it('are not looked for when the word exists as typed ("resnet" is not a typo of ResNeXt)', () => {
    const dict = dictionary(buildTerms(realDocs('en')));
    expect(termMatches(dict, 'resnet').every((m) => !m.fuzzy)).toBe(true);
    expect(termMatches(dict, 'resnt').map((m) => m.term)).toContain('resnet');
    expect(termMatches(dict, 'resnt').map((m) => m.term)).not.toContain('resnext');
  });

  it('never touch short words and numbers ("v1" is not "v2", 2012 is not 2014)', () => {
    const dict = dictionary(buildTerms(realDocs('en')));
    expect(termMatches(dict, 'v9').filter((m) => m.fuzzy)).toEqual([]);
    expect(termMatches(dict, '2019x')).toEqual([]);
  });
});

describe('people', () => {
  it('rank the papers a person wrote first before those they wrote last', async () => {
    expect(await first(en, 'Kaiming He')).toEqual(['resnet']);
    const order = await first(en, 'Kaiming He', 9);
    expect(order.indexOf('resnext')).toBeGreaterThan(order.indexOf('mask-r-cnn'));
    expect(await first(en, 'Xiangyu Zhang')).toEqual(['shufflenet-v1']);
    expect(['cyclegan', 'igan']).toContain((await first(en, 'Jun-Yan Zhu'))[0]);
  });
});

describe('achievements', () => {
  it('are found from the challenge results in the facts', async () => {
    expect(await first(en, 'ImageNet 2012 winner')).toEqual(['alexnet']);
    // VGG won the localisation task of 2014, GoogLeNet classification and detection: both are right.
    expect(['googlenet', 'vgg']).toContain((await first(en, 'ILSVRC 2014 winner'))[0]);
    expect(await first(en, 'ILSVRC 2014 classification winner')).toEqual(['googlenet']);
    expect(await first(en, 'ILSVRC 2016 second place')).toEqual(['resnext']);
    expect(await first(zh, 'ILSVRC 2017 冠军')).toEqual(['senet']);
  });
});

describe('directions', () => {
  it('rank first for their own name, in either language', async () => {
    expect(await first(en, 'Face alignment')).toEqual(['directions/face-alignment']);
    expect(await first(en, 'Generative adversarial networks')).toEqual(['directions/gan']);
    expect(await first(en, 'OCR')).toEqual(['directions/ocr']);
    expect(await first(zh, '轻量')).toEqual(['directions/lightweight']);
    expect(await first(zh, '人脸对齐')).toEqual(['directions/face-alignment']);
    expect(await first(zh, 'Face detection')).toEqual(['directions/face-detection']);
  });

  it('come right after a model of exactly that name ("GAN")', async () => {
    expect(await first(en, 'GAN', 2)).toEqual(['gan', 'directions/gan']);
  });
});

describe('names and phrases', () => {
  it('find names, aliases, titles and arXiv ids typed in full or in part', async () => {
    expect(await first(en, 'Inception v1')).toEqual(['googlenet']);
    expect(await first(en, 'inceptionv1')).toEqual(['googlenet']);
    expect(await first(en, 'Going deeper with convol')).toEqual(['googlenet']);
    expect(await first(en, 'arXiv:1512.03385v2')).toEqual(['resnet']);
    expect(await first(en, '残差网络')).toEqual(['resnet']);
    // 残差 alone is the concept as much as the model: the residual connection's page or ResNet.
    expect(['resnet', 'methods/residual-connection']).toContain((await first(zh, '残差'))[0]);
  });

  it('land a concept on its method page first, then on the models that use it', async () => {
    for (const [index, q] of [
      [en, 'batch norm'],
      [zh, '批归一化'],
    ] as const) {
      const [method, ...next] = await first(index, q, 6);
      expect(method, q).toBe('methods/batch-normalization');
      const users = new Set(
        realDocs('en')
          .filter((d) => d.fields.some((f) => f.field === 'method' && f.text === 'Batch normalisation'))
          .map((d) => d.id),
      );
      expect(
        next.filter((id) => !users.has(id)),
        q,
      ).toEqual([]);
    }
  });

  it('prefer the whole phrase to its words spread over a page', () => {
    const docs = [
      doc('spread', [
        { field: 'name', text: 'Face' },
        { field: 'alias', text: 'Net Zero' },
      ]),
      doc('whole', [
        { field: 'name', text: 'Other' },
        { field: 'alias', text: 'Face Net' },
      ]),
    ];
    const dict = dictionary(buildTerms(docs));
    expect(phraseMatches(dict, 'facenet').map((m) => m.term)).toEqual(['facenet']);
    const scored = scoreDocuments(dict, queryTerms('face net'), [0, 0]);
    expect(scored.map((m) => docs[m.doc]!.id)).toEqual(['whole', 'spread']);
  });

  it('order equal matches by how many atlas entries build on a model', () => {
    const docs = [
      doc('rarely', [{ field: 'name', text: 'Net A' }], 0.1),
      doc('often', [{ field: 'name', text: 'Net B' }], 0.9),
    ];
    const scored = scoreDocuments(dictionary(buildTerms(docs)), queryTerms('net'), [10, 90]);
    expect(scored.map((m) => docs[m.doc]!.id)).toEqual(['often', 'rarely']);
  });
});

describe('mergeResults', () => {
  const full = (doc: number, score: number) => ({ doc, score, full: true, fuzzy: false, code: 0 });
  const partial = (doc: number, score: number) => ({ doc, score, full: false, fuzzy: false, code: 0 });

  it('puts field matches of every word first, then prose matches, partial matches only when nothing else', () => {
    expect(mergeResults([full(1, 0.9), partial(2, 0.5)], [3, 1]).docs).toEqual([1, 3]);
    expect(mergeResults([partial(2, 0.5)], []).docs).toEqual([2]);
    expect(mergeResults([partial(2, 0.5)], null).docs).toEqual([]);
  });

  it('says when the fields alone fill the places shown', () => {
    expect(fieldsSuffice([full(1, 1), full(2, 1), partial(3, 1)], 2)).toBe(true);
    expect(fieldsSuffice([full(1, 1), partial(3, 1)], 2)).toBe(false);
  });

  it('offers the corrected name only when the query as typed found nothing', () => {
    const typo = { doc: 4, score: 0.6, full: true, fuzzy: true, code: 0 };
    expect(mergeResults([typo], []).suggestion).toBe(4);
    expect(mergeResults([typo], [7]).suggestion).toBeUndefined();
    expect(mergeResults([full(1, 1)], []).suggestion).toBeUndefined();
  });
});
