/**
 * The layout engine: network in, coordinates out. Columns and rows come from the topology; routing turns
 * them into octilinear lines; labels are placed without overlaps. Where a label finds no room, the gaps
 * around its station widen and everything is placed again, until all labels fit. Pure and deterministic.
 */
import type { Locale } from '../i18n/locales.ts';
import { type Box, box, grow, union } from './geometry.ts';
import { assignColumns, type YearBand } from './columns.ts';
import { assignRows } from './rows.ts';
import { hostStations, routeEdges, type Edge, type Geometry, type Metrics, type StationCell } from './routing.ts';
import { addBox, addSegment, obstacles, type Obstacles } from './obstacles.ts';
import type { Network } from './network.ts';
import { emptyRoom, findLineOverlaps, gridPlan, placeGrid, widenAroundFailures } from './spacing.ts';
import { YEAR_FONT } from './text-shape.ts';
import { Failures, placeStationLabels, placeTermini, type PlacedStation, type Terminus } from './station-labels.ts';

export type { PlacedStation, Terminus } from './station-labels.ts';
export { layoutPortrait } from './portrait.ts';
export type { TextLabel } from './text-shape.ts';

export interface LayoutOptions {
  locale: Locale;
  /** Group columns into years, read left to right. */
  yearBands?: boolean;
  /** Line names at both ends of each line and track names at free branch starts, or the start names only. */
  termini?: 'all' | 'start' | 'none';
  metrics?: Partial<Metrics>;
  /** Base distance between columns and between rows. */
  colGap?: number;
  rowGap?: number;
  maxIterations?: number;
}

/** A year's band along the time axis (x on the landscape map, y on the portrait one) and its label's anchor. */
export interface YearSpan {
  year: number;
  start: number;
  end: number;
  label: { x: number; y: number; anchor: 'middle' | 'start' };
}

export interface MetroLayout {
  /** Landscape: time left to right, lines as rows. Portrait: time top to bottom, lines as columns. */
  orientation: 'landscape' | 'portrait';
  network: Network;
  locale: Locale;
  metrics: Metrics;
  stations: PlacedStation[];
  edges: Edge[];
  termini: Terminus[];
  years: YearSpan[];
  bounds: Box;
  /** Labels that found no room (empty for a valid layout). */
  unplaced: string[];
  iterations: number;
}

const DEFAULT_METRICS: Metrics = { lineGap: 7, marker: 5.5, stroke: 4, stub: 12 };
/**
 * Base distance between columns and between rows. Rows are as close as labels above and below stations allow:
 * on a 1440×900 screen the map page's first view then shows every line's name with station names at 12 px
 * (measured on the real map: rows 50 px apart needed 0.6× to show them all; 32 px apart, 0.94×).
 */
const DEFAULT_COL_GAP = 40;
const DEFAULT_ROW_GAP = 32;
const DEFAULT_ITERATIONS = 60;
/** Room between a marker and the first bend, beyond what the widest bundle needs. */
const STUB_CLEARANCE = 5;
/** Labels keep this far from a line's centre beyond half its stroke, and this far from other boxes. */
const LINE_CLEARANCE = 2;
const BOX_CLEARANCE = 2;
/** The year labels' baseline above the map's top, and the space above their text. */
const YEAR_AXIS_GAP = 14;
const YEAR_AXIS_PAD = 4;
/** How far the outermost year bands reach beyond the map at least, and the margin around everything. */
const OUTER_BAND = 30;
const MARGIN = 12;

/** One pass's result, before the map's bounds are known. */
type Pass = Omit<MetroLayout, 'orientation' | 'bounds' | 'years' | 'iterations'>;

/**
 * Lays out the network as a landscape map, in named phases: columns (time, left to right), rows (one per
 * track, lines in map order), hosting (each station on one row, the other lines beside it), then passes of
 * grid → routing → markers → line names → station names until every label has room and no two lines of
 * different colours run on top of each other (or `maxIterations` passes were made), and the bounds.
 *
 * Invariants of a layout that `validateLayout` accepts (see validate.ts): every segment is at 0°, 45° or
 * 90°; no two stations, labels, or a label and a line overlap; no line runs through a station it does not
 * serve; along every track x strictly increases; `unplaced` is empty. Deterministic: the same network and
 * options give the same layout, byte for byte.
 */
