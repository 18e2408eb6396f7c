import { describe, expect, it } from 'vitest';
import { changeOnLine, stationsOf } from '../../../src/lib/atlas/lines.ts';
import { descendantsIndex, descendantsOf, splitDescendants } from '../../../src/lib/atlas/lineage.ts';
import { byName, indexLetter } from '../../../src/lib/atlas/sort.ts';
import type { Direction, ModelFacts } from '../../../src/lib/content/schema.ts';

const direction = {
  id: 'classification',
  planned: [
    { name: 'VGG', year: 2014 },
    { name: 'DenseNet', year: 2016 },
  ],
} as Direction;
const model = (id: string, year: number, month: number, extra: Partial<ModelFacts> = {}) =>
  ({ id, name: id.toUpperCase(), year, month, directions: ['classification'], builds_on: [], ...extra }) as ModelFacts;
const models = [
  model('resnet', 2015, 12),
  model('lenet', 1998, 11),
  model('alexnet', 2012, 12),
  model('other', 2013, 1, { directions: ['gan'] }),
];

describe('stationsOf', () => {
  it('orders entries and planned stations of one line by time', () => {
    expect(stationsOf(direction, models).map((s) => s.name)).toEqual(['LENET', 'ALEXNET', 'VGG', 'RESNET', 'DenseNet']);
  });
});

describe('descendantsOf', () => {
  it('reads builds_on backwards, oldest first', () => {
    const change = { en: 'x', 'zh-CN': '某' };
    const ms = [
      model('b', 2016, 1, { builds_on: [{ model: 'a', change }] }),
      model('c', 2015, 1, { builds_on: [{ model: 'a', change }] }),
      model('a', 2014, 1),
    ];
    expect(descendantsOf('a', ms).map((d) => d.id)).toEqual(['c', 'b']);
  });

  it('lists a model that names the same parent twice once, with the first change', () => {
    const first = { en: 'first', 'zh-CN': '第一' };
    const ms = [
      model('a', 2014, 1),
      model('b', 2015, 1, {
        builds_on: [
          { model: 'a', change: first },
          { model: 'a', change: { en: 'again', 'zh-CN': '再次' } },
        ],
      }),
    ];
    expect(descendantsOf('a', ms)).toEqual([{ id: 'b', change: first }]);
  });

  it('indexes the models once for every question: each model page asks about its own descendants', () => {
    let reads = 0;
    const change = { en: 'x', 'zh-CN': '某' };
    const ms = Array.from({ length: 200 }, (_, i) => {
      const m = model(`m${i}`, 2000 + (i % 20), 1);
      const builds = i > 0 ? [{ model: 'm0', change }] : [];
      Object.defineProperty(m, 'builds_on', { get: () => (reads++, builds) });
      return m;
    });
    const expected = descendantsOf('m0', ms).map((d) => d.id);
    reads = 0;
    const index = descendantsIndex(ms);
    for (const m of ms) index(m.id);
    expect(index('m0').map((d) => d.id)).toEqual(expected);
    expect(expected).toHaveLength(199);
    // One pass to index, and each of m0's 199 descendants read once more for its change line.
    expect(reads).toBeLessThanOrEqual(2 * ms.length);
  });
});

describe('splitDescendants', () => {
  const change = { en: 'x', 'zh-CN': '某' };
  const kids = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, change }));
  const weights: Record<string, number> = { a: 0, b: 3, c: 1, d: 3, e: 0 };

  it('keeps the change line of the children later work built on most, both parts in time order', () => {
    const { featured, others } = splitDescendants(kids, (id) => weights[id]!, 3);
    expect(featured.map((d) => d.id)).toEqual(['b', 'c', 'd']);
    expect(others.map((d) => d.id)).toEqual(['a', 'e']);
  });

  it('gives a tie in weight to the older child', () => {
    const { featured } = splitDescendants(kids, (id) => weights[id]!, 1);
    expect(featured.map((d) => d.id)).toEqual(['b']);
  });

  it('leaves a list within the limit whole', () => {
    expect(splitDescendants(kids, () => 0, 5)).toEqual({ featured: kids, others: [] });
  });
});

describe('sorting', () => {
  it('sorts names case-insensitively with numbers in order and files digits under #', () => {
    const names = ['ResNet', 'alexNet', '3DMM', 'MobileNet v2', 'MobileNet v10'].map((name) => ({ name }));
    expect(names.sort(byName).map((n) => n.name)).toEqual([
      '3DMM',
      'alexNet',
      'MobileNet v2',
      'MobileNet v10',
      'ResNet',
    ]);
    expect(indexLetter('3DDFA')).toBe('#');
    expect(indexLetter('éclair')).toBe('E');
  });
});

describe('changeOnLine', () => {
  const change = (en: string) => ({ en, 'zh-CN': en });
  const base = (id: string, directions: string[]) =>
    ({ id, name: id, aliases: [], year: 2015, month: 1, directions, builds_on: [] }) as unknown as ModelFacts;
  const child = {
    ...base('c', ['x']),
    builds_on: [
      { model: 'other', change: change('elsewhere') },
      { model: 'p1', change: change('first') },
      { model: 'p2', change: change('latest on the line') },
      { model: 'gone', change: change('no entry') },
    ],
  } as unknown as ModelFacts;
  const models = [base('other', ['y']), base('p1', ['x']), base('p2', ['x']), child];

  it('tells the change against the latest model on the same line', () => {
    expect(changeOnLine(child, 'x', models)).toEqual({ from: 'p2', change: change('latest on the line') });
  });

  it('falls back to any model it builds on, and to nothing', () => {
    expect(changeOnLine(child, 'y', models)).toEqual({ from: 'other', change: change('elsewhere') });
    expect(changeOnLine(base('lonely', ['x']), 'x', models)).toBeUndefined();
  });
});
