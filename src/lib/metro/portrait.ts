/**
 * The portrait layout, for narrow screens: time runs top to bottom, each track is a lane (a column) in the
 * landscape map's line order, and every station has a row of its own with its name beside it, right of
 * every lane in use at that row — so a 360 px phone reads the whole map at full size, scrolling with the page.
 * Interchanges are a dot on each of their lines, joined by a bar; a branch leaves and joins its line with a
 * 45° bend between two rows. Same network, same columns and lanes as the landscape map; same validators.
 */
import type { Locale } from '../i18n/locales.ts';
import { assignColumns } from './columns.ts';
import { box, union, type Box, type Pt } from './geometry.ts';
import type { MetroLayout, PlacedStation, Terminus, YearSpan } from './layout.ts';
import { trackSteps, type Network, type NetTrack } from './network.ts';
import { assignRows, type Rows } from './rows.ts';
import type { Edge, Metrics } from './routing.ts';
import {
  STATION_FONT,
  TERMINUS_FONT,
  TRACK_FONT,
  YEAR_FONT,
  textLabel,
  textShape,
  type TextShape,
} from './text-shape.ts';
import { hasWide, wrapToWidth } from '../text/width.ts';

export interface PortraitOptions {
  locale: Locale;
  /** The width to fit (px): a 360 px phone less the page's margins. The map only grows wider if a word needs it. */
  width?: number;
  /** Year rows between the years. */
  yearBands?: boolean;
  /** Name rows above each line's first station and above branches that start on their own. */
  termini?: 'start' | 'none';
}

/** Lines are thinner and closer than on the landscape map: up to thirty lanes share a phone's width. */
const METRICS: Metrics = { lineGap: 5, marker: 2.5, stroke: 2, stub: 5 };
/** Distance between lanes, and extra room between the lanes of different lines. */
const LANE_PITCH = 5;
const BLOCK_GAP = 3;
export const PHONE_WIDTH = 328;
const MARGIN = 8;
/** Space between the rightmost lane in use and a label; between a label and the map's right edge. */
const LABEL_GAP = 5;
/** A station's row is at least this tall: it is also the station's touch target. */
export const ROW_MIN = 26;
const ROW_PAD = 8;
/** Rows for a year and for a track's name. */
const YEAR_ROW = 24;
const TRACK_ROW = 20;
const FRAME_PAD_X = 6;
const FRAME_PAD_Y = 2;
/** A bend across this many px or fewer is one diagonal; wider ones run level between two short diagonals. */
const DIAGONAL_MAX = 8;
const BEND_PIECE = 4;
/** Free space between the bends below one station and those above the next. */
const BEND_CLEARANCE = 3;
/** Leaders shorter than this are left out: the label is next to its dot anyway. */
const LEADER_MIN = 8;

/** One row of the portrait map, top to bottom. */
type Item =
  | { kind: 'year'; year: number }
  | { kind: 'start'; line: string; track: NetTrack; text: string }
  | { kind: 'track'; line: string; track: NetTrack; text: string }
  | { kind: 'station'; id: string };

/** Where a station is: its row and the x of each of its lines (the lane of that line's track through it). */
interface Cell {
  item: number;
  xs: Map<string, number>;
}

/** A track's lane and the rows it is in use over. */
interface LaneSpan {
  track: NetTrack;
  x: number;
  first: number;
  last: number;
}

/**
 * Lays the network out for portrait screens, in named phases: the rows (columns of the landscape map become
 * rows, with a row for each year and each line name), the lanes (the landscape rows become columns), each
 * station's cell, the rows each lane is in use, each label wrapped to the room right of the lanes, the rows'
 * heights (room for labels and bends), the lines, the stations, the names and the year bands.
 *
 * Invariants (`validateLayout` checks them): every segment vertical, horizontal or at 45°; along every track
 * y strictly increases; no label overlaps a line, a dot or another label; every station's touch target
 * (`hit`) is at least ROW_MIN tall and overlaps no other. The map is `width` wide unless a single word needs
 * more. Deterministic.
 */
