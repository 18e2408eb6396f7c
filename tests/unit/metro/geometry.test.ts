// Plane geometry the layout and its validators rest on: boxes, segments against boxes, octilinear runs,
// shared stretches of two segments and the spatial grid.
import { describe, expect, it } from 'vitest';
import {
  box,
  boxesOverlap,
  collinearOverlap,
  Grid,
  grow,
  isOctilinear,
  segmentHitsBox,
  union,
} from '../../../src/lib/metro/geometry.ts';

const p = (x: number, y: number) => ({ x, y });

describe('boxes', () => {
  it('orders corners whichever way they are given', () => {
    expect(box(10, 8, 2, 4)).toEqual({ x0: 2, y0: 4, x1: 10, y1: 8 });
  });

  it('grow and union cover what they should', () => {
    expect(grow(box(0, 0, 2, 2), 1)).toEqual({ x0: -1, y0: -1, x1: 3, y1: 3 });
    expect(union(box(0, 0, 1, 1), box(5, -2, 6, 0))).toEqual({ x0: 0, y0: -2, x1: 6, y1: 1 });
  });

  it('overlap only when their interiors meet, not when they touch', () => {
    expect(boxesOverlap(box(0, 0, 10, 10), box(5, 5, 15, 15))).toBe(true);
    expect(boxesOverlap(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(false);
    expect(boxesOverlap(box(0, 0, 10, 10), box(11, 0, 20, 10))).toBe(false);
  });
});

describe('segments against boxes', () => {
  const b = box(0, 0, 10, 10);

  it('hit a box they pass through, straight or diagonal', () => {
    expect(segmentHitsBox(p(-5, 5), p(15, 5), b)).toBe(true);
    expect(segmentHitsBox(p(-5, -5), p(15, 15), b)).toBe(true);
  });

  it('miss a box they only run along or stop short of', () => {
    expect(segmentHitsBox(p(-5, 0), p(15, 0), b)).toBe(false);
    expect(segmentHitsBox(p(-5, 5), p(0, 5), b)).toBe(false);
    expect(segmentHitsBox(p(-5, 20), p(15, 20), b)).toBe(false);
  });

  it('treat a point as inside only strictly within the box', () => {
    expect(segmentHitsBox(p(5, 5), p(5, 5), b)).toBe(true);
    expect(segmentHitsBox(p(0, 5), p(0, 5), b)).toBe(false);
  });
});

describe('octilinear runs and shared stretches', () => {
  it('accept 0°, 45° and 90° only', () => {
    expect(isOctilinear(p(0, 0), p(10, 0))).toBe(true);
    expect(isOctilinear(p(0, 0), p(0, -10))).toBe(true);
    expect(isOctilinear(p(0, 0), p(-7, 7))).toBe(true);
    expect(isOctilinear(p(0, 0), p(10, 4))).toBe(false);
  });

  it('measure the stretch two segments share on one straight line', () => {
    expect(collinearOverlap(p(0, 0), p(10, 0), p(4, 0), p(20, 0))).toBe(6);
    expect(collinearOverlap(p(0, 0), p(10, 10), p(5, 5), p(8, 8))).toBeCloseTo(3 * Math.SQRT2, 9);
    expect(collinearOverlap(p(0, 0), p(10, 0), p(0, 3), p(10, 3))).toBe(0);
    expect(collinearOverlap(p(0, 0), p(10, 0), p(10, 0), p(20, 0))).toBe(0);
  });
});

describe('the spatial grid', () => {
  it('finds each item whose box meets the query once, and no other', () => {
    const g = new Grid<string>(10);
    g.add(box(0, 0, 35, 5), 'long');
    g.add(box(50, 50, 55, 55), 'far');
    g.add(box(8, 8, 12, 12), 'corner');
    expect(g.near(box(25, 0, 30, 30)).sort()).toEqual(['long']);
    expect(g.near(box(0, 0, 12, 12)).sort()).toEqual(['corner', 'long']);
    expect(g.near(box(-100, -100, -90, -90))).toEqual([]);
  });
});
