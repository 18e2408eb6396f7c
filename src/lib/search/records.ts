/**
 * Compact records of every indexed page (name, kind, year, venue, directions and the exact-match keys),
 * written next to the Pagefind bundle at build time and keyed by Pagefind's page id. Suggestions and exact-first
 * ranking read these instead of Pagefind's fragments, which carry the whole page text (~5 KB each).
 * Large sites split them into shards by the first hex digits of the page hash.
 */
import { toHit, type PagefindData, type SearchHit } from './result.ts';

export interface PageRecord {
  /** URL relative to the site root, as Pagefind stores it. */
  u: string;
  t: string;
  k: SearchHit['kind'];
  i?: string;
  y?: string;
  v?: string;
  d?: string;
  a?: string[];
  p?: string;
  x?: string;
}

/** Folder inside the Pagefind output. */
export const RECORDS_DIR = 'atlas-records';

/** Page ids look like `en_1b5ca56` / `zh-cn_135e173`. */
export function splitId(id: string): { language: string; hash: string } {
  const at = id.lastIndexOf('_');
  return { language: id.slice(0, at), hash: id.slice(at + 1) };
}

/** Hex digits a shard key takes: none up to 120 pages, then enough for about a dozen records per shard. */
export function shardLength(pages: number): number {
  return pages <= 120 ? 0 : Math.ceil(Math.log(pages / 12) / Math.log(16));
}

/** File name (without folder) holding a page's record: `en.json` or `en-3f.json`. */
export function recordFile(id: string, length: number): string {
  const { language, hash } = splitId(id);
  return length === 0 ? `${language}.json` : `${language}-${hash.slice(0, length)}.json`;
}

export function toRecord(data: PagefindData): PageRecord {
  const h = toHit(data);
  const r: PageRecord = { u: h.url, t: h.name, k: h.kind };
  if (h.kind === 'model') r.i = h.id;
  if (h.year) r.y = h.year;
  if (h.venue) r.v = h.venue;
  if (h.directions) r.d = h.directions;
  if (h.aliases.length > 0) r.a = h.aliases;
  if (h.paper) r.p = h.paper;
  if (h.arxiv) r.x = h.arxiv;
  return r;
}

/** A hit without excerpt from a record; `url` joined to the site base. */
export function recordHit(r: PageRecord, base: string): SearchHit {
  const url = `${base.replace(/\/?$/, '/')}${r.u.replace(/^\//, '')}`;
  return {
    id: r.i ?? url,
    url,
    name: r.t,
    kind: r.k,
    ...(r.y ? { year: r.y } : {}),
    ...(r.v ? { venue: r.v } : {}),
    ...(r.d ? { directions: r.d } : {}),
    aliases: r.a ?? [],
    ...(r.p ? { paper: r.p } : {}),
    ...(r.x ? { arxiv: r.x } : {}),
    excerpt: [],
  };
}

/**
 * The record files for a set of pages: per language either one `<lang>.json` with all records, or a
 * `<lang>.json` that only says how long shard keys are, plus the shards.
 */
export function recordFiles(pages: ReadonlyArray<{ id: string; data: PagefindData }>): Map<string, unknown> {
  const byLanguage = new Map<string, Array<{ id: string; data: PagefindData }>>();
  for (const p of pages) {
    const { language } = splitId(p.id);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), p]);
  }
  const files = new Map<string, unknown>();
  for (const [language, list] of byLanguage) {
    const length = shardLength(list.length);
    if (length > 0) files.set(`${language}.json`, { shards: length });
    for (const p of [...list].sort((a, b) => a.id.localeCompare(b.id))) {
      const name = recordFile(p.id, length);
      const file = (files.get(name) as Record<string, PageRecord> | undefined) ?? {};
      file[p.id] = toRecord(p.data);
      files.set(name, file);
    }
  }
  return files;
}
