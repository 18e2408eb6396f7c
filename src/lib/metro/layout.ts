/**
 * The layout engine: network in, coordinates out. Columns and rows come from the topology; routing turns
 * them into octilinear lines; labels are placed without overlaps. Where a label finds no room, the gaps
 * around its station widen and everything is placed again, until all labels fit. Pure and deterministic.
 */
import type { Locale } from '../i18n/locales.ts';
import { type Box, box, Grid, union, grow, collinearOverlap, type Pt } from './geometry.ts';
import { assignColumns, type YearBand } from './columns.ts';
import { assignRows } from './rows.ts';
import { hostStations, gapNeeds, routeEdges, stationPoint, type Edge, type Geometry, type Metrics } from './routing.ts';
import { addBox, addSegment, obstacles, place } from './labels.ts';
import type { Network } from './network.ts';
import { hasWide, textWidth, wrapInTwo } from '../text/width.ts';

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

export interface TextLabel {
  lines: string[];
  /** Anchor x and the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  /** Distance between baselines. */
  leading: number;
  bold: boolean;
  italic: boolean;
  box: Box;
}

export interface PlacedStation {
  id: string;
  /** Centre of the marker on the host row. */
  x: number;
  y: number;
  marker: Box;
  /** Lines through the station, in map order, with their offsets. */
  lines: Array<{ line: string; dy: number }>;
  label?: TextLabel;
}

export interface Terminus {
  line: string;
  track: string;
  kind: 'start' | 'end' | 'track';
  station: string;
  label: TextLabel;
  /** The text's box drawn as a frame in the line's colour. */
  framed: boolean;
}

export interface MetroLayout {
  network: Network;
  locale: Locale;
  metrics: Metrics;
  stations: PlacedStation[];
  edges: Edge[];
  termini: Terminus[];
  years: Array<{ year: number; x0: number; x1: number }>;
  /** Baseline of the year labels, above the map. */
  yearAxisY: number;
  bounds: Box;
  /** Labels that found no room (empty for a valid layout). */
  unplaced: string[];
  iterations: number;
}

export const STATION_FONT = 13;
export const TERMINUS_FONT = 14;
export const TRACK_FONT = 12;
export const YEAR_FONT = 12;
const LABEL_GAP = 2;
const FRAME_PAD_X = 6;
const FRAME_PAD_Y = 2;

const DEFAULT_METRICS: Metrics = { lineGap: 7, marker: 5.5, stroke: 4, stub: 12 };

/** Vertical metrics of a text: Latin fonts are shorter than CJK ones. */
function vertical(text: string, size: number): { ascent: number; height: number } {
  return hasWide(text) ? { ascent: 1.16 * size, height: 1.45 * size } : { ascent: 0.94 * size, height: 1.2 * size };
}

interface TextShape {
  lines: string[];
  width: number;
  height: number;
  ascent: number;
  leading: number;
}

function shape(lines: string[], size: number, bold: boolean): TextShape {
  const v = lines.map((l) => vertical(l, size));
  const leading = Math.max(...v.map((x) => x.height));
  return {
    lines,
    width: Math.max(...lines.map((l) => textWidth(l, { size, bold }))),
    height: leading * lines.length,
    ascent: Math.max(...v.map((x) => x.ascent)),
    leading,
  };
}

function label(
  s: TextShape,
  b: Box,
  size: number,
  bold: boolean,
  italic: boolean,
  anchor: TextLabel['anchor'] = 'middle',
  inset = 0,
): TextLabel {
  const x = anchor === 'middle' ? (b.x0 + b.x1) / 2 : anchor === 'start' ? b.x0 + inset : b.x1 - inset;
  const top = (b.y0 + b.y1) / 2 - s.height / 2;
  return { lines: s.lines, x, y: top + s.ascent, anchor, size, leading: s.leading, bold, italic, box: b };
}

/** Fractions of a label's width left of its station, best first. */
const SHIFTS = [0.5, 0.35, 0.65, 0.2, 0.8, 0.06, 0.94];

