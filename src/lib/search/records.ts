/**
 * Compact search side files written next to the Pagefind bundle at build time, per language:
 * - page records (name, kind, year, venue, directions, aliases, paper, arXiv id) keyed by Pagefind's page id,
 *   so suggestions never fetch Pagefind's fragments, which carry the whole page text (~5 KB each);
 * - an exact-name table (normalised name, alias, paper title or arXiv id → pages), so exact matches come
 *   first whatever Pagefind's ranking says.
 * Small sites get one `<lang>.json`; large ones a head file naming the shard key lengths, plus shards
 * (records by the page hash, names by a hash of the name).
 */
import { searchTerm } from './query.ts';
import { queryKey, toHit, type PagefindData, type SearchHit } from './result.ts';

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

/** Pages a normalised name points at, with how it names them: 0 name, 1 alias, 2 paper title or arXiv id. */
export type ExactTable = Record<string, Array<[id: string, tier: number]>>;

/**
 * `<lang>.json`: the shard key lengths, and the records themselves when they are not sharded (the exact
 * table is then derived from them in the browser, see exactTable) or the exact table when only it is not.
 */
export interface RecordsHead {
  r?: Record<string, PageRecord>;
  e?: ExactTable;
  rs: number;
  es: number;
}

/** Folder inside the Pagefind output. */
export const RECORDS_DIR = 'atlas-records';

/** Page ids look like `en_1b5ca56` / `zh-cn_135e173`. */
export function splitId(id: string): { language: string; hash: string } {
  const at = id.lastIndexOf('_');
  return { language: id.slice(0, at), hash: id.slice(at + 1) };
}

/** Hex digits of a shard key: none up to `perShard` × 10 items, then enough for about `perShard` items a shard. */
export function shardLength(items: number, perShard: number): number {
  return items <= perShard * 10 ? 0 : Math.ceil(Math.log(items / perShard) / Math.log(16));
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: the same in Node and the browser. */
export function keyHash(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** File (inside RECORDS_DIR) holding a page's record when record shard keys are `length` long. */
export function recordFile(id: string, length: number): string {
  const { language, hash } = splitId(id);
  return `${language}-r${hash.slice(0, length)}.json`;
}

/** File holding a normalised name's entry when exact-table shard keys are `length` long. */
export function exactFile(language: string, key: string, length: number): string {
  return `${language}-e${keyHash(key).slice(0, length)}.json`;
}

/** The key a query or a name is looked up by: normalised, an arXiv reference reduced to its id. */
export function exactKey(text: string): string {
  return queryKey(searchTerm(text));
}

/** A page's compact search record (the results page's shards) from its Pagefind data. */
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

/** Normalised names of a page and how they name it. */
export function exactKeys(r: PageRecord): Array<[key: string, tier: number]> {
  const keys: Array<[string, number]> = [
    [exactKey(r.t), 0],
    ...(r.a ?? []).map((a): [string, number] => [exactKey(a), 1]),
  ];
  if (r.p) keys.push([exactKey(r.p), 2]);
  if (r.x) keys.push([exactKey(r.x), 2]);
  return keys.filter(([k]) => k.length > 0);
}

/** The exact table of a set of records. */
export function exactTable(records: Iterable<[id: string, record: PageRecord]>): ExactTable {
  const exact: ExactTable = {};
  for (const [id, record] of records) {
    for (const [key, tier] of exactKeys(record)) {
      const entries = (exact[key] ??= []);
      const known = entries.find(([other]) => other === id);
      if (!known) entries.push([id, tier]);
      else known[1] = Math.min(known[1], tier);
    }
  }
  return exact;
}

/** Every side file, by name, for a set of pages (their Pagefind ids and fragment data). */
export function recordFiles(pages: ReadonlyArray<{ id: string; data: PagefindData }>): Map<string, unknown> {
  const byLanguage = new Map<string, Array<{ id: string; record: PageRecord }>>();
  for (const p of [...pages].sort((a, b) => a.id.localeCompare(b.id))) {
    const { language } = splitId(p.id);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), { id: p.id, record: toRecord(p.data) }]);
  }
  const files = new Map<string, unknown>();
  const put = <T>(name: string, key: string, value: T, merge: (old: T | undefined, value: T) => T) => {
    const file = (files.get(name) as Record<string, T> | undefined) ?? {};
    file[key] = merge(file[key], value);
    files.set(name, file);
  };
  for (const [language, list] of byLanguage) {
    const exact = exactTable(list.map(({ id, record }): [string, PageRecord] => [id, record]));
    const rs = shardLength(list.length, 12);
    const es = rs === 0 ? 0 : shardLength(Object.keys(exact).length, 40);
    const head: RecordsHead = { rs, es };
    if (rs === 0) head.r = Object.fromEntries(list.map(({ id, record }) => [id, record]));
    else for (const { id, record } of list) put(recordFile(id, rs), id, record, (_, v) => v);
    if (rs > 0 && es === 0) head.e = exact;
    else if (es > 0)
      for (const [key, entries] of Object.entries(exact)) put(exactFile(language, key, es), key, entries, (_, v) => v);
    files.set(`${language}.json`, head);
  }
  return files;
}
