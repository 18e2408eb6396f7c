/**
 * Finds broken internal links and anchors in a built site, given its files as a map.
 * Internal means relative, root-relative, or absolute on the site's own origin.
 */
import { extractIds, extractLinks } from './extract.ts';

export interface BrokenLink {
  /** The page holding the link, relative to the output folder (`en/models/resnet/index.html`). */
  page: string;
  url: string;
  reason: string;
}

export interface SiteSnapshot {
  /** Every file of the output folder, relative posix paths. */
  files: ReadonlySet<string>;
  /** The HTML pages among them, with their text. */
  pages: ReadonlyMap<string, string>;
}

export interface LinkCheckOptions {
  /** The base path the site is built for: `/` or `/some/path/`. */
  base: string;
  /** The configured origin (`https://example.org`); absolute URLs on it count as internal. */
  site?: string;
}

const ORIGIN = 'http://atlas.invalid';

/** The output-folder file a site path is served from, or undefined. */
export function fileForPath(pathname: string, files: ReadonlySet<string>): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  if (clean === '' || clean.endsWith('/')) {
    const index = `${clean}index.html`;
    return files.has(index) ? index : undefined;
  }
  if (files.has(clean)) return clean;
  return files.has(`${clean}/index.html`) ? `${clean}/index.html` : undefined;
}

/** The site URL of a page file: `en/models/resnet/index.html` → `/base/en/models/resnet/`. */
export function urlForPage(page: string, base: string): string {
  return `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every internal link or anchor of a built site that points nowhere, with the page it is on. */
export function findBrokenLinks(site: SiteSnapshot, options: LinkCheckOptions): BrokenLink[] {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = extractIds(site.pages.get(file) ?? '')));
    return ids;
  };
  const broken: BrokenLink[] = [];

  for (const [page, html] of site.pages) {
    const pageUrl = new URL(urlForPage(page, base), ORIGIN);
    for (const link of extractLinks(html)) {
      if (link.url === '' || /^(mailto|tel|javascript|data):/i.test(link.url)) continue;
      let target: URL;
      try {
        target = new URL(link.url, pageUrl);
      } catch {
        broken.push({ page, url: link.url, reason: 'not a valid URL' });
        continue;
      }
      const internal = target.origin === ORIGIN || (siteOrigin !== undefined && target.origin === siteOrigin);
      if (!internal) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, url: link.url, reason: `outside the base path ${base}` });
        continue;
      }
      const file = fileForPath(target.pathname.slice(base.length - 1), site.files);
      if (!file) {
        broken.push({ page, url: link.url, reason: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
        broken.push({ page, url: link.url, reason: `no element with id "${fragment}" in ${file}` });
      }
    }
  }
  return broken;
}
