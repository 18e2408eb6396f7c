/**
 * Checks a finished layout against the map's rules: every segment octilinear; every station placed and
 * labelled; no two stations, labels, or label and line overlapping; no line through a station it does not
 * serve; lines of different colours never on top of each other; stations in time order along each track;
 * touch targets (portrait) large enough and apart.
 * Returns one message per problem (empty when the layout is valid).
 */
import {
  EPS,
  boxesOverlap,
  collinearOverlap,
  Grid,
  grow,
  isOctilinear,
  segmentHitsBox,
  type Box,
  type Pt,
} from './geometry.ts';
import type { MetroLayout } from './layout.ts';
import { trackPath, type Network } from './network.ts';
import { GRID_CELL, OVERLAP_TOLERANCE } from './spacing.ts';

/** The smallest touch target WCAG 2.2 accepts (2.5.8, AA). */
const MIN_TARGET = 24;

/** Every segment of every line at 0°, 45° or 90°. */
export function checkOctilinear(layout: MetroLayout): string[] {
  const out: string[] = [];
  for (const e of layout.edges) {
    for (let i = 1; i < e.points.length; i++) {
      const p = e.points[i - 1]!;
      const q = e.points[i]!;
      if (!isOctilinear(p, q))
        out.push(`${e.line} ${e.from}→${e.to}: segment (${p.x},${p.y})–(${q.x},${q.y}) is not at a multiple of 45°`);
    }
  }
  return out;
}

/** Every station on a line has a marker and a label at finite coordinates; no label was left without room. */
export function checkPlaced(layout: MetroLayout): string[] {
  const out: string[] = [];
  const placed = new Map(layout.stations.map((s) => [s.id, s]));
  for (const s of layout.network.stations.values()) {
    if (s.lines.length === 0) continue;
    const p = placed.get(s.id);
    if (!p) out.push(`${s.name}: not placed`);
    else if (!p.label) out.push(`${s.name}: no label`);
    else if (![p.x, p.y, p.label.box.x0, p.label.box.y1].every(Number.isFinite))
      out.push(`${s.name}: position is not a number`);
  }
  for (const id of layout.unplaced) out.push(`${id}: a label found no room`);
  return out;
}

interface Text {
  what: string;
  box: Box;
}

function texts(layout: MetroLayout): Text[] {
  return [
    ...layout.stations.filter((s) => s.label).map((s) => ({ what: `label of ${s.id}`, box: s.label!.box })),
    ...layout.termini.map((t) => ({ what: `${t.kind} name of ${t.track}`, box: t.label.box })),
  ];
}

function segments(layout: MetroLayout): Array<{ p: Pt; q: Pt; line: string; from: string; to: string }> {
  return layout.edges.flatMap((e) =>
    e.points.slice(1).map((q, i) => ({ p: e.points[i]!, q, line: e.line, from: e.from, to: e.to })),
  );
}

/** No two markers overlap; no label overlaps another label, a marker, or a line (with half its stroke). */
export function checkOverlaps(layout: MetroLayout): string[] {
  const out: string[] = [];
  const stations = layout.stations;
  // Stations.
  for (let i = 0; i < stations.length; i++) {
    for (let j = i + 1; j < stations.length; j++) {
      if (boxesOverlap(stations[i]!.marker, stations[j]!.marker))
        out.push(`stations ${stations[i]!.id} and ${stations[j]!.id} overlap`);
    }
  }
  // Labels against labels and stations.
  const all = texts(layout);
  const grid = new Grid<Text>(GRID_CELL);
  for (const t of all) {
    for (const o of grid.near(t.box)) if (boxesOverlap(t.box, o.box)) out.push(`${t.what} overlaps ${o.what}`);
    grid.add(t.box, t);
  }
  for (const s of stations)
    for (const t of grid.near(s.marker))
      if (boxesOverlap(s.marker, t.box)) out.push(`${t.what} overlaps station ${s.id}`);
  // Labels against lines (half the stroke counts as the line).
  const half = layout.metrics.stroke / 2;
  for (const seg of segments(layout)) {
    const b = grow(
      {
        x0: Math.min(seg.p.x, seg.q.x),
        y0: Math.min(seg.p.y, seg.q.y),
        x1: Math.max(seg.p.x, seg.q.x),
        y1: Math.max(seg.p.y, seg.q.y),
      },
      half,
    );
    for (const t of grid.near(b))
      if (segmentHitsBox(seg.p, seg.q, grow(t.box, half))) out.push(`${t.what} overlaps the ${seg.line} line`);
  }
  return [...new Set(out)];
}

