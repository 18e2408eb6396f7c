/**
 * Where each station sits and how each track runs between its stations. A station sits on the row of one of
 * its tracks (the host); the other lines through it run alongside at fixed offsets in map order, so an
 * interchange is a bundle of parallel lines. Between stations a track keeps to its own row and bends at 45°
 * next to a station that is not on that row: segments are horizontal or diagonal, never anything else.
 */
import { EPS, type Pt } from './geometry.ts';
import { trackPath, trackSteps, type Network, type NetTrack } from './network.ts';
import type { Rows } from './rows.ts';

export interface Metrics {
  /** Distance between parallel lines at an interchange. */
  lineGap: number;
  /** Radius of a station marker. */
  marker: number;
  /** Stroke width of a line. */
  stroke: number;
  /** Horizontal run between a station and a bend. */
  stub: number;
}

/** tan(22.5°): how far a bend moves along the run for each px a parallel line is offset. */
const MITER = Math.SQRT2 - 1;

/**
 * One station's place on the grid: its column, the row it sits on (its host track's row) and where each line
 * through it runs relative to that row. Lines keep their map order across the bundle, `lineGap` apart.
 */
export interface StationCell {
  id: string;
  col: number;
  row: number;
  /** Vertical offset of each line through the station, in map order: line → px (0 for the host line). */
  offsets: Map<string, number>;
}

/** What hosting a station on a track costs per row between that track and each other track of the station. */
const HOST_ROW_COST = 2;
/** Hosting a station on a track that ends there bends every other line into a terminus: avoid it. */
const HOST_END_COST = 5;

/**
 * Gives every station on a track its cell: the column `col` assigned, and the row of the track that lies
 * closest to its other tracks and runs through it (lines ending there bend in). Invariants: a station's row
 * is one of its tracks' rows; its offsets hold every line of the station in map order, the host line at 0.
 * Cells come in the stations' time order (rank).
 */
export function hostStations(
  net: Network,
  rows: Rows,
  col: ReadonlyMap<string, number>,
  metrics: Metrics,
): Map<string, StationCell> {
  const tracksAt = new Map<string, NetTrack[]>();
  for (const line of net.lines)
    for (const t of line.tracks) for (const id of t.stations) tracksAt.set(id, [...(tracksAt.get(id) ?? []), t]);
  const rowOf = (t: NetTrack) => rows.trackRow.get(t.key)!;
  const cells = new Map<string, StationCell>();
  const hosted = [...net.stations.values()].filter((s) => tracksAt.has(s.id)).sort((a, b) => a.rank - b.rank);
  for (const station of hosted) {
    const tracks = tracksAt.get(station.id)!;
    const through = (t: NetTrack) => {
      const path = trackPath(t);
      const i = path.indexOf(station.id);
      return i > 0 && i < path.length - 1;
    };
    let best = tracks[0]!;
    let bestCost = Infinity;
    for (const t of tracks) {
      const r = rowOf(t);
      const spread = tracks.reduce((sum, o) => sum + Math.abs(rowOf(o) - r), 0);
      const cost = spread * HOST_ROW_COST + (through(t) ? 0 : HOST_END_COST);
      if (cost < bestCost) {
        best = t;
        bestCost = cost;
      }
    }
    const hostIndex = station.lines.indexOf(best.line);
    cells.set(station.id, {
      id: station.id,
      col: col.get(station.id)!,
      row: rowOf(best),
      offsets: new Map(station.lines.map((l, i) => [l, (i - hostIndex) * metrics.lineGap])),
    });
  }
  return cells;
}

export interface Edge {
  line: string;
  track: string;
  from: string;
  to: string;
  points: Pt[];
}

/** A bend that needs room in the gap after column `gap`. */
export interface GapNeed {
  gap: number;
  width: number;
}

/** The grid in px and every station's cell on it: all that routing needs. */
export interface Geometry {
  /** x of each column and y of each row. */
  colX: number[];
  rowY: number[];
  cells: ReadonlyMap<string, StationCell>;
  trackRow: ReadonlyMap<string, number>;
}

/** A station's cell; a station without one is a bug upstream (every station on a track is hosted). */
export function cellOf(g: Pick<Geometry, 'cells'>, id: string): StationCell {
  const cell = g.cells.get(id);
  if (!cell) throw new Error(`metro layout: station "${id}" has no cell on the grid`);
  return cell;
}

/** y of a track's own row. */
const laneY = (g: Geometry, track: NetTrack): number => g.rowY[g.trackRow.get(track.key)!]!;

/** Position of a line where it passes a station. */
export function stationPoint(g: Geometry, id: string, line: string): Pt {
  const cell = cellOf(g, id);
  return { x: g.colX[cell.col]!, y: g.rowY[cell.row]! + (cell.offsets.get(line) ?? 0) };
}

