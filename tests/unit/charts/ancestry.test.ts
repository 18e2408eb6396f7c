import { describe, expect, it } from 'vitest';
import { ancestorsOf, descendantsDeep } from '../../../src/lib/charts/ancestry.ts';
import { change, model } from './fixtures.ts';

const models = [
  model({ id: 'a' }),
  model({ id: 'b', builds_on: [{ model: 'a', change }] }),
  model({ id: 'c', builds_on: [{ model: 'b', change }] }),
  model({
    id: 'd',
    builds_on: [
      { model: 'c', change },
      { model: 'a', change },
    ],
  }),
  model({ id: 'e', builds_on: [{ model: 'missing', change }] }),
];

describe('ancestry', () => {
  it('walks builds_on to the roots, nearest generation first, by the shortest path', () => {
    expect(ancestorsOf('c', models)).toEqual([
      { id: 'b', generation: 1, via: undefined },
      { id: 'a', generation: 2, via: 'b' },
    ]);
    expect(ancestorsOf('d', models).map((r) => [r.id, r.generation])).toEqual([
      ['a', 1],
      ['c', 1],
      ['b', 2],
    ]);
    expect(ancestorsOf('e', models)).toEqual([]);
  });

  it('walks the other way to every descendant', () => {
    expect(descendantsDeep('a', models).map((r) => [r.id, r.generation, r.via])).toEqual([
      ['b', 1, undefined],
      ['d', 1, undefined],
      ['c', 2, 'b'],
    ]);
    expect(descendantsDeep('d', models)).toEqual([]);
  });
});
