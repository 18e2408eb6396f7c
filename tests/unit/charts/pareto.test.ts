import { describe, expect, it } from 'vitest';
import { dominates, paretoFrontier } from '../../../src/lib/charts/pareto.ts';

/** A small deterministic random generator, so failures can be reproduced. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('Pareto frontier', () => {
  it('keeps the points nothing beats on both cost and accuracy, cheapest first', () => {
    const points = [
      { id: 'a', x: 1, y: 50 },
      { id: 'b', x: 2, y: 60 },
      { id: 'c', x: 3, y: 55 },
      { id: 'd', x: 4, y: 70 },
      { id: 'e', x: 4, y: 65 },
      { id: 'f', x: 0.5, y: 40 },
    ];
    expect(paretoFrontier(points).map((p) => p.id)).toEqual(['f', 'a', 'b', 'd']);
  });

  it('handles no points, one point and exact duplicates', () => {
    expect(paretoFrontier([])).toEqual([]);
    expect(paretoFrontier([{ x: 1, y: 1 }])).toHaveLength(1);
    expect(
      paretoFrontier([
        { x: 1, y: 1, id: 1 },
        { x: 1, y: 1, id: 2 },
      ]).map((p) => p.id),
    ).toEqual([1]);
  });

  it('agrees with the definition on random sets', () => {
    const rnd = random(7);
    for (let trial = 0; trial < 50; trial++) {
      const points = Array.from({ length: 40 }, () => ({ x: Math.round(rnd() * 30), y: Math.round(rnd() * 30) }));
      const frontier = paretoFrontier(points);
      for (const p of frontier) expect(points.some((q) => dominates(q, p))).toBe(false);
      for (const p of points)
        if (!frontier.includes(p))
          expect(frontier.some((f) => dominates(f, p) || (f.x === p.x && f.y === p.y))).toBe(true);
      for (let i = 1; i < frontier.length; i++) {
        expect(frontier[i]!.x).toBeGreaterThan(frontier[i - 1]!.x);
        expect(frontier[i]!.y).toBeGreaterThan(frontier[i - 1]!.y);
      }
    }
  });
});
