// Label placement against obstacles: first free candidate wins, placed labels block later ones, lines keep
// their clearance, and a label with no free candidate is reported.
import { describe, expect, it } from 'vitest';
import { box } from '../../../src/lib/metro/geometry.ts';
import { addBox, addSegment, isFree, obstacles, place } from '../../../src/lib/metro/obstacles.ts';

describe('placing labels among obstacles', () => {
  it('takes the first candidate that touches nothing', () => {
    const o = obstacles(2, 2);
    addBox(o, box(0, 0, 10, 10));
    const chosen = place(o, [
      { box: box(5, 5, 15, 15), n: 1 },
      { box: box(20, 0, 30, 10), n: 2 },
    ]);
    expect(chosen?.n).toBe(2);
  });

  it('keeps the clearance from boxes and lines', () => {
    const o = obstacles(3, 2);
    addBox(o, box(0, 0, 10, 10));
    expect(isFree(o, box(11, 0, 20, 10))).toBe(false);
    expect(isFree(o, box(12.5, 0, 20, 10))).toBe(true);
    addSegment(o, { x: 0, y: 30 }, { x: 100, y: 30 });
    expect(isFree(o, box(20, 32, 40, 40))).toBe(false);
    expect(isFree(o, box(20, 34, 40, 40))).toBe(true);
  });

  it('makes a placed label an obstacle for the next', () => {
    const o = obstacles(2, 2);
    expect(place(o, [{ box: box(0, 0, 10, 10) }])).toBeDefined();
    expect(place(o, [{ box: box(5, 5, 15, 15) }])).toBeUndefined();
  });

  it('reports a label that finds no room', () => {
    const o = obstacles(2, 2);
    addSegment(o, { x: -50, y: 0 }, { x: 50, y: 0 });
    expect(place(o, [{ box: box(-5, -5, 5, 5) }, { box: box(10, -1, 20, 1) }])).toBeUndefined();
  });
});
