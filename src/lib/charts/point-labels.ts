/**
 * Point-label placement without overlaps: each label tries positions around its point, nearest and most
 * natural first (right, left, above, below, diagonals, then further out with a leader line), and takes the
 * first that stays inside the plot and clear of every other label and every point. Crowded points go first.
 */

export interface Rect {
  /** Top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Circle {
  x: number;
  y: number;
  r: number;
}

export interface LabelRequest {
  id: string;
  anchor: Circle;
  width: number;
  height: number;
}

export interface PlacedLabel extends Rect {
  id: string;
  anchor: Circle;
  /** Far enough from its point to need a line back to it. */
  leader: boolean;
  /** Where the leader line starts (on the point's edge) and ends (on the label box). */
  leaderFrom: { x: number; y: number };
  leaderTo: { x: number; y: number };
  /** False only when no clear position existed; the label then sits where it overlaps least. */
  clear: boolean;
}

export interface PlaceOptions {
  /** Clear space kept around labels and points, px. */
  padding?: number;
  /** Gaps between point edge and label tried in turn, px. */
  rings?: readonly number[];
  /** Gap beyond which a leader line is drawn, px. */
  leaderFrom?: number;
}

const DEFAULT_RINGS = [2, 5, 9, 14, 20, 28, 38, 50, 64, 80, 100, 124];

/** Compass directions in order of preference, with a cost each. */
const DIRECTIONS: ReadonlyArray<{ dx: number; dy: number; cost: number }> = [
  { dx: 1, dy: 0, cost: 0 },
  { dx: -1, dy: 0, cost: 1 },
  { dx: 0, dy: -1, cost: 1.5 },
  { dx: 0, dy: 1, cost: 1.5 },
  { dx: 1, dy: -1, cost: 2 },
  { dx: 1, dy: 1, cost: 2 },
  { dx: -1, dy: -1, cost: 2.5 },
  { dx: -1, dy: 1, cost: 2.5 },
];

/** Slides along the side a direction points to: fractions of the label's height (E/W) or width (N/S). */
const SLIDES = [0, -0.5, 0.5, -1, 1];

export function boxesOverlap(a: Rect, b: Rect, padding = 0): boolean {
  return (
    a.x < b.x + b.width + padding &&
    b.x < a.x + a.width + padding &&
    a.y < b.y + b.height + padding &&
    b.y < a.y + a.height + padding
  );
}

export function boxHitsCircle(b: Rect, c: Circle, padding = 0): boolean {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.width));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.height));
  const r = c.r + padding;
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < r * r;
}

export function insideBox(b: Rect, bounds: Rect): boolean {
  return (
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.width <= bounds.x + bounds.width &&
    b.y + b.height <= bounds.y + bounds.height
  );
}

interface Candidate extends Rect {
  cost: number;
  gap: number;
}

/** Candidate boxes for one label, cheapest first. */
function candidates(req: LabelRequest, rings: readonly number[]): Candidate[] {
  const { anchor: a, width: w, height: h } = req;
  const out: Candidate[] = [];
  rings.forEach((gap, ring) => {
    for (const d of DIRECTIONS) {
      const diagonal = d.dx !== 0 && d.dy !== 0;
      const off = diagonal ? (a.r + gap) * Math.SQRT1_2 : a.r + gap;
      const slides = diagonal ? [0] : SLIDES;
      slides.forEach((s, si) => {
        let x = d.dx > 0 ? a.x + off : d.dx < 0 ? a.x - off - w : a.x - w / 2;
        let y = d.dy > 0 ? a.y + off : d.dy < 0 ? a.y - off - h : a.y - h / 2;
        if (d.dx === 0) x += s * w * 0.5;
        else if (d.dy === 0) y += s * h;
        out.push({ x, y, width: w, height: h, gap, cost: ring * 4 + d.cost + si * 0.6 });
      });
    }
  });
  return out.sort((p, q) => p.cost - q.cost);
}

/** How badly a box collides with what is placed (0 when clear). */
function collision(b: Rect, placed: readonly Rect[], points: readonly Circle[], bounds: Rect, padding: number): number {
  let bad = insideBox(b, bounds) ? 0 : 100;
  for (const p of placed) if (boxesOverlap(b, p, padding)) bad += 10;
  for (const c of points) if (boxHitsCircle(b, c, padding)) bad += 5;
  return bad;
}

/** The point on a box nearest to (x, y). */
function nearestOnBox(b: Rect, x: number, y: number): { x: number; y: number } {
  return { x: Math.max(b.x, Math.min(x, b.x + b.width)), y: Math.max(b.y, Math.min(y, b.y + b.height)) };
}

function finish(req: LabelRequest, b: Rect, gap: number, leaderFrom: number, clear: boolean): PlacedLabel {
  const to = nearestOnBox(b, req.anchor.x, req.anchor.y);
  const dist = Math.hypot(to.x - req.anchor.x, to.y - req.anchor.y) || 1;
  const from = {
    x: req.anchor.x + ((to.x - req.anchor.x) / dist) * req.anchor.r,
    y: req.anchor.y + ((to.y - req.anchor.y) / dist) * req.anchor.r,
  };
  return {
    id: req.id,
    x: b.x,
    y: b.y,
    width: b.width,
    height: b.height,
    anchor: req.anchor,
    leader: gap > leaderFrom,
    leaderFrom: from,
    leaderTo: to,
    clear,
  };
}

/**
 * Places every label. `points` are all markers to keep clear of (anchors are added automatically).
 * Returns labels in request order.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  points: readonly Circle[],
  bounds: Rect,
  options: PlaceOptions = {},
): PlacedLabel[] {
  const padding = options.padding ?? 2;
  const rings = options.rings ?? DEFAULT_RINGS;
  const leaderFrom = options.leaderFrom ?? 9;
  const obstacles = [...points, ...requests.map((r) => r.anchor)];
  // Most crowded first: the number of other points within reach of a label.
  const crowding = (r: LabelRequest) =>
    obstacles.filter((o) => Math.hypot(o.x - r.anchor.x, o.y - r.anchor.y) < r.width + 20).length;
  const order = [...requests].sort(
    (a, b) => crowding(b) - crowding(a) || a.anchor.x - b.anchor.x || a.id.localeCompare(b.id),
  );

  const attempt = (sequence: readonly LabelRequest[]): Map<string, PlacedLabel> => {
    const placed = new Map<string, PlacedLabel>();
    const boxes: Rect[] = [];
    for (const req of sequence) {
      const others = obstacles.filter((o) => o.x !== req.anchor.x || o.y !== req.anchor.y);
      let best: { c: Candidate; bad: number } | undefined;
      for (const c of candidates(req, rings)) {
        const bad = collision(c, boxes, others, bounds, padding);
        if (bad === 0) {
          best = { c, bad };
          break;
        }
        if (!best || bad < best.bad) best = { c, bad };
      }
      const label = finish(req, best!.c, best!.c.gap, leaderFrom, best!.bad === 0);
      placed.set(req.id, label);
      boxes.push(label);
    }
    return placed;
  };

  let result = attempt(order);
  // Labels that found no clear place get first pick on a second try.
  const stuck = order.filter((r) => !result.get(r.id)!.clear);
  if (stuck.length > 0) {
    const retry = attempt([...stuck, ...order.filter((r) => !stuck.includes(r))]);
    const unclear = (m: Map<string, PlacedLabel>) => [...m.values()].filter((l) => !l.clear).length;
    if (unclear(retry) < unclear(result)) result = retry;
  }
  return requests.map((r) => result.get(r.id)!);
}
