/**
 * The words on the landscape map: line names at the ends of each line (framed in the line's colour), track
 * names where a branch starts on its own, and a name beside every station. Each label tries its candidate
 * boxes in order of preference and takes the first free one (obstacles.ts); a label that finds no room is
 * recorded with the width it needs, so the layout can widen the gaps around its station and try again.
 */
import type { Locale } from '../i18n/locales.ts';
import { box, type Box, type Pt } from './geometry.ts';
import type { Network } from './network.ts';
import { place, type Obstacles } from './obstacles.ts';
import { cellOf, stationPoint, type Geometry } from './routing.ts';
import {
  STATION_FONT,
  TERMINUS_FONT,
  TRACK_FONT,
  textLabel,
  textShape,
  type TextLabel,
  type TextShape,
} from './text-shape.ts';
import { hasWide, wrapInTwo } from '../text/width.ts';

/** Space between a station's marker and its label. */
const LABEL_GAP = 2;
/** Padding inside the frame of a line name. */
const FRAME_PAD_X = 6;
const FRAME_PAD_Y = 2;
/** Fractions of a label's width left of its station, best first. */
const SHIFTS = [0.5, 0.35, 0.65, 0.2, 0.8, 0.06, 0.94];
/** A name on one line wider than this tries its two-line form first. */
const WRAP_FIRST_WIDER_THAN = 150;
/** How far a line name may stand from its terminus, nearest first. */
const TERMINUS_AWAY = [8, 24, 48];

