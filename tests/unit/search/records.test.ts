// Page records for suggestions: compact, keyed by Pagefind page id, sharded on large sites, base-path aware.
import { describe, expect, it } from 'vitest';
import {
  exactFile,
  exactKey,
  exactKeys,
  exactTable,
  keyHash,
  recordFile,
  recordFiles,
  recordHit,
  shardLength,
  splitId,
  toRecord,
  type RecordsHead,
} from '../../../src/lib/search/records.ts';
import type { PagefindData } from '../../../src/lib/search/result.ts';

const resnet: PagefindData = {
  url: '/en/models/resnet/',
  excerpt: '',
  meta: {
    title: 'ResNet',
    kind: 'model',
    id: 'resnet',
    year: '2015',
    venue: 'CVPR 2016',
    directions: 'Object classification',
    aliases: 'ResNet-50 · 残差网络',
    paper: 'Deep Residual Learning for Image Recognition',
    arxiv: '1512.03385',
    authors: 'Kaiming He',
  },
};

describe('records', () => {
  it('keep what a suggestion shows and exact matching needs, nothing more', () => {
    expect(toRecord(resnet)).toEqual({
      u: '/en/models/resnet/',
      t: 'ResNet',
      k: 'model',
      i: 'resnet',
      y: '2015',
      v: 'CVPR 2016',
      d: 'Object classification',
      a: ['ResNet-50', '残差网络'],
      p: 'Deep Residual Learning for Image Recognition',
      x: '1512.03385',
    });
    expect(toRecord({ url: '/zh/directions/gan/', excerpt: '', meta: { title: '生成对抗网络' } })).toEqual({
      u: '/zh/directions/gan/',
      t: '生成对抗网络',
      k: 'direction',
    });
  });

  it('become hits under the site base', () => {
    const hit = recordHit(toRecord(resnet), '/deep/atlas/');
    expect(hit).toMatchObject({
      id: 'resnet',
      url: '/deep/atlas/en/models/resnet/',
      name: 'ResNet',
      aliases: ['ResNet-50', '残差网络'],
      excerpt: [],
    });
    expect(recordHit(toRecord(resnet), '/').url).toBe('/en/models/resnet/');
  });

  it('shard only large sites, records by the page hash and names by their own hash', () => {
    expect(splitId('zh-cn_135e173')).toEqual({ language: 'zh-cn', hash: '135e173' });
    expect(shardLength(65, 12)).toBe(0);
    expect(shardLength(2014, 12)).toBe(2);
    expect(recordFile('zh-cn_135e173', 0)).toBe('zh-cn-r.json');
    expect(recordFile('zh-cn_135e173', 2)).toBe('zh-cn-r13.json');
    expect(keyHash('resnet')).toMatch(/^[0-9a-f]{8}$/);
    expect(exactFile('en', 'resnet', 1)).toBe(`en-e${keyHash('resnet')[0]}.json`);
  });

  it('look names up the way queries are typed', () => {
    expect(exactKey('Inception-v1')).toBe(exactKey('inception v1'));
    expect(exactKey('arXiv:1512.03385v2')).toBe(exactKey('1512.03385'));
    expect(exactKeys(toRecord(resnet))).toEqual([
      ['resnet', 0],
      ['resnet50', 1],
      ['残差网络', 1],
      ['deepresiduallearningforimagerecognition', 2],
      ['151203385', 2],
    ]);
  });

  it('list every page a name points at, with how it names each', () => {
    const table = exactTable([
      ['en_a', { u: '/en/models/openface-cmu/', t: 'OpenFace (CMU)', k: 'model', a: ['OpenFace', 'CMU OpenFace'] }],
      ['en_b', { u: '/en/models/x/', t: 'OpenFace', k: 'model' }],
    ]);
    expect(table.openface).toEqual([
      ['en_a', 1],
      ['en_b', 0],
    ]);
    expect(table.cmuopenface).toEqual([['en_a', 1]]);
  });

  it('put records and the exact table in one file per language on small sites', () => {
    const files = recordFiles([
      { id: 'en_aa1', data: resnet },
      { id: 'zh-cn_bb2', data: { ...resnet, url: '/zh/models/resnet/' } },
    ]);
    expect([...files.keys()].sort()).toEqual(['en.json', 'zh-cn.json']);
    const head = files.get('en.json') as RecordsHead;
    expect(head.rs).toBe(0);
    expect(Object.keys(head.r!)).toEqual(['en_aa1']);
    expect(head.e).toBeUndefined();
    expect(exactTable(Object.entries(head.r!))['残差网络']).toEqual([['en_aa1', 1]]);
  });

  it('shard both on large sites, every record and name in exactly one shard', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      id: `en_${i.toString(16).padStart(7, '0')}`,
      data: {
        ...resnet,
        meta: { ...resnet.meta, title: `Net${i}`, aliases: `Alias${i}`, paper: `Paper ${i}`, arxiv: undefined },
      },
    }));
    const files = recordFiles(many);
    const head = files.get('en.json') as RecordsHead;
    expect(head).toEqual({ rs: 2, es: 2 });
    const shards = [...files.keys()].filter((k) => k !== 'en.json');
    const records = shards.filter((k) => /^en-r[0-9a-f]{2}\.json$/.test(k));
    const names = shards.filter((k) => /^en-e[0-9a-f]{2}\.json$/.test(k));
    expect(records.length + names.length).toBe(shards.length);
    expect(records.reduce((n, k) => n + Object.keys(files.get(k) as object).length, 0)).toBe(300);
    expect(names.reduce((n, k) => n + Object.keys(files.get(k) as object).length, 0)).toBe(900);
    expect((files.get(exactFile('en', exactKey('Alias7'), 2)) as Record<string, unknown>)[exactKey('Alias7')]).toEqual([
      ['en_0000007', 1],
    ]);
  });
});
