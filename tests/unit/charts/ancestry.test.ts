import { describe, expect, it } from 'vitest';
import { ancestorsOf, ancestry, descendantsDeep } from '../../../src/lib/charts/ancestry.ts';
import type { ModelFacts } from '../../../src/lib/content/schema.ts';
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

  it("reads each model's builds_on a fixed number of times however many models are asked about", () => {
    // A chain of 200 models, each building on the one before: every model page asks about its own relatives.
    let reads = 0;
    const chain: ModelFacts[] = Array.from({ length: 200 }, (_, i) => {
      const m = model({ id: `m${i}` });
      const builds = i > 0 ? [{ model: `m${i - 1}`, change }] : [];
      Object.defineProperty(m, 'builds_on', { get: () => (reads++, builds) });
      return m;
    });
    const index = ancestry(chain);
    for (const m of chain) {
      index.ancestorsOf(m.id);
      index.descendantsDeep(m.id);
    }
    expect(index.ancestorsOf('m199')).toHaveLength(199);
    expect(index.descendantsDeep('m0').at(-1)).toEqual({ id: 'm199', generation: 199, via: 'm198' });
    expect(reads).toBeLessThanOrEqual(2 * chain.length);
  });

  it('answers from the index as the one-off walks do', () => {
    const index = ancestry(models);
    for (const m of models) {
      expect(index.ancestorsOf(m.id)).toEqual(ancestorsOf(m.id, models));
      expect(index.descendantsDeep(m.id)).toEqual(descendantsDeep(m.id, models));
    }
  });
});