export function layoutPortrait(net: Network, options: PortraitOptions): MetroLayout {
  const columns = assignColumns(net, { yearBands: true });
  const lanes = assignRows(net, columns.col);
  const items = rowItems(net, columns.col, options);
  const laneX = placeLanes(net, lanes);
  const cells = stationCells(net, lanes, laneX, items);
  const spans = laneSpans(net, lanes, laneX, items, cells);
  const reach = laneReach(items.length, spans, cells);
  const target = options.width ?? PHONE_WIDTH;
  const shapes = items.map((item, i) => itemShape(net, item, target - MARGIN - reach[i]!));
  const width = Math.max(
    target,
    ...shapes.map((s, i) => reach[i]! + s.width + (items[i]!.kind === 'start' ? 2 * FRAME_PAD_X : 0) + MARGIN),
  );
  const rowY = placeRows(items, shapes, cells, spans);
  const edges = routeLanes(net, cells, spans, rowY);
  const stations = placeStations(items, shapes, cells, reach, rowY);
  const termini = placeNames(items, shapes, reach, rowY);
  const years = yearSpans(items, shapes, reach, rowY);
  const drawn = [...stations.map((s) => s.hit!), ...termini.map((t) => t.label.box), ...years.map((y) => y.box)];
  const bounds = drawn.reduce(union, box(0, 0, width, (rowY.at(-1) ?? 0) + ROW_MIN / 2));
  return {
    orientation: 'portrait',
    network: net,
    locale: options.locale,
    metrics: METRICS,
    stations,
    edges,
    termini,
    years: years.map(({ box: _, ...y }) => y),
    bounds,
    unplaced: [],
    iterations: 1,
  };
}

/**
 * The rows top to bottom: stations in the landscape map's column order (ties by line order, then time), a
 * year row before each year's first station, and a name row before each line's first station and before
 * each named branch that starts on its own.
 */
function rowItems(net: Network, col: ReadonlyMap<string, number>, options: PortraitOptions): Item[] {
  const lineIndex = new Map(net.lines.map((l, i) => [l.id, i]));
  const first = (id: string) => lineIndex.get(net.stations.get(id)!.lines[0]!) ?? 0;
  const sequence = [...col.keys()].sort(
    (a, b) => col.get(a)! - col.get(b)! || first(a) - first(b) || net.stations.get(a)!.rank - net.stations.get(b)!.rank,
  );
  const names = new Map<string, Item[]>();
  const named = (id: string, item: Item) => names.set(id, [...(names.get(id) ?? []), item]);
  if (options.termini !== 'none') {
    for (const line of net.lines) {
      const [trunk, ...branches] = line.tracks;
      if (!trunk) continue;
      named(trunk.stations[0]!, { kind: 'start', line: line.id, track: trunk, text: line.short[options.locale] });
      for (const t of branches)
        if (!t.from && t.name)
          named(t.stations[0]!, { kind: 'track', line: line.id, track: t, text: t.name[options.locale] });
    }
  }
  const items: Item[] = [];
  let year: number | undefined;
  for (const id of sequence) {
    const y = net.stations.get(id)!.year;
    if (y !== year && options.yearBands !== false) items.push({ kind: 'year', year: y });
    year = y;
    items.push(...(names.get(id) ?? []), { kind: 'station', id });
  }
  return items;
}

/** x of each lane: the landscape rows left to right, a little more room between lines. */
function placeLanes(net: Network, lanes: Rows): number[] {
  const blockOf = new Array<number>(lanes.count).fill(0);
  net.lines.forEach((line, i) => {
    const b = lanes.blocks.get(line.id);
    if (b) for (let r = b.top; r <= b.bottom; r++) blockOf[r] = i;
  });
  let block = -1;
  let x = MARGIN + METRICS.marker;
  return blockOf.map((b, i) => {
    if (i > 0) x += LANE_PITCH + (b !== block ? BLOCK_GAP : 0);
    block = b;
    return x;
  });
}

function stationCells(net: Network, lanes: Rows, laneX: number[], items: Item[]): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  items.forEach((item, i) => {
    if (item.kind === 'station') cells.set(item.id, { item: i, xs: new Map() });
  });
  for (const line of net.lines)
    for (const t of line.tracks)
      for (const id of t.stations) cells.get(id)?.xs.set(line.id, laneX[lanes.trackRow.get(t.key)!]!);
  return cells;
}

/** The rows each track's lane is in use: from its name row or the station it leaves, to the one it joins. */
function laneSpans(net: Network, lanes: Rows, laneX: number[], items: Item[], cells: Map<string, Cell>): LaneSpan[] {
  const nameRow = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.kind === 'start' || item.kind === 'track') nameRow.set(item.track.key, i);
  });
  const rowOf = (id: string) => cells.get(id)!.item;
  return net.lines.flatMap((line) =>
    line.tracks.map((track) => ({
      track,
      x: laneX[lanes.trackRow.get(track.key)!]!,
      first: Math.min(nameRow.get(track.key) ?? Infinity, rowOf(track.from ?? track.stations[0]!)),
      last: rowOf(track.to ?? track.stations.at(-1)!),
    })),
  );
}