export function layoutNetwork(net: Network, options: LayoutOptions): MetroLayout {
  const yearBands = options.yearBands ?? true;
  const maxIterations = options.maxIterations ?? DEFAULT_ITERATIONS;
  const m0: Metrics = { ...DEFAULT_METRICS, ...options.metrics };

  const columns = assignColumns(net, { yearBands });
  const rows = assignRows(net, columns.col);
  const cells = hostStations(net, rows, columns.col, m0);
  const metrics = stubsFor(m0, cells);
  const plan = gridPlan(net, columns, rows, cells, {
    metrics,
    colGap: options.colGap ?? DEFAULT_COL_GAP,
    rowGap: options.rowGap ?? DEFAULT_ROW_GAP,
    yearBands,
  });
  const room = emptyRoom(plan);

  let pass: Pass;
  let geometry: Geometry;
  let iterations = 0;
  for (;;) {
    iterations++;
    geometry = placeGrid(plan, room);
    const edges = routeEdges(net, geometry, metrics);
    const stations = placeMarkers(cells, geometry, metrics);
    const obs = mapObstacles(stations, edges, metrics);
    const overlapGaps = findLineOverlaps(edges, geometry.colX);
    const failures = new Failures();
    const termini =
      options.termini === 'none'
        ? []
        : placeTermini(net, geometry, new Map(stations.map((s) => [s.id, s])), obs, failures, {
            locale: options.locale,
            mode: options.termini ?? 'all',
          });
    placeStationLabels(net, stations, obs, failures);
    const unplaced = [...failures.width.keys()];
    pass = { network: net, locale: options.locale, metrics, stations, edges, termini, unplaced };
    if ((failures.size === 0 && overlapGaps.length === 0) || iterations >= maxIterations) break;
    widenAroundFailures(room, cells, failures.width, overlapGaps);
  }
  return { orientation: 'landscape', ...pass, ...mapBounds(pass, columns.bands, geometry.colX, yearBands), iterations };
}

/** The run before a bend grows with the widest bundle, so offset lines still bend clear of the marker. */
function stubsFor(m: Metrics, cells: ReadonlyMap<string, StationCell>): Metrics {
  let maxOffset = 0;
  for (const cell of cells.values())
    for (const o of cell.offsets.values()) maxOffset = Math.max(maxOffset, Math.abs(o));
  return { ...m, stub: Math.max(m.stub, m.marker + STUB_CLEARANCE + (Math.SQRT2 - 1) * maxOffset) };
}

/** Station markers: a dot, or a pill across the parallel lines of an interchange. */
function placeMarkers(cells: ReadonlyMap<string, StationCell>, g: Geometry, m: Metrics): PlacedStation[] {
  return [...cells.values()].map((cell) => {
    const x = g.colX[cell.col]!;
    const y = g.rowY[cell.row]!;
    const offs = [...cell.offsets.entries()];
    const lo = Math.min(...offs.map(([, o]) => o));
    const hi = Math.max(...offs.map(([, o]) => o));
    const r = m.marker;
    return {
      id: cell.id,
      x,
      y,
      marker: box(x - r, y + lo - r, x + r, y + hi + r),
      lines: offs.map(([line, dy]) => ({ line, dy })),
    };
  });
}

/** What labels must keep clear of: every marker and every segment of every line. */
function mapObstacles(stations: readonly PlacedStation[], edges: readonly Edge[], m: Metrics): Obstacles {
  const obs = obstacles(m.stroke / 2 + LINE_CLEARANCE, BOX_CLEARANCE);
  for (const s of stations) addBox(obs, s.marker);
  for (const e of edges) for (let i = 1; i < e.points.length; i++) addSegment(obs, e.points[i - 1]!, e.points[i]!);
  return obs;
}

/** The box of everything drawn; with years, also the year labels above and the outer halves of the bands. */
function mapBounds(
  pass: Pass,
  bands: YearBand[],
  colX: number[],
  yearBands: boolean,
): Pick<MetroLayout, 'years' | 'bounds'> {
  let drawn: Box | undefined;
  const add = (b: Box) => (drawn = drawn ? union(drawn, b) : b);
  for (const s of pass.stations) {
    add(s.marker);
    if (s.label) add(s.label.box);
  }
  for (const t of pass.termini) add(t.label.box);
  for (const e of pass.edges) for (const p of e.points) add(box(p.x, p.y, p.x, p.y));
  const bounds = drawn ?? box(0, 0, 0, 0);
  if (!yearBands) return { years: [], bounds: grow(bounds, MARGIN) };
  const yearAxisY = bounds.y0 - YEAR_AXIS_GAP;
  const years = bandExtents(bands, colX, bounds, yearAxisY);
  const all = union(bounds, box(bounds.x0, yearAxisY - YEAR_FONT - YEAR_AXIS_PAD, bounds.x1, bounds.y1));
  for (const y of years) {
    all.x0 = Math.min(all.x0, y.start);
    all.x1 = Math.max(all.x1, y.end);
  }
  return { years, bounds: grow(all, MARGIN) };
}

/** Each year band from halfway into the gap before it to halfway into the gap after it. */
function bandExtents(bands: YearBand[], colX: number[], bounds: Box, labelY: number): YearSpan[] {
  return bands.map((b) => {
    const before =
      b.start > 0
        ? (colX[b.start]! - colX[b.start - 1]!) / 2
        : Math.max(OUTER_BAND, colX[b.start]! - bounds.x0 + MARGIN);
    const after =
      b.end + 1 < colX.length
        ? (colX[b.end + 1]! - colX[b.end]!) / 2
        : Math.max(OUTER_BAND, bounds.x1 - colX[b.end]! + MARGIN);
    const start = colX[b.start]! - before;
    const end = colX[b.end]! + after;
    return { year: b.year, start, end, label: { x: (start + end) / 2, y: labelY, anchor: 'middle' } };
  });
}
