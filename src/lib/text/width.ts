/**
 * The one estimate of how wide a text is in the site's sans-serif, made before any browser sees it; the map
 * reserves room for its labels with it. Latin advances are the widest of DejaVu Sans, Liberation Sans (Arial
 * metrics) and Noto Sans CJK SC, measured per character in Chromium; CJK ideographs and full-width
 * punctuation take one em. Erring wide keeps real labels inside their reserved boxes.
 */

/** Advance widths of U+0020–U+007E in thousandths of an em, regular weight. */
const REGULAR = [
  318, 401, 474, 838, 637, 951, 780, 278, 391, 391, 500, 838, 318, 361, 318, 392, 637, 637, 637, 637, 637, 637, 637,
  637, 637, 637, 337, 337, 838, 838, 838, 557, 1016, 685, 687, 723, 771, 667, 611, 778, 752, 295, 535, 667, 558, 863,
  749, 788, 667, 788, 723, 667, 611, 732, 685, 989, 686, 667, 686, 391, 392, 391, 838, 559, 606, 613, 635, 550, 635,
  616, 353, 635, 634, 278, 278, 580, 284, 975, 634, 612, 635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637,
  337, 637, 838,
];

/** The same for bold (700). */
const BOLD = [
  349, 457, 574, 838, 696, 1002, 873, 325, 458, 458, 523, 838, 380, 416, 380, 387, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 696, 400, 400, 838, 838, 838, 611, 1007, 774, 763, 734, 831, 684, 684, 821, 837, 373, 568, 775, 638, 996,
  837, 851, 733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458, 387, 458, 838, 567, 626, 675, 716, 593, 716,
  679, 436, 716, 712, 343, 343, 666, 343, 1042, 712, 688, 716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712,
  366, 712, 838,
];

/** CJK ideographs, kana, Hangul, CJK punctuation and full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Other characters (accented Latin, dashes, symbols): a generous Latin advance. */
const OTHER = 0.7;

/** A small allowance for kerning and font differences the table cannot know about. */
const SAFETY = 1.04;

export interface TextStyle {
  size: number;
  bold?: boolean;
}

/** Advance of one character in ems. */
export function charEm(ch: string, bold = false): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return (bold ? BOLD : REGULAR)[code - 0x20]! / 1000;
  if (WIDE.test(ch)) return 1;
  if (/[\u0300-\u036f\u200b-\u200d]/.test(ch)) return 0;
  return OTHER * (bold ? 1.08 : 1);
}

/** Estimated width in px of a one-line text. */
export function textWidth(text: string, style: TextStyle): number {
  let em = 0;
  for (const ch of text) em += charEm(ch, style.bold);
  return em * style.size * SAFETY;
}

/** True when the text holds any CJK character. */
export function hasWide(text: string): boolean {
  return WIDE.test(text);
}

/**
 * Splits a name into two lines at the space (or, in CJK, the character boundary) that makes the wider line
 * narrowest; undefined when it cannot be split.
 */
export function wrapInTwo(text: string, style: TextStyle): [string, string] | undefined {
  const chars = [...text];
  let best: { at: number; width: number } | undefined;
  for (let i = 1; i < chars.length; i++) {
    const ch = chars[i]!;
    const prev = chars[i - 1]!;
    const atSpace = ch === ' ';
    const cjkBoundary = WIDE.test(ch) && WIDE.test(prev) && !/[，。、：；）」』】]/.test(ch);
    if (!atSpace && !cjkBoundary) continue;
    const a = chars.slice(0, i).join('').trimEnd();
    const b = chars
      .slice(atSpace ? i + 1 : i)
      .join('')
      .trimStart();
    if (!a || !b) continue;
    const width = Math.max(textWidth(a, style), textWidth(b, style));
    if (!best || width < best.width - 1e-9) best = { at: i, width };
  }
  if (!best) return undefined;
  const a = chars.slice(0, best.at).join('').trimEnd();
  const b = chars.slice(best.at).join('').trimStart();
  return [a, b];
}

/** Closing punctuation that must not start a line, and opening punctuation that must not end one. */
const NO_BREAK_BEFORE = /[，。、：；）」』】]/;
const NO_BREAK_AFTER = /[（「『【]/;

/** Pieces a text may break between: words, and each CJK character; `space` when a space preceded it. */
function breakable(text: string): Array<{ text: string; space: boolean }> {
  const pieces: Array<{ text: string; space: boolean }> = [];
  let space = false;
  for (const ch of text) {
    if (ch === ' ') {
      space = true;
      continue;
    }
    const last = pieces.at(-1);
    const prev = last?.text.at(-1) ?? '';
    const glue =
      !space && (NO_BREAK_BEFORE.test(ch) || NO_BREAK_AFTER.test(prev) || (!WIDE.test(ch) && !WIDE.test(prev)));
    if (last && glue) last.text += ch;
    else pieces.push({ text: ch, space });
    space = false;
  }
  return pieces;
}

/**
 * Breaks a name into as few lines as fit `width` (greedy, at spaces and CJK character boundaries). A word
 * wider than `width` keeps a line of its own; the caller sees that from the widths and makes room.
 */
export function wrapToWidth(text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = '';
  // A word too wide for a line of its own may break after a hyphen ("Semi-|supervised").
  const pieces = breakable(text).flatMap((p) =>
    textWidth(p.text, style) <= width
      ? [p]
      : p.text.split(/(?<=-)(?=.)/).map((part, i) => ({ text: part, space: i === 0 ? p.space : false })),
  );
  for (const piece of pieces) {
    const joined = line ? `${line}${piece.space ? ' ' : ''}${piece.text}` : piece.text;
    // (A hyphen-split part joins its line without a space.)
    if (line && textWidth(joined, style) > width) {
      lines.push(line);
      line = piece.text;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines;
}