/** Per row, the x right of which its label may start: past every lane in use there and every dot on it. */
function laneReach(count: number, spans: LaneSpan[], cells: Map<string, Cell>): number[] {
  const right = new Array<number>(count).fill(MARGIN);
  for (const s of spans)
    for (let i = s.first; i <= s.last; i++) right[i] = Math.max(right[i]!, s.x + METRICS.stroke / 2);
  for (const cell of cells.values())
    for (const x of cell.xs.values()) right[cell.item] = Math.max(right[cell.item]!, x + METRICS.marker);
  return right.map((x) => x + LABEL_GAP);
}

/** The text of a row, wrapped to the room it has (a station name may take several lines; names one line). */
function itemShape(net: Network, item: Item, room: number): TextShape {
  if (item.kind === 'year') return textShape([String(item.year)], YEAR_FONT, true);
  if (item.kind === 'start')
    return textShape(
      wrapToWidth(item.text, room - 2 * FRAME_PAD_X, { size: TERMINUS_FONT, bold: true }),
      TERMINUS_FONT,
      true,
    );
  if (item.kind === 'track') return textShape(wrapToWidth(item.text, room, { size: TRACK_FONT }), TRACK_FONT, false);
  const name = net.stations.get(item.id)!.name;
  return textShape(wrapToWidth(name, room, { size: STATION_FONT }), STATION_FONT, false);
}

/** How tall a row is: its text with padding, a station row at least ROW_MIN (its touch target). */
function rowHeight(item: Item, shape: TextShape): number {
  if (item.kind === 'year') return YEAR_ROW;
  if (item.kind === 'track') return Math.max(TRACK_ROW, shape.height + 4);
  if (item.kind === 'start') return shape.height + 2 * FRAME_PAD_Y + ROW_PAD;
  return Math.max(ROW_MIN, shape.height + ROW_PAD);
}

/** How far a bend between two lanes reaches along the row: a stub, then a diagonal or two pieces. */
const bendDepth = (dx: number): number => METRICS.stub + (Math.abs(dx) <= DIAGONAL_MAX ? Math.abs(dx) : 2 * BEND_PIECE);

/**
 * y of every row: each below the last by half of both heights, and consecutive station rows far enough apart
 * for the bends leaving the upper one and joining the lower one.
 */
function placeRows(items: Item[], shapes: TextShape[], cells: Map<string, Cell>, spans: LaneSpan[]): number[] {
  const below = new Map<number, number>();
  const above = new Map<number, number>();
  for (const s of spans) {
    const line = s.track.line;
    if (s.track.from) {
      const c = cells.get(s.track.from)!;
      below.set(c.item, Math.max(below.get(c.item) ?? 0, bendDepth(s.x - c.xs.get(line)!)));
    }
    if (s.track.to) {
      const c = cells.get(s.track.to)!;
      above.set(c.item, Math.max(above.get(c.item) ?? 0, bendDepth(s.x - c.xs.get(line)!)));
    }
  }
  const heights = items.map((item, i) => rowHeight(item, shapes[i]!));
  const rowY: number[] = [];
  let lastStation: number | undefined;
  items.forEach((item, i) => {
    let y = i === 0 ? heights[0]! / 2 : rowY[i - 1]! + (heights[i - 1]! + heights[i]!) / 2;
    if (item.kind === 'station') {
      if (lastStation !== undefined) {
        const need = (below.get(lastStation) ?? 0) + (above.get(i) ?? 0) + BEND_CLEARANCE + METRICS.marker;
        y = Math.max(y, rowY[lastStation]! + need);
      }
      lastStation = i;
    }
    rowY.push(y);
  });
  return rowY;
}

/** The polyline of every track edge: down its lane, with a bend where it leaves or joins another track. */
function routeLanes(net: Network, cells: Map<string, Cell>, spans: LaneSpan[], rowY: number[]): Edge[] {
  const laneOf = new Map(spans.map((s) => [s.track.key, s.x]));
  return [...trackSteps(net)].map(({ line, track, a, b }) => {
    const lane = laneOf.get(track.key)!;
    const ca = cells.get(a)!;
    const cb = cells.get(b)!;
    const pa = { x: ca.xs.get(line.id)!, y: rowY[ca.item]! };
    const pb = { x: cb.xs.get(line.id)!, y: rowY[cb.item]! };
    const points: Pt[] = [pa, ...bend(pa, lane, 1), ...bend(pb, lane, -1).reverse(), pb];
    return { line: line.id, track: track.key, from: a, to: b, points: simplify(points) };
  });
}