/** A line only touches the markers (on the portrait map: the dots) of the two stations a segment joins. */
export function checkLinesClearStations(layout: MetroLayout): string[] {
  const out: string[] = [];
  const grid = new Grid<{ id: string; marker: Box }>(GRID_CELL);
  for (const s of layout.stations) for (const marker of s.dots ?? [s.marker]) grid.add(marker, { id: s.id, marker });
  for (const seg of segments(layout)) {
    const b = {
      x0: Math.min(seg.p.x, seg.q.x),
      y0: Math.min(seg.p.y, seg.q.y),
      x1: Math.max(seg.p.x, seg.q.x),
      y1: Math.max(seg.p.y, seg.q.y),
    };
    for (const s of grid.near(b)) {
      if (s.id === seg.from || s.id === seg.to) continue;
      if (segmentHitsBox(seg.p, seg.q, s.marker))
        out.push(`the ${seg.line} line (${seg.from}→${seg.to}) runs through station ${s.id}`);
    }
  }
  return out;
}

/** Lines of different colours never share a stretch. */
export function checkLineOverlaps(layout: MetroLayout): string[] {
  const out: string[] = [];
  const grid = new Grid<ReturnType<typeof segments>[number]>(GRID_CELL);
  for (const seg of segments(layout)) {
    const b = {
      x0: Math.min(seg.p.x, seg.q.x),
      y0: Math.min(seg.p.y, seg.q.y),
      x1: Math.max(seg.p.x, seg.q.x),
      y1: Math.max(seg.p.y, seg.q.y),
    };
    for (const o of grid.near(b)) {
      if (o.line !== seg.line && collinearOverlap(seg.p, seg.q, o.p, o.q) > OVERLAP_TOLERANCE)
        out.push(
          `the ${seg.line} and ${o.line} lines run on top of each other near (${Math.round(seg.p.x)}, ${Math.round(seg.p.y)})`,
        );
    }
    grid.add(b, seg);
  }
  return out;
}

/**
 * Years never decrease along a track, and each station lies after the one before along the time axis: to its
 * right on the landscape map, below it on the portrait one.
 */
export function checkTimeOrder(net: Network, layout?: MetroLayout): string[] {
  const out: string[] = [];
  const portrait = layout?.orientation === 'portrait';
  const x = new Map(layout?.stations.map((s) => [s.id, portrait ? s.y : s.x]));
  const after = portrait ? 'below' : 'to the right of';
  for (const line of net.lines) {
    for (const t of line.tracks) {
      const path = trackPath(t);
      for (let i = 1; i < path.length; i++) {
        const a = net.stations.get(path[i - 1]!)!;
        const b = net.stations.get(path[i]!)!;
        if (b.year < a.year) out.push(`${t.key}: ${b.name} (${b.year}) comes after ${a.name} (${a.year})`);
        if (layout && !(x.get(b.id)! > x.get(a.id)!)) out.push(`${t.key}: ${b.name} is not ${after} ${a.name}`);
      }
    }
  }
  return out;
}

/** Touch targets, where a layout has them: at least MIN_TARGET px each way, and never on top of each other. */
export function checkTouchTargets(layout: MetroLayout): string[] {
  const out: string[] = [];
  const grid = new Grid<{ id: string; hit: Box }>(GRID_CELL);
  for (const s of layout.stations) {
    if (!s.hit) continue;
    if (s.hit.x1 - s.hit.x0 < MIN_TARGET - EPS || s.hit.y1 - s.hit.y0 < MIN_TARGET - EPS)
      out.push(`the touch target of ${s.id} is smaller than ${MIN_TARGET} px`);
    for (const o of grid.near(s.hit))
      if (boxesOverlap(o.hit, s.hit)) out.push(`the touch targets of ${o.id} and ${s.id} overlap`);
    grid.add(s.hit, { id: s.id, hit: s.hit });
  }
  return out;
}

/** Every rule at once. */
export function validateLayout(layout: MetroLayout): string[] {
  return [
    ...checkTouchTargets(layout),
    ...checkPlaced(layout),
    ...checkOctilinear(layout),
    ...checkOverlaps(layout),
    ...checkLinesClearStations(layout),
    ...checkLineOverlaps(layout),
    ...checkTimeOrder(layout.network, layout),
  ];
}