/** A placed station: its marker (a dot, or a pill across an interchange's lines) and, once placed, its name. */
export interface PlacedStation {
  id: string;
  /** Centre of the marker on the host row. */
  x: number;
  y: number;
  marker: Box;
  /** Lines through the station, in map order, with their offsets from (x, y). */
  lines: Array<{ line: string; dy: number; dx?: number }>;
  label?: TextLabel;
  /** Portrait: a dot on each line (in the order of `lines`); `marker` is then the box around them all. */
  dots?: Box[];
  /** Portrait: a thin rule from the dots across other lanes to the name. */
  leader?: [Pt, Pt];
  /** Portrait: the station's touch target (its whole row from the dots to the end of the name). */
  hit?: Box;
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

/** Labels that found no room, by station, with the widest width asked for. */
export class Failures {
  readonly width = new Map<string, number>();
  add(id: string, width: number): void {
    this.width.set(id, Math.max(this.width.get(id) ?? 0, width));
  }
  get size(): number {
    return this.width.size;
  }
}

interface Candidate {
  box: Box;
  shape: TextShape;
}

/** The line names each line wants: its name at the start and the end of the trunk, and free branch starts. */
function wantedTermini(
  net: Network,
  g: Geometry,
  locale: Locale,
  mode: 'all' | 'start',
): Array<{ line: string; kind: Terminus['kind']; station: string; track: string; text: string }> {
  const out = [];
  for (const line of net.lines) {
    if (line.tracks.length === 0) continue;
    const trunk = line.tracks[0]!;
    const name = line.short[locale];
    // The end is the free end furthest right (the lowest row among equals).
    const ends = line.tracks.filter((t) => !t.to).map((t) => t.stations.at(-1)!);
    const last = ends.sort((a, b) => cellOf(g, b).col - cellOf(g, a).col || cellOf(g, a).row - cellOf(g, b).row)[0]!;
    out.push({ line: line.id, kind: 'start' as const, station: trunk.stations[0]!, track: trunk.key, text: name });
    if (mode === 'all') out.push({ line: line.id, kind: 'end' as const, station: last, track: trunk.key, text: name });
    for (const t of line.tracks.slice(1))
      if (!t.from && t.name)
        out.push({
          line: line.id,
          kind: 'track' as const,
          station: t.stations[0]!,
          track: t.key,
          text: t.name[locale],
        });
  }
  return out;
}

/**
 * Line names at the termini (outside the line, level with it, or a little above or below), and track names
 * at branches that start on their own. Every placed name becomes an obstacle; a name with no room is a failure
 * of its station.
 */
export function placeTermini(
  net: Network,
  g: Geometry,
  stations: ReadonlyMap<string, PlacedStation>,
  obs: Obstacles,
  failures: Failures,
  options: { locale: Locale; mode: 'all' | 'start' },
): Terminus[] {
  const termini: Terminus[] = [];
  for (const w of wantedTermini(net, g, options.locale, options.mode)) {
    const framed = w.kind !== 'track';
    const size = framed ? TERMINUS_FONT : TRACK_FONT;
    const sh = textShape([w.text], size, framed);
    const at = stationPoint(g, w.station, w.line);
    const marker = stations.get(w.station)!.marker;
    const chosen = place(obs, terminusCandidates(at, marker, sh, w.kind === 'end' ? 1 : -1, framed));
    if (!chosen) {
      failures.add(w.station, sh.width + 2 * FRAME_PAD_X);
      continue;
    }
    const style = { size, bold: framed, italic: !framed && !hasWide(w.text) };
    termini.push({
      line: w.line,
      track: w.track,
      kind: w.kind,
      station: w.station,
      framed,
      label: textLabel(sh, chosen.box, style, 'middle'),
    });
  }
  return termini;
}

/**
 * A name for every station, the most connected first, then left to right: above or below the marker at
 * several shifts (alternating sides along a track so neighbours do not collide), then beside it; long names
 * also try two lines. Sets `label` on each station that found room.
 */
export function placeStationLabels(
  net: Network,
  stations: readonly PlacedStation[],
  obs: Obstacles,
  failures: Failures,
): void {
  const order = [...stations].sort((a, b) => b.lines.length - a.lines.length || a.x - b.x || a.y - b.y);
  const indexOnTrack = new Map<string, number>();
  for (const line of net.lines)
    for (const t of line.tracks) t.stations.forEach((id, i) => indexOnTrack.has(id) || indexOnTrack.set(id, i));
  const style = { size: STATION_FONT, bold: false, italic: false };
  for (const s of order) {
    const name = net.stations.get(s.id)!.name;
    const single = textShape([name], STATION_FONT, false);
    const wrapped = wrapInTwo(name, { size: STATION_FONT });
    const variants = [single, ...(wrapped ? [textShape(wrapped, STATION_FONT, false)] : [])];
    if (wrapped && single.width > WRAP_FIRST_WIDER_THAN) variants.reverse();
    const aboveFirst = (indexOnTrack.get(s.id) ?? 0) % 2 === 0;
    const chosen = place(obs, stationCandidates(s, variants, aboveFirst));
    if (chosen) s.label = textLabel(chosen.shape, chosen.box, style);
    else failures.add(s.id, single.width);
  }
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

/** Vertical steps away from the line for a name of height h: level, then ever further above and below. */
const terminusSteps = (h: number): number[] => [
  0,
  -(h / 2 + 6),
  h / 2 + 6,
  -(h + 8),
  h + 8,
  -(1.5 * h + 10),
  1.5 * h + 10,
  -(2 * h + 12),
  2 * h + 12,
];

/** Beside the terminus station on the outer side, level with the line, then a little above or below. */
function* terminusCandidates(at: Pt, marker: Box, sh: TextShape, dir: 1 | -1, framed: boolean): Generator<Candidate> {
  const w = sh.width + (framed ? 2 * FRAME_PAD_X : 0);
  const h = sh.height + (framed ? 2 * FRAME_PAD_Y : 0);
  for (const away of TERMINUS_AWAY) {
    for (const dy of terminusSteps(h)) {
      const x0 = dir < 0 ? marker.x0 - away - w : marker.x1 + away;
      const y0 = at.y - h / 2 + dy;
      yield { shape: sh, box: box(x0, y0, x0 + w, y0 + h) };
    }
  }
}