/** From a station at `p` to the lane at x `lane`, going down (`dir` 1) or, for an arrival, up (-1). */
function bend(p: Pt, lane: number, dir: 1 | -1): Pt[] {
  const dx = lane - p.x;
  if (Math.abs(dx) < 1e-6) return [];
  const y0 = p.y + dir * METRICS.stub;
  if (Math.abs(dx) <= DIAGONAL_MAX)
    return [
      { x: p.x, y: y0 },
      { x: lane, y: y0 + dir * Math.abs(dx) },
    ];
  const s = Math.sign(dx) * BEND_PIECE;
  const level = y0 + dir * BEND_PIECE;
  return [
    { x: p.x, y: y0 },
    { x: p.x + s, y: level },
    { x: lane - s, y: level },
    { x: lane, y: level + dir * BEND_PIECE },
  ];
}

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && Math.abs(last.x - p.x) < 1e-6 && Math.abs(last.y - p.y) < 1e-6) continue;
    const prev = out.at(-2);
    if (prev && last) {
      const cross = (last.x - prev.x) * (p.y - last.y) - (last.y - prev.y) * (p.x - last.x);
      const dot = (last.x - prev.x) * (p.x - last.x) + (last.y - prev.y) * (p.y - last.y);
      if (Math.abs(cross) < 1e-6 && dot > 0) out.pop();
    }
    out.push(p);
  }
  return out;
}

/** Dots on each line of a station, the bar joining them, its name, a leader to the name, its touch target. */
function placeStations(
  items: Item[],
  shapes: TextShape[],
  cells: Map<string, Cell>,
  reach: number[],
  rowY: number[],
): PlacedStation[] {
  const r = METRICS.marker;
  const style = { size: STATION_FONT, bold: false, italic: false };
  const out: PlacedStation[] = [];
  items.forEach((item, i) => {
    if (item.kind !== 'station') return;
    const cell = cells.get(item.id)!;
    const y = rowY[i]!;
    const xs = [...cell.xs.values()];
    const x = xs[0]!;
    const dots = xs.map((dx) => box(dx - r, y - r, dx + r, y + r));
    const shape = shapes[i]!;
    const x0 = reach[i]!;
    const labelBox = box(x0, y - shape.height / 2, x0 + shape.width, y + shape.height / 2);
    const right = Math.max(...xs) + r + 1;
    const h = rowHeight(item, shape);
    out.push({
      id: item.id,
      x,
      y,
      marker: dots.reduce(union),
      lines: [...cell.xs].map(([line, lx]) => ({ line, dy: 0, dx: lx - x })),
      dots,
      ...(x0 - 2 - right >= LEADER_MIN
        ? {
            leader: [
              { x: right, y },
              { x: x0 - 2, y },
            ] as [Pt, Pt],
          }
        : {}),
      hit: box(Math.min(...xs) - r - 3, y - h / 2, labelBox.x1 + 3, y + h / 2),
      label: textLabel(shape, labelBox, style, 'start'),
    });
  });
  return out;
}

/** Line names (framed) and branch names in their rows, right of the lanes in use. */
function placeNames(items: Item[], shapes: TextShape[], reach: number[], rowY: number[]): Terminus[] {
  const out: Terminus[] = [];
  items.forEach((item, i) => {
    if (item.kind !== 'start' && item.kind !== 'track') return;
    const shape = shapes[i]!;
    const framed = item.kind === 'start';
    const pad = framed ? FRAME_PAD_X : 0;
    const h = shape.height + (framed ? 2 * FRAME_PAD_Y : 0);
    const y = rowY[i]!;
    const b = box(reach[i]!, y - h / 2, reach[i]! + shape.width + 2 * pad, y + h / 2);
    const style = { size: framed ? TERMINUS_FONT : TRACK_FONT, bold: framed, italic: !framed && !hasWide(item.text) };
    out.push({
      line: item.line,
      track: item.track.key,
      kind: framed ? 'start' : 'track',
      station: item.track.stations[0]!,
      framed,
      label: textLabel(shape, b, style, 'start', pad),
    });
  });
  return out;
}

/** Each year from its row to the next year's row, its label in its row. */
function yearSpans(
  items: Item[],
  shapes: TextShape[],
  reach: number[],
  rowY: number[],
): Array<YearSpan & { box: Box }> {
  const starts = items.flatMap((item, i) => (item.kind === 'year' ? [{ year: item.year, i }] : []));
  return starts.map(({ year, i }, k) => {
    const top = rowY[i]! - YEAR_ROW / 2;
    const next = starts[k + 1];
    const end = next ? rowY[next.i]! - YEAR_ROW / 2 : (rowY.at(-1) ?? top) + ROW_MIN / 2;
    const shape = shapes[i]!;
    const b = box(reach[i]!, rowY[i]! - shape.height / 2, reach[i]! + shape.width, rowY[i]! + shape.height / 2);
    return { year, start: top, end, label: { x: b.x0, y: b.y0 + shape.ascent, anchor: 'start' as const }, box: b };
  });
}
