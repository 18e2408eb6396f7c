/**
 * The box a label's text takes before any browser draws it: width from the measured advance tables, height
 * and baseline from the script (CJK glyphs stand taller than Latin ones at the same size), and the SVG text
 * anchor that puts those lines in a chosen box.
 */
import type { Box } from './geometry.ts';
import { hasWide, textWidth } from '../text/width.ts';

/** Font sizes (px at the map's natural size) of station names, line names, track names and years. */
export const STATION_FONT = 13;
export const TERMINUS_FONT = 14;
export const TRACK_FONT = 12;
export const YEAR_FONT = 12;

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

/** A text's lines and the space they take, not yet placed. */
export interface TextShape {
  lines: string[];
  width: number;
  height: number;
  /** Top of the box to the first baseline. */
  ascent: number;
  leading: number;
}

/** Ascent and line height in ems: Latin (system sans) and CJK (Noto Sans CJK), as Chromium lays them out. */
const LATIN = { ascent: 0.94, height: 1.2 };
const CJK = { ascent: 1.16, height: 1.45 };

/** Vertical metrics of a text: Latin fonts are shorter than CJK ones. */
function vertical(text: string, size: number): { ascent: number; height: number } {
  const m = hasWide(text) ? CJK : LATIN;
  return { ascent: m.ascent * size, height: m.height * size };
}

export function textShape(lines: string[], size: number, bold: boolean): TextShape {
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

/** The label that draws `s` centred vertically in box `b`, anchored as asked (`inset` from a start or end edge). */
export function textLabel(
  s: TextShape,
  b: Box,
  style: { size: number; bold: boolean; italic: boolean },
  anchor: TextLabel['anchor'] = 'middle',
  inset = 0,
): TextLabel {
  const x = anchor === 'middle' ? (b.x0 + b.x1) / 2 : anchor === 'start' ? b.x0 + inset : b.x1 - inset;
  const top = (b.y0 + b.y1) / 2 - s.height / 2;
  return {
    lines: s.lines,
    x,
    y: top + s.ascent,
    anchor,
    size: style.size,
    leading: s.leading,
    bold: style.bold,
    italic: style.italic,
    box: b,
  };
}
