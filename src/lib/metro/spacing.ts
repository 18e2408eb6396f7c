/**
 * How far apart the map's columns and rows stand. Each pass of the layout derives the grid from the base gaps,
 * what the bends and bundles need, and the extra room earlier passes added; after a pass, room is added where
 * labels found none or two lines of different colours ran on top of each other. Room only ever grows, so the
 * loop converges.
 */
import { box, collinearOverlap, Grid, type Pt } from './geometry.ts';
import type { Columns } from './columns.ts';
import type { Network } from './network.ts';
import { gapNeeds, type Edge, type Geometry, type Metrics, type StationCell } from './routing.ts';
import type { Rows } from './rows.ts';

/** Room between rows beyond the two markers and a stroke. */
const ROW_CLEARANCE = 8;
/** Extra room below the last row of a line's block, so lines read as groups. */
const LINE_BLOCK_GAP = 6;
/** Extra room after the last column of a year, so years read as groups. */
const YEAR_GAP = 12;
/** Cell size of the spatial grid that finds overlapping segments. */
export const GRID_CELL = 64;
/** Shared length (px) above which two segments count as running on top of each other. */
export const OVERLAP_TOLERANCE = 0.5;
/** Room added to a column gap where two lines ran on top of each other. */
const OVERLAP_WIDEN = 14;
/** Room added on each side of a station whose label failed: this share of the label's width, within limits. */
const WIDEN_SHARE = 0.3;
const WIDEN_MIN = 10;
const WIDEN_MAX = 60;
/** After this many failed passes a station's rows widen too. */
const ROW_STRIKES = 3;
const ROW_WIDEN = 8;

/** Everything the grid depends on that stays the same from pass to pass. */
export interface GridPlan {
  net: Network;
  columns: Columns;
  rows: Rows;
  cells: ReadonlyMap<string, StationCell>;
  metrics: Metrics;
  colGap: number;
  rowGap: number;
  yearBands: boolean;
  /** How far each row's interchange bundles reach above and below it. */
  reach: { up: number[]; down: number[] };
  /** Last row of each line's block. */
  blockEnds: Set<number>;
  /** Last column of each year band. */
  bandEnds: Set<number>;
}

/** Extra room the passes add: after each column and each row, and how often each station's label failed. */
export interface Room {
  col: number[];
  row: number[];
  strikes: Map<string, number>;
}

export function gridPlan(
  net: Network,
  columns: Columns,
  rows: Rows,
  cells: ReadonlyMap<string, StationCell>,
  settings: { metrics: Metrics; colGap: number; rowGap: number; yearBands: boolean },
): GridPlan {
  return {
    net,
    columns,
    rows,
    cells,
    ...settings,
    reach: bundleReach(cells, rows.count),
    blockEnds: new Set([...rows.blocks.values()].map((b) => b.bottom)),
    bandEnds: new Set(columns.bands.map((b) => b.end)),
  };
}

export const emptyRoom = (plan: GridPlan): Room => ({
  col: new Array<number>(Math.max(plan.columns.count, 1)).fill(0),
  row: new Array<number>(Math.max(plan.rows.count, 1)).fill(0),
  strikes: new Map(),
});

/** Per row, the largest offset of any bundle above and below it. */
function bundleReach(cells: ReadonlyMap<string, StationCell>, count: number): GridPlan['reach'] {
  const reach = { up: new Array<number>(count).fill(0), down: new Array<number>(count).fill(0) };
  for (const cell of cells.values()) {
    for (const o of cell.offsets.values()) {
      reach.down[cell.row] = Math.max(reach.down[cell.row]!, o);
      reach.up[cell.row] = Math.max(reach.up[cell.row]!, -o);
    }
  }
  return reach;
}

/**
 * The grid of this pass. Rows first: the base gap (more below a line's block), at least what the bundles on
 * both rows need, plus the room added. Then columns: the base gap (more after a year), at least what the
 * bends in the gap need at these rows, plus the room added.
 */
