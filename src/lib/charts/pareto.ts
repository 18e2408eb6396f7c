/**
 * The Pareto frontier of accuracy against cost: the points no other point beats on both counts
 * (at most the same cost and at least the same accuracy, better on one).
 */

export interface XY {
  x: number;
  y: number;
}

/** True when `a` dominates `b`: no costlier, no less accurate, and strictly better on one. */
export function dominates(a: XY, b: XY): boolean {
  return a.x <= b.x && a.y >= b.y && (a.x < b.x || a.y > b.y);
}

/**
 * The non-dominated points, by increasing cost (and so increasing accuracy). Lower x is better, higher y is
 * better. Of exact duplicates the first is kept. O(n log n).
 */
export function paretoFrontier<T extends XY>(points: readonly T[]): T[] {
  const sorted = points
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.x - b.p.x || b.p.y - a.p.y || a.i - b.i)
    .map((e) => e.p);
  const frontier: T[] = [];
  for (const p of sorted) {
    const last = frontier[frontier.length - 1];
    if (last === undefined || p.y > last.y) frontier.push(p);
  }
  return frontier;
}
