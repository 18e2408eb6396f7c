import { describe, expect, it } from 'vitest';
import {
  boardsOf,
  rankResults,
  resultsByBenchmark,
  sotaHistory,
  type Result,
} from '../../../src/lib/benchmarks/leaderboard.ts';
import { metric, model } from '../charts/fixtures.ts';
import { benchmark, protocol } from './fixtures.ts';

const lfw = benchmark({
  id: 'lfw',
  prefixes: ['LFW'],
  metrics: [
    { name: 'accuracy', aliases: [], better: 'higher' },
    { name: 'AUC', aliases: [], better: 'higher' },
  ],
  protocols: [protocol('restricted', ['restricted protocol']), protocol('unrestricted')],
});

const lfwResult = (id: string, year: number, value: number, extra: Partial<Parameters<typeof metric>[0]> = {}) =>
  model({
    id,
    year,
    metrics: [metric({ name: 'accuracy', value, dataset: 'LFW (6,000 pairs)', split: 'test', ...extra })],
  });

describe('leaderboards', () => {
  const models = [
    lfwResult('a', 2014, 97.35),
    lfwResult('b', 2015, 99.63),
    lfwResult('c', 2016, 99.9, { ensemble: true }),
    lfwResult('d', 2016, 97.0, { dataset: 'LFW (restricted protocol)' }),
    lfwResult('e', 2017, 99.1, { split: 'val' }),
    lfwResult('f', 2017, 0.97, { name: 'AUC', unit: '' }),
    model({ id: 'g', year: 2018, metrics: [metric({ name: 'params', value: 1, unit: 'M', dataset: 'LFW' })] }),
  ];
  const boards = boardsOf(lfw, resultsByBenchmark(models, [lfw]).get('lfw') ?? []);

  it('never merges protocols, splits, metrics or single models with ensembles', () => {
    expect(boards.map((b) => b.key)).toEqual([
      'restricted--accuracy--test--single',
      'unrestricted--accuracy--test--single',
      'unrestricted--accuracy--test--ensemble',
      'unrestricted--accuracy--val--single',
      'unrestricted--auc--test--single',
    ]);
    for (const board of boards) {
      const kinds = new Set(board.results.map((r) => `${r.split}|${r.ensemble}`));
      expect(kinds.size).toBe(1);
    }
  });

  it('leaves cost figures off the boards', () => {
    expect(boards.flatMap((b) => b.results).some((r) => r.model === 'g')).toBe(false);
  });

  it('ranks by the metric direction, best first', () => {
    const results = [{ value: 3 }, { value: 1 }, { value: 2 }].map((r, i) => ({
      ...r,
      model: `m${i}`,
      name: `M${i}`,
      year: 2015,
      month: 1,
      order: 0,
    })) as Result[];
    expect(rankResults(results, 'higher').map((r) => r.value)).toEqual([3, 2, 1]);
    expect(rankResults(results, 'lower').map((r) => r.value)).toEqual([1, 2, 3]);
  });

  it('keeps only results that set a new best, in time order', () => {
    const board = boards.find((b) => b.key === 'unrestricted--accuracy--test--single')!;
    expect(sotaHistory(board).map((r) => r.model)).toEqual(['a', 'b']);
  });
});

describe('the best result over time', () => {
  /** A small deterministic generator, so the property is checked on the same boards every run. */
  function* random(seed: number) {
    let s = seed;
    for (;;) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      yield s / 2 ** 31;
    }
  }

  it('never gets worse, whichever direction the metric goes', () => {
    const r = random(7);
    for (let trial = 0; trial < 200; trial++) {
      const better = trial % 2 === 0 ? 'higher' : 'lower';
      const results = Array.from({ length: 12 }, (_, i) => ({
        model: `m${i}`,
        name: `M${i}`,
        year: 2010 + Math.floor(r.next().value! * 8),
        month: 1 + Math.floor(r.next().value! * 12),
        value: Math.round(r.next().value! * 100),
        order: 0,
      })) as Result[];
      const steps = sotaHistory({ results, metric: { name: 'm', aliases: [], better } });
      for (let i = 1; i < steps.length; i++) {
        const [prev, next] = [steps[i - 1]!, steps[i]!];
        expect(better === 'higher' ? next.value > prev.value : next.value < prev.value).toBe(true);
        expect(next.year * 12 + next.month).toBeGreaterThanOrEqual(prev.year * 12 + prev.month);
      }
      const best =
        better === 'higher' ? Math.max(...results.map((x) => x.value)) : Math.min(...results.map((x) => x.value));
      expect(steps.at(-1)!.value).toBe(best);
    }
  });
});
