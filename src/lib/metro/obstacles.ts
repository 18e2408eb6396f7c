/**
 * Label placement: each label tries its candidate boxes in order of preference and takes the first that
 * touches no station, no line and no label already placed. A label with no free candidate is reported, so
 * the layout can make room and try again.
 */
import { type Box, Grid, grow, boxesOverlap, segmentHitsBox, type Pt } from './geometry.ts';

export interface Obstacles {
  boxes: Grid<Box>;
  segments: Grid<[Pt, Pt]>;
  /** Half the thickness of a line plus clearance, added around a candidate before testing lines. */
  lineClearance: number;
  /** Space kept between a label and another box. */
  boxClearance: number;
}

export function obstacles(lineClearance: number, boxClearance: number): Obstacles {
  return { boxes: new Grid<Box>(64), segments: new Grid<[Pt, Pt]>(64), lineClearance, boxClearance };
}

export function addSegment(o: Obstacles, p: Pt, q: Pt): void {
  o.segments.add({ x0: Math.min(p.x, q.x), y0: Math.min(p.y, q.y), x1: Math.max(p.x, q.x), y1: Math.max(p.y, q.y) }, [
    p,
    q,
  ]);
}

export function addBox(o: Obstacles, b: Box): void {
  o.boxes.add(b, b);
}

/** True when a box is clear of every obstacle. */
export function isFree(o: Obstacles, b: Box): boolean {
  const pad = grow(b, o.boxClearance);
  for (const other of o.boxes.near(pad)) if (boxesOverlap(pad, other)) return false;
  const wide = grow(b, o.lineClearance);
  for (const [p, q] of o.segments.near(wide)) if (segmentHitsBox(p, q, wide)) return false;
  return true;
}

/** The first free candidate, which is then added to the obstacles; undefined when none is free. */
export function place<T extends { box: Box }>(o: Obstacles, candidates: Iterable<T>): T | undefined {
  for (const c of candidates) {
    if (isFree(o, c.box)) {
      addBox(o, c.box);
      return c;
    }
  }
  return undefined;
}
