/**
 * Rewrites the @font-face rules of a third-party stylesheet (KaTeX's) for the browsers the atlas serves:
 * each face keeps only its WOFF2 source, and `font-display: block` becomes `swap`.
 *
 * Why: KaTeX ships every one of its 20 faces as WOFF2, WOFF and TrueType, so the `src` lists alone are 4.6 KB
 * of the 8 KB (gzip) stylesheet every model page loads, and the build copies 40 font files no browser that
 * runs the site ever fetches (all browsers since 2016 read WOFF2; a browser takes the first format it
 * supports, so the others are dead weight). `block` hides a formula's text for up to three seconds while its
 * font loads; `swap` shows it at once in a fallback face, which Lighthouse asks for (issue 27).
 * Pure string → string; rules other than @font-face pass through untouched.
 */

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const SRC = /src\s*:\s*([^;}]*)/;
const WOFF2_SOURCE = /url\([^)]*\)\s*format\(\s*["']?woff2["']?\s*\)/;

/** One @font-face rule with only its WOFF2 source; a rule without one is returned unchanged. */
function woff2Only(rule: string): string {
  const src = SRC.exec(rule);
  const woff2 = src?.[1] && WOFF2_SOURCE.exec(src[1]);
  if (!src || !woff2) return rule;
  return rule.replace(src[0], `src:${woff2[0]}`);
}

export function woff2FontFaces(css: string): string {
  return css.replace(FONT_FACE, (rule) => woff2Only(rule).replace(/font-display\s*:\s*block/, 'font-display:swap'));
}
