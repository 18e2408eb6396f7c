/** Plane geometry for the map: points, boxes, octilinear segments, their intersections and a spatial grid. */

export interface Pt {
  x: number;
  y: number;
}

/** Axis-aligned box. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const EPS = 1e-6;

export const box = (x0: number, y0: number, x1: number, y1: number): Box => ({
  x0: Math.min(x0, x1),
  y0: Math.min(y0, y1),
  x1: Math.max(x0, x1),
  y1: Math.max(y0, y1),
});

export const grow = (b: Box, d: number): Box => ({ x0: b.x0 - d, y0: b.y0 - d, x1: b.x1 + d, y1: b.y1 + d });

export const union = (a: Box, b: Box): Box => ({
  x0: Math.min(a.x0, b.x0),
  y0: Math.min(a.y0, b.y0),
  x1: Math.max(a.x1, b.x1),
  y1: Math.max(a.y1, b.y1),
});

/** True when the interiors of two boxes meet (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 - EPS && b.x0 < a.x1 - EPS && a.y0 < b.y1 - EPS && b.y0 < a.y1 - EPS;
}

/** True when segment p–q passes through the interior of box b (Liang–Barsky clipping). */
export function segmentHitsBox(p: Pt, q: Pt, b: Box): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const edges: Array<[number, number]> = [
    [-dx, p.x - b.x0],
    [dx, b.x1 - p.x],
    [-dy, p.y - b.y0],
    [dy, b.y1 - p.y],
  ];
  for (const [pp, qq] of edges) {
    if (Math.abs(pp) < EPS) {
      if (qq <= EPS) return false;
      continue;
    }
    const t = qq / pp;
    if (pp < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  if (t1 - t0 <= EPS) {
    // A single point: inside only when strictly within the box.
    const x = p.x + dx * t0;
    const y = p.y + dy * t0;
    return x > b.x0 + EPS && x < b.x1 - EPS && y > b.y0 + EPS && y < b.y1 - EPS;
  }
  const mx = p.x + dx * ((t0 + t1) / 2);
  const my = p.y + dy * ((t0 + t1) / 2);
  return mx > b.x0 + EPS && mx < b.x1 - EPS && my > b.y0 + EPS && my < b.y1 - EPS;
}

/** Segments are octilinear when they run at a multiple of 45°. */
export function isOctilinear(p: Pt, q: Pt): boolean {
  const dx = Math.abs(q.x - p.x);
  const dy = Math.abs(q.y - p.y);
  return dx < 1e-3 || dy < 1e-3 || Math.abs(dx - dy) < 1e-3;
}

/** Length of the shared stretch of two segments lying on one straight line (0 when they do not). */
export function collinearOverlap(a: Pt, b: Pt, c: Pt, d: Pt): number {
  const ux = b.x - a.x;
  const uy = b.y - a.y;
  const len = Math.hypot(ux, uy);
  if (len < EPS) return 0;
  const cross = (px: number, py: number) => (ux * (py - a.y) - uy * (px - a.x)) / len;
  if (Math.abs(cross(c.x, c.y)) > 0.5 || Math.abs(cross(d.x, d.y)) > 0.5) return 0;
  const proj = (px: number, py: number) => (ux * (px - a.x) + uy * (py - a.y)) / len;
  const lo = Math.max(0, Math.min(proj(c.x, c.y), proj(d.x, d.y)));
  const hi = Math.min(len, Math.max(proj(c.x, c.y), proj(d.x, d.y)));
  return Math.max(0, hi - lo);
}

/**
 * A uniform grid over the plane: each item is filed under every cell its box touches, so a query
 * only looks at items near the box asked about.
 */
export class Grid<T> {
  private readonly cells = new Map<number, Array<{ box: Box; item: T }>>();
  private readonly size: number;

  constructor(size = 64) {
    this.size = size;
  }

  private keys(b: Box): number[] {
    const s = this.size;
    const keys: number[] = [];
    const cx0 = Math.floor(b.x0 / s);
    const cx1 = Math.floor(b.x1 / s);
    const cy0 = Math.floor(b.y0 / s);
    const cy1 = Math.floor(b.y1 / s);
    for (let cx = cx0; cx <= cx1; cx++) for (let cy = cy0; cy <= cy1; cy++) keys.push(cx * 100_003 + cy);
    return keys;
  }

  add(b: Box, item: T): void {
    const entry = { box: b, item };
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(entry);
      else this.cells.set(k, [entry]);
    }
  }

  /** Items whose boxes overlap b (each once). */
  near(b: Box): T[] {
    const seen = new Set<T>();
    const out: T[] = [];
    for (const k of this.keys(b)) {
      for (const e of this.cells.get(k) ?? []) {
        if (seen.has(e.item)) continue;
        if (e.box.x0 <= b.x1 && b.x0 <= e.box.x1 && e.box.y0 <= b.y1 && b.y0 <= e.box.y1) {
          seen.add(e.item);
          out.push(e.item);
        }
      }
    }
    return out;
  }
}