export function layoutNetwork(net: Network, options: LayoutOptions): MetroLayout {
  const yearBands = options.yearBands ?? true;
  const terminiMode = options.termini ?? 'all';
  const baseCol = options.colGap ?? 50;
  const baseRow = options.rowGap ?? 50;
  const maxIterations = options.maxIterations ?? 60;
  const m0: Metrics = { ...DEFAULT_METRICS, ...options.metrics };

  const columns = assignColumns(net, { yearBands });
  const rows = assignRows(net, columns.col);
  const hosting = hostStations(net, rows, m0);
  let maxOffset = 0;
  for (const offs of hosting.offset.values())
    for (const o of offs.values()) maxOffset = Math.max(maxOffset, Math.abs(o));
  const metrics: Metrics = { ...m0, stub: Math.max(m0.stub, m0.marker + 5 + (Math.SQRT2 - 1) * maxOffset) };

  const placedIds = [...net.stations.values()]
    .filter((s) => hosting.row.has(s.id))
    .sort((a, b) => a.rank - b.rank)
    .map((s) => s.id);
  const bandEnd = new Set(columns.bands.map((b) => b.end));

  // Per-row extents of interchange bundles, for the distance between rows.
  const reach = { up: new Array<number>(rows.count).fill(0), down: new Array<number>(rows.count).fill(0) };
  for (const id of placedIds) {
    const r = hosting.row.get(id)!;
    for (const o of hosting.offset.get(id)!.values()) {
      reach.down[r] = Math.max(reach.down[r]!, o);
      reach.up[r] = Math.max(reach.up[r]!, -o);
    }
  }
  const lastRowOfBlock = new Set([...rows.blocks.values()].map((b) => b.bottom));

  const extraCol = new Array<number>(Math.max(columns.count, 1)).fill(0);
  const extraRow = new Array<number>(Math.max(rows.count, 1)).fill(0);
  const strikes = new Map<string, number>();

  let result: Omit<MetroLayout, 'bounds' | 'years' | 'yearAxisY' | 'iterations'> | undefined;
  let iterations: number;
  let colX: number[] = [];
  for (iterations = 1; iterations <= maxIterations; iterations++) {
    const rowY = [0];
    for (let r = 1; r < rows.count; r++) {
      const need = reach.down[r - 1]! + reach.up[r]! + 2 * metrics.marker + metrics.stroke + 8;
      const gap = Math.max(baseRow + (lastRowOfBlock.has(r - 1) ? 6 : 0), need) + extraRow[r - 1]!;
      rowY.push(rowY[r - 1]! + gap);
    }
    const geometry: Geometry = {
      colX: new Array<number>(columns.count).fill(0),
      rowY,
      col: columns.col,
      hosting,
      trackRow: rows.trackRow,
    };
    const needs = new Array<number>(columns.count).fill(0);
    for (const n of gapNeeds(net, geometry, metrics)) needs[n.gap] = Math.max(needs[n.gap]!, n.width);
    colX = [0];
    for (let c = 1; c < columns.count; c++) {
      const base = baseCol + (yearBands && bandEnd.has(c - 1) ? 12 : 0);
      colX.push(colX[c - 1]! + Math.max(base, needs[c - 1]!) + extraCol[c - 1]!);
    }
    geometry.colX = colX;
    const edges = routeEdges(net, geometry, metrics);

    // Station markers: a dot, or a pill across the parallel lines of an interchange.
    const stations: PlacedStation[] = placedIds.map((id) => {
      const x = colX[columns.col.get(id)!]!;
      const y = rowY[hosting.row.get(id)!]!;
      const offs = [...hosting.offset.get(id)!.entries()];
      const lo = Math.min(...offs.map(([, o]) => o));
      const hi = Math.max(...offs.map(([, o]) => o));
      const r = metrics.marker;
      return {
        id,
        x,
        y,
        marker: box(x - r, y + lo - r, x + r, y + hi + r),
        lines: offs.map(([line, dy]) => ({ line, dy })),
      };
    });

    const obs = obstacles(metrics.stroke / 2 + 2, 2);
    for (const s of stations) addBox(obs, s.marker);
    for (const e of edges) for (let i = 1; i < e.points.length; i++) addSegment(obs, e.points[i - 1]!, e.points[i]!);

    const failed = new Map<string, number>();
    const fail = (id: string, width: number) => failed.set(id, Math.max(failed.get(id) ?? 0, width));

    // Lines of different colours must never run on top of each other: where they would, widen the gap.
    let crossed = false;
    const segs = new Grid<{ p: Pt; q: Pt; line: string }>(64);
    for (const e of edges) {
      for (let i = 1; i < e.points.length; i++) {
        const p = e.points[i - 1]!;
        const q = e.points[i]!;
        const b = box(p.x, p.y, q.x, q.y);
        for (const o of segs.near(b)) {
          if (o.line !== e.line && collinearOverlap(p, q, o.p, o.q) > 0.5) {
            const c = columnAt(colX, (Math.min(p.x, q.x) + Math.max(p.x, q.x)) / 2);
            extraCol[c] = extraCol[c]! + 14;
            crossed = true;
          }
        }
        segs.add(b, { p, q, line: e.line });
      }
    }

    // Line names at the ends of each line, track names where a branch starts on its own.
    const termini: Terminus[] = [];
    if (terminiMode !== 'none') {
      for (const line of net.lines) {
        if (line.tracks.length === 0) continue;
        const trunk = line.tracks[0]!;
        const name = line.short[options.locale];
        const first = trunk.stations[0]!;
        const ends = line.tracks.filter((t) => !t.to).map((t) => t.stations.at(-1)!);
        const last = ends.sort(
          (a, b) => columns.col.get(b)! - columns.col.get(a)! || hosting.row.get(a)! - hosting.row.get(b)!,
        )[0]!;
        const want: Array<{ kind: Terminus['kind']; station: string; track: string; text: string }> = [
          { kind: 'start', station: first, track: trunk.key, text: name },
          { kind: 'end', station: last, track: trunk.key, text: name },
        ];
        if (terminiMode === 'start') want.pop();
        for (const t of line.tracks.slice(1))
          if (!t.from && t.name)
            want.push({ kind: 'track', station: t.stations[0]!, track: t.key, text: t.name[options.locale] });
        for (const w of want) {
          const framed = w.kind !== 'track';
          const size = framed ? TERMINUS_FONT : TRACK_FONT;
          const sh = shape([w.text], size, framed);
          const at = stationPoint(geometry, w.station, line.id);
          const st = stations.find((s) => s.id === w.station)!;
          const chosen = place(obs, terminusCandidates(at, st.marker, sh, w.kind === 'end' ? 1 : -1, framed));
          if (chosen) {
            termini.push({
              line: line.id,
              track: w.track,
              kind: w.kind,
              station: w.station,
              framed,
              label: label(sh, chosen.box, size, framed, !framed && !hasWide(w.text), 'middle'),
            });
          } else fail(w.station, sh.width + 2 * FRAME_PAD_X);
        }
      }
    }

    // Station labels: the most connected first, then left to right.
    const order = [...stations].sort((a, b) => b.lines.length - a.lines.length || a.x - b.x || a.y - b.y);
    const hostTrackIndex = new Map<string, number>();
    for (const line of net.lines)
      for (const t of line.tracks) t.stations.forEach((id, i) => hostTrackIndex.has(id) || hostTrackIndex.set(id, i));
    for (const s of order) {
      const name = net.stations.get(s.id)!.name;
      const single = shape([name], STATION_FONT, false);
      const wrapped = wrapInTwo(name, { size: STATION_FONT });
      const variants = [single, ...(wrapped ? [shape(wrapped, STATION_FONT, false)] : [])];
      if (wrapped && single.width > 150) variants.reverse();
      const aboveFirst = (hostTrackIndex.get(s.id) ?? 0) % 2 === 0;
      const chosen = place(obs, stationCandidates(s, variants, aboveFirst));
      if (chosen) s.label = label(chosen.shape, chosen.box, STATION_FONT, false, false);
      else fail(s.id, single.width);
    }

    result = { network: net, locale: options.locale, metrics, stations, edges, termini, unplaced: [...failed.keys()] };
    if (failed.size === 0 && !crossed) break;
    if (iterations === maxIterations) break;
    // Make room around every station whose label found none, rows too after repeated failures.
    for (const [id, width] of failed) {
      const c = columns.col.get(id)!;
      const widen = Math.min(60, Math.max(10, Math.ceil(width * 0.3)));
      if (c > 0) extraCol[c - 1] = extraCol[c - 1]! + widen;
      if (c < extraCol.length) extraCol[c] = extraCol[c]! + widen;
      const n = (strikes.get(id) ?? 0) + 1;
      strikes.set(id, n);
      if (n >= 3) {
        const r = hosting.row.get(id)!;
        if (r > 0) extraRow[r - 1] = extraRow[r - 1]! + 8;
        if (r < extraRow.length) extraRow[r] = extraRow[r]! + 8;
      }
    }
  }

  const done = result!;
  let bounds: Box | undefined;
  const add = (b: Box) => (bounds = bounds ? union(bounds, b) : b);
  for (const s of done.stations) {
    add(s.marker);
    if (s.label) add(s.label.box);
  }
  for (const t of done.termini) add(t.label.box);
  for (const e of done.edges) for (const p of e.points) add(box(p.x, p.y, p.x, p.y));
  bounds ??= box(0, 0, 0, 0);
  const yearAxisY = bounds.y0 - 14;
  const years = yearBands ? bandExtents(columns.bands, colX, bounds) : [];
  // With years, the box also holds the year labels above the map and the bands' outer halves.
  const all = union(bounds, box(bounds.x0, yearAxisY - YEAR_FONT - 4, bounds.x1, bounds.y1));
  for (const y of years) {
    all.x0 = Math.min(all.x0, y.x0);
    all.x1 = Math.max(all.x1, y.x1);
  }
  return {
    ...done,
    years,
    yearAxisY: yearBands ? yearAxisY : bounds.y0,
    bounds: grow(yearBands ? all : bounds, 12),
    iterations,
  };
}

