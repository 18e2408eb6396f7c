// The field index as files: postings delta-encoded, shards named by the first characters of their terms,
// records without what the meta line shows, facets for the results page; one head file for a small site.
import { describe, expect, it } from 'vitest';
import { decodeField, fieldCode, PHRASE_FLAG, unpack } from '../../../src/lib/search/fields.ts';
import {
  buildTerms,
  decodePostings,
  encodePostings,
  indexFiles,
  SHARD_CHARACTERS,
  shardKey,
  shardTerms,
  termFile,
  termFiles,
  toRecord,
  type FacetsFile,
  type IndexHead,
} from '../../../src/lib/search/index-files.ts';
import { realDocs } from './support.ts';

describe('postings', () => {
  it('round-trip through the delta encoding, sorted', () => {
    expect(encodePostings([300, 17, 4000])).toEqual([17, 283, 3700]);
    expect(decodePostings(encodePostings([300, 17, 4000]))).toEqual([17, 300, 4000]);
  });

  it('pack document, field instance and field code, a phrase key flagged', () => {
    const docs = realDocs('en');
    const resnet = docs.findIndex((d) => d.id === 'resnet');
    const terms = buildTerms(docs);
    const phrase = decodePostings(terms['kaiminghe']!)
      .map(unpack)
      .find((p) => p.doc === resnet)!;
    expect(decodeField(phrase.code)).toEqual({ field: 'author', rank: 0, phrase: true });
    expect(phrase.code & ~PHRASE_FLAG).toBe(fieldCode('author', 0));
  });
});

describe('files', () => {
  it('keep a small site in one head file per language, facets apart', () => {
    const docs = realDocs('en').slice(0, 60);
    const files = indexFiles('en', docs);
    expect([...files.keys()].sort()).toEqual(['en-facets.json', 'en.json']);
    const head = files.get('en.json') as IndexHead;
    expect(head.n).toBe(docs.length);
    expect(head.k).toMatch(/^[0-4]+$/);
    const facets = files.get('en-facets.json') as FacetsFile;
    expect(facets.docs.filter((row) => row !== 0).length).toBe(docs.filter((d) => d.kind === 'model').length);
  });

  it('split the terms and records once they would make the head too big for a first query', () => {
    const files = indexFiles('en', realDocs('en'));
    const head = files.get('en.json') as IndexHead;
    expect(head.t).toBeUndefined();
    expect(JSON.stringify(head).length).toBeLessThan(10_000);
    expect([...files.keys()].some((n) => n.startsWith('en-t'))).toBe(true);
    expect([...files.keys()].some((n) => n.startsWith('en-r'))).toBe(true);
  });

  it('name shards by the code points of their key, so any script makes a plain file name', () => {
    expect(shardKey('残差', 1)).toBe('残');
    expect(termFile('zh-cn', '残')).toBe(`zh-cn-t${'残'.codePointAt(0)!.toString(36)}.json`);
    expect(termFile('en', 're')).toBe('en-t36-2t.json');
  });

  it('keep in a record what a why-line needs, not what the meta line already shows', () => {
    const record = toRecord(realDocs('en').find((d) => d.id === 'resnet')!);
    const fields = new Set(record.f.map(([code]) => decodeField(code).field));
    expect(fields.has('author')).toBe(true);
    expect(fields.has('venue') || fields.has('year') || fields.has('direction') || fields.has('name')).toBe(false);
    expect(record.s).toMatch(/^Identity shortcuts .*\.$/);
  });
});

describe('shards', () => {
  // Many long terms under "1" (years, arXiv ids on a large atlas) and a few under "r".
  const terms = Object.fromEntries([
    ...Array.from({ length: 4000 }, (_, i) => [`1${String(i).padStart(4, '0')}x`, [i, 1, 2]]),
    ['1', [3]],
    ['resnet', [1]],
    ['resnext', [2]],
  ]);
  const shards = shardTerms(terms);

  it('split a shard past SHARD_CHARACTERS by two characters, its one-character terms staying in it', () => {
    expect(shards.has('r')).toBe(true);
    expect(shards.has('re')).toBe(false);
    expect(shards.get('1')).toEqual({ '1': [3] });
    expect(shards.has('10')).toBe(true);
    for (const shard of shards.values()) expect(JSON.stringify(shard).length).toBeLessThan(SHARD_CHARACTERS);
    const all = Object.assign({}, ...shards.values()) as object;
    expect(Object.keys(all).length).toBe(Object.keys(terms).length);
  });

  it('are found for a query by the longest key that exists, every prefix match of a longer word inside it', () => {
    const head = { s: [...shards.keys()].sort() } as IndexHead;
    expect(termFiles('en', head, ['10123x', '1', 'resn', 'zzz'])).toEqual(
      [termFile('en', '10'), termFile('en', '1'), termFile('en', 'r')].sort(),
    );
    const shard = shards.get('10')!;
    expect(Object.keys(shard).every((t) => t.startsWith('10'))).toBe(true);
  });

  it('stay unsplit on the real atlas, so prefix and typo matching keep their whole first-character shard', () => {
    const files = indexFiles('en', realDocs('en'));
    const head = files.get('en.json') as IndexHead;
    expect(head.ts).toBe(1);
  });
});

describe('records', () => {
  it('show a long summary sentence cut at a word, with an ellipsis, never mid-word', () => {
    const long = `${'Fully connected layers become convolutions and learned upsampling restores resolution, '.repeat(4)}done.`;
    const doc = { ...realDocs('en').find((d) => d.id === 'fcn')!, summary: long };
    const shown = toRecord(doc).s!;
    expect(shown.endsWith('…')).toBe(true);
    expect([...shown].length).toBeLessThanOrEqual(201);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    expect(long[shown.length - 1]).toMatch(/[\s,]/);
  });
});
