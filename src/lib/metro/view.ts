/**
 * The map's views as numbers, for the client script: which part of the landscape map the first view shows
 * (every line's name, at a size that still reads), whether the whole map can be shown readably, how a line is
 * brought into view, and the state a view is shared by in the URL. Scales are screen px per map unit; a label
 * drawn at `STATION_FONT` reads when it is at least READABLE_PX on screen. Pure.
 */
import type { Box } from './geometry.ts';
import type { MetroLayout } from './layout.ts';
import { STATION_FONT, YEAR_FONT } from './text-shape.ts';

/** Station names are never shown smaller than this (px) in a first view, a fit or a centred line. */
export const READABLE_PX = 11;
/** The smallest scale at which station names read. */
export const READABLE_SCALE = READABLE_PX / STATION_FONT;
/** A view never enlarges the map beyond this (it is drawn for scale 1). */
const LARGEST_FIRST = 1;

export interface Size {
  w: number;
  h: number;
}

/** A view: a scale and the map point at the frame's centre. */
export interface View {
  scale: number;
  cx: number;
  cy: number;
}

/** What a first view must show: every line's name (at the start of each line) and the years above them. */
export function overviewBox(layout: MetroLayout): Box | undefined {
  const starts = layout.termini.filter((t) => t.kind === 'start').map((t) => t.label.box);
  if (starts.length === 0) return undefined;
  const years = layout.years.map((y) => y.label.y - YEAR_FONT);
  const names = starts.reduce((a, b) => ({
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  }));
  return { ...names, y0: Math.min(names.y0, ...years) };
}

const fitScale = (frame: Size, b: Box, pad = 0): number =>
  Math.min((frame.w - 2 * pad) / (b.x1 - b.x0), (frame.h - 2 * pad) / (b.y1 - b.y0));

/**
 * The first view: the whole map when it reads whole; else the overview fitted to the frame (never above scale
 * 1, never below readable), and when even that does not read, the overview's start (top left) at the
 * readable scale. `fits` says whether everything asked for is in view.
 */
export function firstView(frame: Size, map: Box, overview: Box | undefined, pad = 8): View & { fits: boolean } {
  const whole = fitScale(frame, map);
  if (whole >= READABLE_SCALE || !overview) return { ...centre(map, Math.min(whole, LARGEST_FIRST)), fits: true };
  const scale = Math.min(LARGEST_FIRST, fitScale(frame, overview, pad));
  if (scale >= READABLE_SCALE) return { ...centre(overview, scale), fits: true };
  const k = READABLE_SCALE;
  return {
    scale: k,
    cx: overview.x0 - pad / k + frame.w / (2 * k),
    cy: overview.y0 - pad / k + frame.h / (2 * k),
    fits: false,
  };
}

/** Fitting the whole map: the scale, and whether names read at it. */
export function wholeView(frame: Size, map: Box): View & { readable: boolean } {
  const scale = fitScale(frame, map);
  return { ...centre(map, scale), readable: scale >= READABLE_SCALE };
}

/** A box brought to the frame's centre at the largest scale that shows it whole, but readable and ≤ 1. */
export function focusView(frame: Size, b: Box, pad = 24): View {
  const scale = Math.max(READABLE_SCALE, Math.min(LARGEST_FIRST, fitScale(frame, b, pad)));
  return centre(b, scale);
}

const centre = (b: Box, scale: number): View => ({ scale, cx: (b.x0 + b.x1) / 2, cy: (b.y0 + b.y1) / 2 });

/** What a shared map URL keeps: the line shown alone, the search, the zoom, and the selected station. */
export interface MapState {
  line?: string;
  q?: string;
  view?: View;
  station?: string;
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** Reads `?line=…&q=…&z=scale,cx,cy` and `#map-<station>`. */
export function parseState(search: string, hash: string): MapState {
  const params = new URLSearchParams(search);
  const state: MapState = {};
  const line = params.get('line');
  if (line) state.line = line;
  const q = params.get('q');
  if (q) state.q = q;
  const z = (params.get('z') ?? '').split(',').map(Number);
  if (z.length === 3 && z.every(Number.isFinite) && z[0]! > 0) state.view = { scale: z[0]!, cx: z[1]!, cy: z[2]! };
  const station = decodeURIComponent(hash.replace(/^#/, ''));
  if (station.startsWith('map-') && station.length > 4) state.station = station.slice(4);
  return state;
}

/** The query string and hash of a state (other query parameters of `search` are kept). */
export function stateUrl(state: MapState, search = ''): { search: string; hash: string } {
  const params = new URLSearchParams(search);
  for (const key of ['line', 'q', 'z']) params.delete(key);
  if (state.line) params.set('line', state.line);
  if (state.q) params.set('q', state.q);
  if (state.view) {
    const { scale, cx, cy } = state.view;
    params.set('z', `${round(scale, 3)},${round(cx, 1)},${round(cy, 1)}`);
  }
  const query = params.toString();
  return { search: query ? `?${query}` : '', hash: state.station ? `#map-${state.station}` : '' };
}
