/**
 * Drops the rules of KaTeX's stylesheet that style nothing the built site contains.
 *
 * Why: KaTeX ships one stylesheet for every construct it can typeset — 121 size-reset pairs, every font
 * family, arrays, boxes, stretchy arrows — and the atlas's formulas use under half of them: of the model
 * page's figures.css (7.8 KB gzip, KaTeX nearly all of it), 1.9 KB gzip styles class names that appear in no
 * page (issue 27). Formulas are rendered at build time, so every class KaTeX can need is in the HTML.
 *
 * Rule: only selectors naming `.katex` are candidates (the site's own rules may target classes that scripts
 * add); such a selector is dropped when one of its classes is on no page, a rule when all its selectors are.
 * Then a KaTeX font face (`font-family:KaTeX_…`) goes when no remaining rule names its family: the site's
 * formulas use no Fraktur, typewriter, sans-serif or script letters, and the five faces' `src` addresses,
 * hashed and so incompressible, were 0.5 KB gzip of every model page (issue 27). The build then deletes the
 * font files no stylesheet names any more (scripts/build.mjs).
 * Fails safe: a stylesheet this splitter cannot take apart exactly into rules comes back unchanged.
 * Pure string → string.
 */

/** A statement (`@charset …;`), an at-rule block with at most one level of nesting, or a plain rule (a comment, never in minified output, matches none: the stylesheet is left alone). */
const PIECE = /@[^{};]+;|@[^{};]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|[^{}@/]+\{[^{}]*\}/g;
const CLASS_NAME = /\.(-?[_a-zA-Z][\w-]*)/g;
const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/g;

/** Every class name used on the given pages. */
export function classesOf(pages: Iterable<string>): Set<string> {
  const classes = new Set<string>();
  for (const html of pages)
    for (const m of html.matchAll(CLASS_ATTRIBUTE)) for (const c of m[1]!.split(/\s+/)) if (c) classes.add(c);
  return classes;
}

function liveSelectors(selectors: string, used: ReadonlySet<string>): string {
  return selectors
    .split(',')
    .filter((s) => !s.includes('.katex') || [...s.matchAll(CLASS_NAME)].every((m) => used.has(m[1]!)))
    .join(',');
}

function prunePiece(piece: string, used: ReadonlySet<string>): string {
  if (piece.startsWith('@')) return piece;
  const open = piece.indexOf('{');
  const selectors = liveSelectors(piece.slice(0, open), used);
  return selectors.trim() ? selectors + piece.slice(open) : '';
}

const KATEX_FACE = /^@font-face\s*\{[^}]*font-family:\s*["']?(KaTeX_\w+)/;

/** Font faces of KaTeX families that no other piece of the stylesheet names. */
function dropUnnamedFaces(pieces: string[]): string[] {
  const named = new Set(pieces.filter((p) => !KATEX_FACE.test(p)).flatMap((p) => p.match(/KaTeX_\w+/g) ?? []));
  return pieces.map((p) => {
    const family = KATEX_FACE.exec(p)?.[1];
    return family && !named.has(family) ? '' : p;
  });
}

export function pruneKatexRules(css: string, used: ReadonlySet<string>): string {
  const pieces = css.match(PIECE) ?? [];
  const strip = (s: string) => s.replace(/\s+/g, '');
  if (strip(pieces.join('')) !== strip(css)) return css;
  const pruned = dropUnnamedFaces(pieces.map((p) => prunePiece(p, used)));
  return pruned.every((p, i) => p === pieces[i]) ? css : pruned.join('');
}