type Plan =
  | { kind: 'straight' }
  | { kind: 'direct'; dy: number; offA: number; offB: number }
  | { kind: 'lane'; bendA?: { dy: number; off: number }; bendB?: { dy: number; off: number } };

/** How a track gets from a to b: straight along a row, one direct bend, or via its own row. */
function plan(g: Geometry, track: NetTrack, a: string, b: string): Plan {
  const pa = stationPoint(g, a, track.line);
  const pb = stationPoint(g, b, track.line);
  const lane = laneY(g, track);
  const cellA = cellOf(g, a);
  const cellB = cellOf(g, b);
  const offA = cellA.offsets.get(track.line) ?? 0;
  const offB = cellB.offsets.get(track.line) ?? 0;
  const onLaneA = Math.abs(pa.y - lane) < EPS;
  const onLaneB = Math.abs(pb.y - lane) < EPS;
  if (onLaneA && onLaneB) return { kind: 'straight' };
  if (Math.abs(pa.y - pb.y) < EPS && cellA.row === cellB.row) {
    // Both on another track's row: run alongside it when nothing sits on that row in between.
    let clear = true;
    for (const c of g.cells.values()) if (c.row === cellA.row && c.col > cellA.col && c.col < cellB.col) clear = false;
    if (clear) return { kind: 'straight' };
  }
  if (!onLaneA && !onLaneB && cellB.col === cellA.col + 1) return { kind: 'direct', dy: pb.y - pa.y, offA, offB };
  return {
    kind: 'lane',
    ...(onLaneA ? {} : { bendA: { dy: lane - pa.y, off: offA } }),
    ...(onLaneB ? {} : { bendB: { dy: pb.y - lane, off: offB } }),
  };
}

/** Bends taller than this drop vertically between two short diagonals instead of one long diagonal. */
export const DROP_ABOVE = 70;

/** Length of each diagonal of a drop: longer than the widest bundle offset needs. */
const dropPiece = (m: Metrics): number => Math.max(12, 2 * m.lineGap + 4);

/** Space between the drops of different stations sharing a gap. */
const SLOT_GAP = 10;

/** One bend of one line, seen from its station. */
interface Bend {
  kind: 'dep' | 'arr';
  station: string;
  /** Gap (after column `gap`) the bend lies in. */
  gap: number;
  xs: number;
  yStation: number;
  yLane: number;
  off: number;
}

/** Where drops stand in their gaps: a group is the lines of one station bending to one side. */
export interface DropSlots {
  /** Offset of each group's reference line from the middle of its gap. */
  rel: Map<string, number>;
  /** Width all drops of a gap take together. */
  width: Map<number, number>;
}

const sigmaOf = (b: Pick<Bend, 'yLane' | 'yStation'>): number => (b.yLane < b.yStation ? 1 : -1);
const groupKey = (b: Bend): string => `${b.station}|${b.kind}|${sigmaOf(b)}`;
/** How far a line's drop stands from its group's reference, so that bundles nest without crossing. */
const shiftOf = (b: Bend): number => (b.kind === 'arr' ? -1 : 1) * b.off * sigmaOf(b);

/** The end points of one track edge and the bends its route makes between them (a departure, an arrival). */
function edgeShape(
  g: Geometry,
  lineId: string,
  track: NetTrack,
  a: string,
  b: string,
): { pa: Pt; pb: Pt; bends: Bend[] } {
  const p = plan(g, track, a, b);
  const pa = stationPoint(g, a, lineId);
  const pb = stationPoint(g, b, lineId);
  const lane = laneY(g, track);
  const ca = cellOf(g, a).col;
  const cb = cellOf(g, b).col;
  const bends: Bend[] = [];
  if (p.kind === 'direct')
    bends.push({ kind: 'dep', station: a, gap: ca, xs: pa.x, yStation: pa.y, yLane: pb.y, off: p.offA });
  else if (p.kind === 'lane') {
    if (p.bendA)
      bends.push({ kind: 'dep', station: a, gap: ca, xs: pa.x, yStation: pa.y, yLane: lane, off: p.bendA.off });
    if (p.bendB)
      bends.push({ kind: 'arr', station: b, gap: cb - 1, xs: pb.x, yStation: pb.y, yLane: lane, off: p.bendB.off });
  }
  return { pa, pb, bends };
}

function* bendsOf(net: Network, g: Geometry): Generator<Bend> {
  for (const { line, track, a, b } of trackSteps(net)) yield* edgeShape(g, line.id, track, a, b).bends;
}