export function placeGrid(plan: GridPlan, room: Room): Geometry {
  const { metrics: m, rows, columns } = plan;
  const rowY = [0];
  for (let r = 1; r < rows.count; r++) {
    const need = plan.reach.down[r - 1]! + plan.reach.up[r]! + 2 * m.marker + m.stroke + ROW_CLEARANCE;
    const gap = Math.max(plan.rowGap + (plan.blockEnds.has(r - 1) ? LINE_BLOCK_GAP : 0), need) + room.row[r - 1]!;
    rowY.push(rowY[r - 1]! + gap);
  }
  const geometry: Geometry = {
    colX: new Array<number>(columns.count).fill(0),
    rowY,
    cells: plan.cells,
    trackRow: rows.trackRow,
  };
  const needs = new Array<number>(columns.count).fill(0);
  for (const n of gapNeeds(plan.net, geometry, m)) needs[n.gap] = Math.max(needs[n.gap]!, n.width);
  const colX = [0];
  for (let c = 1; c < columns.count; c++) {
    const base = plan.colGap + (plan.yearBands && plan.bandEnds.has(c - 1) ? YEAR_GAP : 0);
    colX.push(colX[c - 1]! + Math.max(base, needs[c - 1]!) + room.col[c - 1]!);
  }
  geometry.colX = colX;
  return geometry;
}

/** Column gaps where lines of different colours would run on top of each other (once per overlapping pair). */
export function findLineOverlaps(edges: readonly Edge[], colX: number[]): number[] {
  const gaps: number[] = [];
  const segs = new Grid<{ p: Pt; q: Pt; line: string }>(GRID_CELL);
  for (const e of edges) {
    for (let i = 1; i < e.points.length; i++) {
      const p = e.points[i - 1]!;
      const q = e.points[i]!;
      const b = box(p.x, p.y, q.x, q.y);
      for (const o of segs.near(b))
        if (o.line !== e.line && collinearOverlap(p, q, o.p, o.q) > OVERLAP_TOLERANCE)
          gaps.push(columnAt(colX, (Math.min(p.x, q.x) + Math.max(p.x, q.x)) / 2));
      segs.add(b, { p, q, line: e.line });
    }
  }
  return gaps;
}

/** Column whose gap holds x (the gap after column c runs from colX[c] to colX[c + 1]). */
function columnAt(colX: number[], x: number): number {
  let c = 0;
  while (c + 1 < colX.length && colX[c + 1]! <= x) c++;
  return Math.min(c, Math.max(0, colX.length - 2));
}

/**
 * Adds room for the next pass: to the gaps where lines overlapped, to both gaps beside every station whose
 * label failed (in proportion to the label), and to its rows once it has failed ROW_STRIKES times.
 */
export function widenAroundFailures(
  room: Room,
  cells: ReadonlyMap<string, StationCell>,
  failed: ReadonlyMap<string, number>,
  overlapGaps: readonly number[],
): void {
  for (const c of overlapGaps) room.col[c] = room.col[c]! + OVERLAP_WIDEN;
  for (const [id, width] of failed) {
    const { col: c, row: r } = cells.get(id)!;
    const widen = Math.min(WIDEN_MAX, Math.max(WIDEN_MIN, Math.ceil(width * WIDEN_SHARE)));
    if (c > 0) room.col[c - 1] = room.col[c - 1]! + widen;
    if (c < room.col.length) room.col[c] = room.col[c]! + widen;
    const n = (room.strikes.get(id) ?? 0) + 1;
    room.strikes.set(id, n);
    if (n >= ROW_STRIKES) {
      if (r > 0) room.row[r - 1] = room.row[r - 1]! + ROW_WIDEN;
      if (r < room.row.length) room.row[r] = room.row[r]! + ROW_WIDEN;
    }
  }
}
