/**
 * Files of a built site that nothing reaches: no page, stylesheet, script or sitemap that a reader or a crawler
 * can get to links to them, and they are not an entry point themselves (the home page, robots.txt, the 404
 * page, a redirect from an old address, what a script loads by a computed name). Such a file only makes the
 * site bigger. Reachability is followed from the entry points through every text file; anything in a text that
 * reads as the address of a file of the site counts as a link to it, so a file is reported only when no text
 * names it at all.
 */
import { fileForPath } from './check.ts';

export interface OrphanOptions {
  /** The base path the site is built for: `/` or `/some/path/`. */
  base: string;
  /** The configured origin (`https://example.org`); absolute URLs on it are the site's own. */
  site?: string;
  /**
   * Whether a file is one a reader or a machine starts from without a link (given its path relative to the
   * output folder and, for a linking file, its text).
   */
  isEntryPoint: (file: string, text: string | undefined) => boolean;
}

/** The site's text files whose addresses link onwards: pages, style sheets, scripts, sitemaps, robots.txt. */
export const LINKING = /\.(html|css|js|mjs|xml|txt|webmanifest)$/;

const ORIGIN = 'http://atlas.invalid';

/**
 * What in a text may be an address: quoted strings and template literals, `url(…)`, an XML element's text
 * (a sitemap's `<loc>`), `Sitemap:` in robots.txt, a refresh's `url=`, and each candidate of a `srcset`.
 */
function candidates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/["'`]([^"'`\s<>]+)["'`]|url\(\s*["']?([^"')\s]+)|<loc>([^<]+)<\/loc>/g))
    out.push(m[1] ?? m[2] ?? m[3]!);
  for (const m of text.matchAll(/(?:^Sitemap:|url=)\s*([^\s"'>;]+)/gim)) out.push(m[1]!);
  for (const m of text.matchAll(/srcset="([^"]+)"/g))
    out.push(...m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!));
  return out.map((c) => c.replace(/&amp;/g, '&'));
}

/** The files of the site an address may mean, read relative to the text's file and, failing that, to the base. */
function targets(address: string, from: string, options: OrphanOptions, files: ReadonlySet<string>): string[] {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const found: string[] = [];
  // A bundler's list of chunks names them from the base without a leading slash (`_astro/x.js`).
  for (const context of [`${base}${from}`, base]) {
    let url: URL;
    try {
      url = new URL(address, new URL(context, ORIGIN));
    } catch {
      continue;
    }
    if (url.origin !== ORIGIN && url.origin !== siteOrigin) continue;
    if (!url.pathname.startsWith(base)) continue;
    let file: string | undefined;
    try {
      file = fileForPath(url.pathname.slice(base.length - 1), files);
    } catch {
      // Not an address (a stray `%` that does not decode).
    }
    if (file) found.push(file);
  }
  return found;
}

/**
 * Every file of the site that no entry point leads to, sorted. `texts` holds the text of every linking file
 * (LINKING); other files (images, data, fonts) are leaves.
 */
export function findOrphans(
  files: ReadonlySet<string>,
  texts: ReadonlyMap<string, string>,
  options: OrphanOptions,
): string[] {
  const reached = new Set<string>();
  const queue = [...files].filter((f) => options.isEntryPoint(f, texts.get(f)));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (reached.has(file)) continue;
    reached.add(file);
    for (const address of candidates(texts.get(file) ?? ''))
      for (const target of targets(address, file, options, files)) if (!reached.has(target)) queue.push(target);
  }
  return [...files].filter((f) => !reached.has(f)).sort();
}
