// One engine, two views: the header's suggestions are the head of the results page's list; the prose is read
// only when the fields do not fill the suggestions; filters, sorts and counts; a large index loads only the
// shards a query needs.
import { describe, expect, it } from 'vitest';
import {
  answer,
  browse,
  counts,
  hits,
  listed,
  prefetchTerms,
  proseSentence,
  suggestion,
} from '../../../src/lib/search/engine.ts';
import type { SearchDoc } from '../../../src/lib/search/documents.ts';
import { termFile } from '../../../src/lib/search/index-files.ts';
import { parseState } from '../../../src/lib/search/query.ts';
import { labels, memoryIndex, realDocs } from './support.ts';

const state = (qs: string) => parseState(new URLSearchParams(qs));

describe('suggestions and results', () => {
  const en = memoryIndex(realDocs('en'), 'en');
  const withProse = memoryIndex(realDocs('en'), 'en', (term) =>
    term === 'Fire module' ? [withProse.doc('squeezenet')] : term === 'resnet' ? [withProse.doc('vgg')] : [],
  );

  it('are the same list: the suggestions are the head of the results', async () => {
    for (const q of ['resnet', 'Kaiming He', 'mobilnet', 'face', '残差网络', 'Fire module']) {
      const popup = await answer(withProse.source, q, 'if-needed', 1);
      const page = await answer(withProse.source, q, 'always', 10);
      const shown = popup.ranked.docs.slice(0, 6);
      expect(shown.length, q).toBeGreaterThan(0);
      expect(shown, q).toEqual(page.ranked.docs.slice(0, shown.length));
    }
  });

  it('read the prose only when the fields do not find enough', async () => {
    withProse.requests.length = 0;
    await answer(withProse.source, 'resnet', 'if-needed', 1);
    expect(withProse.requests.filter((r) => r.startsWith('prose:'))).toEqual([]);
    await answer(withProse.source, 'exploding gradients', 'if-needed', 1);
    expect(withProse.requests).toContain('prose:exploding gradients');
  });

  it('show why a result matched and a sentence, the prose sentence when the prose was read', async () => {
    const a = await answer(withProse.source, 'Fire module', 'always', 10);
    // The Fire module's method page comes first; SqueezeNet, found through its prose here, after it.
    const [squeeze] = await hits(withProse.source, a, a.head, [withProse.doc('squeezenet')], { labels, base: '/' });
    expect(squeeze!.name).toBe('SqueezeNet');
    expect(await proseSentence(a, squeeze!.doc)).toEqual([
      { text: 'Fire module', mark: true },
      { text: ' in SqueezeNet.', mark: false },
    ]);
    const k = await answer(en.source, 'Kaiming He', 'never', 6);
    const [resnet] = await hits(en.source, k, k.head, k.ranked.docs.slice(0, 1), { labels, base: '/' });
    expect(resnet!.why?.label).toBe('Authors');
    expect(resnet!.why?.segments.slice(0, 3)).toEqual([
      { text: 'Kaiming', mark: true },
      { text: ' ', mark: false },
      { text: 'He', mark: true },
    ]);
    expect(resnet!.excerpt.map((s) => s.text).join('')).toMatch(/^Identity shortcuts/);
  });

  it('offer "did you mean" with the corrected name when the query as typed matched nothing', async () => {
    expect(await suggestion(en.source, await answer(en.source, 'resnt', 'always', 10))).toBe('ResNet');
    expect(await suggestion(en.source, await answer(en.source, 'resnet', 'always', 10))).toBeUndefined();
  });
});

describe('filters, sort and counts', () => {
  const en = memoryIndex(realDocs('en'), 'en');

  it('keep models that pass every filter, in relevance or year order', async () => {
    const facets = await en.source.facets();
    const a = await answer(en.source, 'face', 'never', 10);
    const filtered = en.ids(listed(a.ranked.docs, facets, state('q=face&direction=face-detection')));
    expect(filtered).toContain('mtcnn');
    expect(filtered.every((id) => en.docs[en.doc(id)]!.facets!.filters.direction.includes('face-detection'))).toBe(
      true,
    );
    const oldest = listed(a.ranked.docs, facets, state('q=face&sort=oldest')).map((d) => en.docs[d]!.facets!.year);
    expect(oldest).toEqual([...oldest].sort((x, y) => x - y));
  });

  it('browse every model without a query, and count what each value would add', async () => {
    const facets = await en.source.facets();
    const s = state('decade=1990&direction=face-alignment');
    const ids = en.ids(browse(facets, s));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(en.docs[en.doc(id)]!.facets!.filters.decade).toEqual(['1990']);
    const c = counts(null, facets, s);
    // The decade group counts ignore the decade choice: other decades still show what they would add.
    expect(c.decade!['2010']).toBeGreaterThan(0);
    expect(c.direction!['face-alignment']).toBe(ids.length);
  });
});

describe('a large index', () => {
  const many: SearchDoc[] = Array.from({ length: 4000 }, (_, i) => ({
    kind: 'model',
    id: `m${i}`,
    path: `en/models/m${i}/`,
    name: `Net${String.fromCharCode(97 + (i % 26))}${i}`,
    fields: [
      { field: 'name', text: `Net${String.fromCharCode(97 + (i % 26))}${i}` },
      { field: 'author', text: `${['Ada', 'Bo', 'Cy'][i % 3]} Writer${i % 50}`, rank: 0 },
    ],
    prior: 0,
  }));
  const big = memoryIndex(many, 'en');

  it('is split into term shards and record blocks, and a query loads only the ones it needs', async () => {
    expect([...big.files.keys()].filter((n) => n.startsWith('en-t')).length).toBeGreaterThan(3);
    big.requests.length = 0;
    const a = await answer(big.source, 'writer7', 'never', 6);
    await hits(big.source, a, a.head, a.ranked.docs.slice(0, 6), { labels, base: '/' });
    const terms = big.requests.filter((r) => r.startsWith('en-t'));
    // 4,000 authors' words make "w" a shard past SHARD_CHARACTERS: split, the query reads only "wr".
    expect(terms).toEqual([termFile('en', 'wr')]);
    expect(big.ids(a.ranked.docs.slice(0, 1))).toEqual(['m7']);
  });

  it('is prefetched for a query exactly as its answer reads it: the same head and term shards, nothing more', async () => {
    for (const q of ['writer7', 'Ada Writer12', 'neta3 netb4', '残差 网络']) {
      big.requests.length = 0;
      await prefetchTerms(big.source, q);
      const prefetched = [...big.requests];
      big.requests.length = 0;
      await answer(big.source, q, 'never', 6);
      expect(prefetched, q).toEqual(big.requests.filter((r) => r.endsWith('.json') && !/-r\d+\.json$/.test(r)));
    }
  });

  it('never asks for a shard the head does not list (a query of markup, of unindexed characters)', async () => {
    big.requests.length = 0;
    await answer(big.source, '<img src=x onerror=1> §§', 'never', 6);
    const asked = big.requests.filter((r) => r.startsWith('en-t'));
    expect(asked.filter((name) => !big.files.has(name))).toEqual([]);
  });
});
