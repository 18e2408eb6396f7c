/** Reads a built output folder into a SiteSnapshot for the link checker (Node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SiteSnapshot } from './check.ts';

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
