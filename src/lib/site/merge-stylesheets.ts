/**
 * Joins the stylesheets a page links into one file, one per distinct list of stylesheets.
 *
 * Why: Vite splits CSS along component chunks, so a model page linked seven files, each gzipped on its own
 * (8.0 KB), while the same bytes in one file gzip to 6.6 KB — the compressor sees the shared custom-property
 * names and selector patterns once — and arrive in one request instead of seven (issue 27). Pages of one type
 * link the same list, so the site gains one file per page type (18 lists on the real site), not per page.
 *
 * Rule: the files are concatenated in the page's order and the joined file is linked where the first one was,
 * so the cascade is exactly what it was. Fails safe: a list with an `@import` or `@charset` in any file
 * (which concatenation could move after other rules, where browsers ignore it) stays as it was. Only the
 * site's own stylesheets under `_astro/` are joined. Pure and deterministic: a joined file is named by the
 * hash of its text.
 */
import { createHash } from 'node:crypto';

/** A built page's stylesheet link, exactly as Astro writes it. */
const LINK = /<link rel="stylesheet" href="([^"]+)">/g;

export interface StylesheetPlan {
  /** The joined stylesheets to write, by file (relative to the output folder). */
  sheets: Map<string, string>;
  /** For each list of stylesheets that is joined (files joined by a newline), the joined file. */
  joined: Map<string, string>;
  /** The stylesheets no page links any more once pages link the joined files, to delete. */
  unlinked: string[];
}

/** The output file an `href` of the site's own `_astro/` folder names, or undefined. */
function ownSheet(href: string, base: string): string | undefined {
  const root = withSlash(base);
  return href.startsWith(`${root}_astro/`) && href.endsWith('.css') ? href.slice(root.length) : undefined;
}

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The site's own stylesheets a page links, in order. */
function ownSheets(html: string, base: string): string[] {
  return [...html.matchAll(LINK)].flatMap((m) => ownSheet(m[1]!, base) ?? []);
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 8);

/**
 * Plans the merge from every page's HTML: `readSheet` reads a stylesheet by file, `base` is the site's base
 * path (`/` or `/some/path/`).
 */
export function planStylesheets(
  pages: Iterable<string>,
  readSheet: (file: string) => string,
  base: string,
): StylesheetPlan {
  const plan: StylesheetPlan = { sheets: new Map(), joined: new Map(), unlinked: [] };
  const lists = new Map<string, string[]>();
  for (const html of pages) {
    const own = ownSheets(html, base);
    lists.set(own.join('\n'), own);
  }
  const stillLinked = new Set<string>();
  const merged = new Set<string>();
  for (const [key, files] of lists) {
    const texts = files.map(readSheet);
    if (files.length < 2 || texts.some((css) => /@(import|charset)\b/i.test(css))) {
      files.forEach((f) => stillLinked.add(f));
      continue;
    }
    const css = texts.join('\n');
    const file = `_astro/pages.${hashOf(css)}.css`;
    plan.sheets.set(file, css);
    plan.joined.set(key, file);
    files.forEach((f) => merged.add(f));
  }
  plan.unlinked = [...merged].filter((f) => !stillLinked.has(f)).sort();
  return plan;
}

/** The page with its own stylesheets replaced by the joined file, linked where the first one was. */
export function linkJoined(html: string, plan: StylesheetPlan, base: string): string {
  const file = plan.joined.get(ownSheets(html, base).join('\n'));
  if (file === undefined) return html;
  let first = true;
  return html.replace(LINK, (tag, href: string) => {
    if (ownSheet(href, base) === undefined) return tag;
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="${withSlash(base)}${file}">`;
  });
}