/** Lays the drops of each gap side by side, groups in a fixed order, centred on the gap. */
export function dropSlots(net: Network, g: Geometry, m: Metrics): DropSlots {
  const groups = new Map<string, { gap: number; lo: number; hi: number; order: string }>();
  for (const b of bendsOf(net, g)) {
    if (Math.abs(b.yLane - b.yStation) <= DROP_ABOVE) continue;
    const key = groupKey(b);
    const s = shiftOf(b);
    const grp = groups.get(key);
    const order = `${String(Math.round(b.yStation + 1e6)).padStart(9, '0')}|${key}`;
    if (grp) {
      grp.lo = Math.min(grp.lo, s);
      grp.hi = Math.max(grp.hi, s);
    } else groups.set(key, { gap: b.gap, lo: s, hi: s, order });
  }
  const byGap = new Map<number, string[]>();
  for (const [key, grp] of groups) byGap.set(grp.gap, [...(byGap.get(grp.gap) ?? []), key]);
  const rel = new Map<string, number>();
  const width = new Map<number, number>();
  for (const [gap, keys] of byGap) {
    keys.sort((a, b) => (groups.get(a)!.order < groups.get(b)!.order ? -1 : 1));
    let x = 0;
    const at = new Map<string, number>();
    keys.forEach((k, i) => {
      const grp = groups.get(k)!;
      if (i > 0) x += SLOT_GAP + m.stroke;
      at.set(k, x - grp.lo);
      x += grp.hi - grp.lo;
    });
    for (const k of keys) rel.set(k, at.get(k)! - x / 2);
    width.set(gap, x);
  }
  return { rel, width };
}

/** The points of a bend in travel order: one diagonal, or a drop standing in its slot of the gap. */
function bendPoints(b: Bend, g: Geometry, m: Metrics, slots: DropSlots): Pt[] {
  const sigma = sigmaOf(b);
  const h = Math.abs(b.yLane - b.yStation);
  if (h <= DROP_ABOVE) {
    if (b.kind === 'dep') {
      const x0 = b.xs + m.stub + MITER * b.off * sigma;
      return [
        { x: x0, y: b.yStation },
        { x: x0 + h, y: b.yLane },
      ];
    }
    const x1 = b.xs - m.stub - MITER * b.off * sigma;
    return [
      { x: x1 - h, y: b.yLane },
      { x: x1, y: b.yStation },
    ];
  }
  const mid = (g.colX[b.gap]! + g.colX[b.gap + 1]!) / 2;
  const xv = mid + slots.rel.get(groupKey(b))! + shiftOf(b);
  const near = dropPiece(m) + (1 - MITER) * b.off * sigma;
  const far = dropPiece(m);
  if (b.kind === 'dep') {
    return [
      { x: xv - near, y: b.yStation },
      { x: xv, y: b.yStation - sigma * near },
      { x: xv, y: b.yLane + sigma * far },
      { x: xv + far, y: b.yLane },
    ];
  }
  return [
    { x: xv - far, y: b.yLane },
    { x: xv, y: b.yLane + sigma * far },
    { x: xv, y: b.yStation - sigma * near },
    { x: xv + near, y: b.yStation },
  ];
}

/** Widths the gaps between columns need so every bend fits between its stations with room to spare. */
export function gapNeeds(net: Network, g: Geometry, m: Metrics): GapNeed[] {
  const slots = dropSlots(net, g, m);
  const needs: GapNeed[] = [];
  const piece = dropPiece(m);
  for (const b of bendsOf(net, g)) {
    const h = Math.abs(b.yLane - b.yStation);
    const width =
      h <= DROP_ABOVE
        ? 2 * m.stub + MITER * Math.abs(b.off) + h
        : 2 * (m.stub + 2 * piece + Math.abs(b.off)) + (slots.width.get(b.gap) ?? 0);
    needs.push({ gap: b.gap, width });
  }
  return needs;
}

/** The octilinear polyline of every track edge. */
export function routeEdges(net: Network, g: Geometry, m: Metrics): Edge[] {
  const slots = dropSlots(net, g, m);
  return [...trackSteps(net)].map(({ line, track, a, b }) => {
    const { pa, pb, bends } = edgeShape(g, line.id, track, a, b);
    const points: Pt[] = [pa, ...bends.flatMap((bend) => bendPoints(bend, g, m, slots)), pb];
    return { line: line.id, track: track.key, from: a, to: b, points: simplify(points) };
  });
}

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && Math.abs(last.x - p.x) < EPS && Math.abs(last.y - p.y) < EPS) continue;
    const prev = out.at(-2);
    if (prev && last) {
      const cross = (last.x - prev.x) * (p.y - last.y) - (last.y - prev.y) * (p.x - last.x);
      const dot = (last.x - prev.x) * (p.x - last.x) + (last.y - prev.y) * (p.y - last.y);
      if (Math.abs(cross) < EPS && dot > 0) out.pop();
    }
    out.push(p);
  }
  return out;
}
