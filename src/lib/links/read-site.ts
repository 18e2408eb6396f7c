/** Reads a built output folder into a SiteSnapshot for the link checker and the safety scan (Node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SiteSnapshot } from './check.ts';
import { LINKING } from './orphans.ts';

/** A built site's HTML pages and other files, read from disk for the link checker. */
export function readSite(dir: string): SiteSnapshot {
  const files = new Set<string>();
  const pages = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const rel = relative(dir, path).split(sep).join('/');
        files.add(rel);
        if (rel.endsWith('.html')) pages.set(rel, readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dir);
  return { files, pages };
}

/** The stylesheets and SVG files of a built site, which can load resources too (for the safety scan). */
export function readSheets(dir: string, site: SiteSnapshot): Map<string, string> {
  const sheets = new Map<string, string>();
  for (const file of site.files) if (/\.(css|svg)$/.test(file)) sheets.set(file, readFileSync(join(dir, file), 'utf8'));
  return sheets;
}

/** The text of every file that links onwards (pages, style sheets, scripts, sitemaps), for the orphan check. */
export function readLinkingTexts(dir: string, site: SiteSnapshot): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of site.files)
    if (LINKING.test(file)) texts.set(file, site.pages.get(file) ?? readFileSync(join(dir, file), 'utf8'));
  return texts;
}
