/**
 * Width of a label in the system sans-serif font, estimated without a browser: per-character advance widths
 * (in em) close to the widest common UI fonts, so a label never turns out wider than the space kept for it.
 */

const NARROW = new Set([..."iljtfrI.,:;'!|()[] "]);
const WIDE = new Set([...'mwMW@%']);
const UPPER_WIDE = /[A-Z]/;

/** Advance width of one character in em. */
function advance(ch: string): number {
  if (NARROW.has(ch)) return 0.32;
  if (WIDE.has(ch)) return 0.9;
  if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch)) return 1.0;
  if (UPPER_WIDE.test(ch)) return 0.7;
  if (/[0-9]/.test(ch)) return 0.58;
  if (ch === '-' || ch === '–') return 0.4;
  return 0.57;
}

/** Estimated width in px of `text` at `fontSize` px (slightly generous). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return Math.ceil(em * fontSize * 1.04);
}