/** Column whose gap holds x (the gap after column c runs from colX[c] to colX[c + 1]). */
function columnAt(colX: number[], x: number): number {
  let c = 0;
  while (c + 1 < colX.length && colX[c + 1]! <= x) c++;
  return Math.min(c, Math.max(0, colX.length - 2));
}

/** Each year band from halfway into the gap before it to halfway into the gap after it. */
function bandExtents(bands: YearBand[], colX: number[], bounds: Box): Array<{ year: number; x0: number; x1: number }> {
  return bands.map((b) => {
    const before =
      b.start > 0 ? (colX[b.start]! - colX[b.start - 1]!) / 2 : Math.max(30, colX[b.start]! - bounds.x0 + 12);
    const after =
      b.end + 1 < colX.length ? (colX[b.end + 1]! - colX[b.end]!) / 2 : Math.max(30, bounds.x1 - colX[b.end]! + 12);
    return { year: b.year, x0: colX[b.start]! - before, x1: colX[b.end]! + after };
  });
}

interface Candidate {
  box: Box;
  shape: TextShape;
}

/** Above and below the marker at several horizontal shifts, then beside it. */
function* stationCandidates(s: PlacedStation, variants: TextShape[], aboveFirst: boolean): Generator<Candidate> {
  const m = s.marker;
  for (const sh of variants) {
    const above = box(0, m.y0 - LABEL_GAP - sh.height, 0, m.y0 - LABEL_GAP);
    const below = box(0, m.y1 + LABEL_GAP, 0, m.y1 + LABEL_GAP + sh.height);
    const sides = aboveFirst ? [above, below] : [below, above];
    for (const t of SHIFTS) {
      for (const side of sides) {
        const x0 = s.x - t * sh.width;
        yield { shape: sh, box: box(x0, side.y0, x0 + sh.width, side.y1) };
      }
    }
  }
  for (const sh of variants) {
    const y0 = s.y - sh.height / 2;
    yield { shape: sh, box: box(m.x1 + LABEL_GAP + 2, y0, m.x1 + LABEL_GAP + 2 + sh.width, y0 + sh.height) };
    yield { shape: sh, box: box(m.x0 - LABEL_GAP - 2 - sh.width, y0, m.x0 - LABEL_GAP - 2, y0 + sh.height) };
  }
}

/** Beside the terminus station on the outer side, level with the line, then a little above or below. */
function* terminusCandidates(at: Pt, marker: Box, sh: TextShape, dir: 1 | -1, framed: boolean): Generator<Candidate> {
  const w = sh.width + (framed ? 2 * FRAME_PAD_X : 0);
  const h = sh.height + (framed ? 2 * FRAME_PAD_Y : 0);
  for (const away of [8, 24, 48]) {
    for (const dy of [
      0,
      -(h / 2 + 6),
      h / 2 + 6,
      -(h + 8),
      h + 8,
      -(1.5 * h + 10),
      1.5 * h + 10,
      -(2 * h + 12),
      2 * h + 12,
    ]) {
      const x0 = dir < 0 ? marker.x0 - away - w : marker.x1 + away;
      const y0 = at.y - h / 2 + dy;
      yield { shape: sh, box: box(x0, y0, x0 + w, y0 + h) };
    }
  }
}
