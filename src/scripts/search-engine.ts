/**
 * Loads this build's Pagefind bundle on first use and runs searches, returning display-ready hits.
 * The bundle path comes from the page (`data-search-bundle`, built with withBase), so any base path works.
 */
import { searchTerm } from '../lib/search/query.ts';
import {
  exactFile,
  exactKey,
  exactTable,
  RECORDS_DIR,
  recordFile,
  recordHit,
  splitId,
  type ExactTable,
  type PageRecord,
  type RecordsHead,
} from '../lib/search/records.ts';
import { toHit, type PagefindData, type SearchHit } from '../lib/search/result.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
export interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/**
 * Ranking: metadata matches add to the body score. The name (title) weighs most, aliases and their
 * word-split Chinese copy (terms) almost as much, then arXiv id, paper title and authors.
 */
const RANKING = {
  metaWeights: {
    title: 10,
    aliases: 8,
    terms: 8,
    arxiv: 6,
    paper: 4,
    authors: 4,
    directions: 2,
    venue: 1,
    year: 1,
    id: 0,
    kind: 0,
  },
};

/** Thrown when the bundle cannot be loaded; `needsBuild` under `astro dev`, where no index is built. */
export class SearchUnavailable extends Error {
  readonly needsBuild: boolean;
  constructor(cause: unknown) {
    super(`search bundle unavailable: ${String(cause)}`);
    this.needsBuild = import.meta.env.DEV;
  }
}

/** The bundle folder and the site base, from the element that carries them (the header search form). */
function locations(): { bundle: string; base: string } {
  const carrier = document.querySelector<HTMLElement>('[data-search-bundle]');
  return { bundle: carrier?.dataset.searchBundle ?? '/pagefind/', base: carrier?.dataset.searchBase ?? '/' };
}

let engine: Promise<PagefindApi> | undefined;

/** Starts loading the bundle (once) and resolves when it can search. */
export function loadEngine(): Promise<PagefindApi> {
  engine ??= (async () => {
    const { bundle, base } = locations();
    let api: PagefindApi;
    try {
      api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
    } catch (error) {
      engine = undefined;
      throw new SearchUnavailable(error);
    }
    // No worker: one request less (the worker repeats the bundle) and the index is small enough for the main thread.
    await api.options({ basePath: bundle, baseUrl: base, excerptLength: 24, noWorker: true, ranking: RANKING });
    await api.init();
    return api;
  })();
  return engine;
}

// ── side files: page records and the exact-name table (search/records.ts) ───────────────────────────────

const files = new Map<string, Promise<unknown>>();

function sideFile<T>(name: string): Promise<T | null> {
  let file = files.get(name);
  if (!file) {
    file = fetch(`${locations().bundle}${RECORDS_DIR}/${name}`)
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null);
    files.set(name, file);
  }
  return file as Promise<T | null>;
}

const head = (language: string) => sideFile<RecordsHead>(`${language}.json`);

/** The page language as Pagefind names its index (`en`, `zh-cn`). */
const pageLanguage = () => document.documentElement.lang.toLowerCase();

/** Records of some pages; pages whose record cannot be had are left out (callers fall back to fragments). */
async function recordsFor(ids: readonly string[]): Promise<Map<string, PageRecord>> {
  const out = new Map<string, PageRecord>();
  await Promise.all(
    ids.map(async (id) => {
      const h = await head(splitId(id).language);
      if (!h) return;
      const record = h.r ? h.r[id] : (await sideFile<Record<string, PageRecord>>(recordFile(id, h.rs)))?.[id];
      if (record) out.set(id, record);
    }),
  );
  return out;
}

const derived = new Map<RecordsHead, ExactTable>();

/** Pages the query names exactly, best tier first (0 name, 1 alias, 2 paper title or arXiv id). */
async function exactFor(term: string): Promise<string[]> {
  const key = exactKey(term);
  const language = pageLanguage();
  const h = key ? await head(language) : null;
  if (!h) return [];
  if (h.r && !derived.has(h)) derived.set(h, exactTable(Object.entries(h.r)));
  const table = derived.get(h) ?? h.e;
  const entries = table ? table[key] : (await sideFile<ExactTable>(exactFile(language, key, h.es)))?.[key];
  return [...(entries ?? [])].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

/** Stable reorder: results the query names exactly first, in the table's order. */
function exactFirst(results: PagefindResult[], exact: readonly string[]): PagefindResult[] {
  const rank = new Map(exact.map((id, i) => [id, i]));
  return results
    .map((r, i) => ({ r, i, e: rank.get(r.id) ?? Infinity }))
    .sort((a, b) => a.e - b.e || a.i - b.i)
    .map((x) => x.r);
}

// ── searches ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * Suggestions: pages the query names exactly, then Pagefind's results; shown from the page records, so no
 * page text is fetched. Null when `isCurrent` says a newer search has started.
 */
export async function suggest(
  term: string,
  count: number,
  isCurrent: () => boolean = () => true,
): Promise<{ total: number; hits: SearchHit[] } | null> {
  const api = await loadEngine();
  const [response, exact] = await Promise.all([api.search(searchTerm(term)), exactFor(term)]);
  if (!isCurrent()) return null;
  const results = response?.results ?? [];
  const byId = new Map(results.map((r) => [r.id, r]));
  const all = [...new Set([...exact, ...results.map((r) => r.id)])];
  const ids = all.slice(0, count);
  const records = await recordsFor(ids);
  if (!isCurrent()) return null;
  const { base } = locations();
  const hits = await Promise.all(
    ids.map(async (id) => {
      const record = records.get(id);
      if (record) return recordHit(record, base);
      const result = byId.get(id);
      return result ? toHit(await result.data()) : null;
    }),
  );
  return isCurrent() ? { total: all.length, hits: hits.filter((h): h is SearchHit => h !== null) } : null;
}

export interface SearchPage {
  /** Results found (before paging). */
  total: number;
  hits: SearchHit[];
  /** Filter value counts within the results, as Pagefind reports them. */
  filters: FilterCounts;
  /** Loads the next `count` hits, in order. */
  more: (count: number) => Promise<SearchHit[]>;
}

/**
 * Runs one search and loads the first `count` hits with excerpts. With a query and no explicit sort, exact
 * name, alias, paper-title and arXiv-id matches come first. Null when `isCurrent` says a newer search has started.
 */
export async function search(
  term: string | null,
  options: SearchOptions,
  count: number,
  isCurrent: () => boolean = () => true,
): Promise<SearchPage | null> {
  const api = await loadEngine();
  const response = await api.search(term === null ? null : searchTerm(term), options);
  if (!isCurrent()) return null;
  let results = response?.results ?? [];
  if (term && Object.keys(options.sort ?? {}).length === 0) {
    const exact = await exactFor(term);
    if (!isCurrent()) return null;
    results = exactFirst(results, exact);
  }
  let next = 0;
  const take = async (n: number) => {
    const slice = results.slice(next, next + n);
    next += slice.length;
    return (await Promise.all(slice.map((r) => r.data()))).map(toHit);
  };
  const hits = await take(count);
  return isCurrent() ? { total: results.length, hits, filters: response?.filters ?? {}, more: take } : null;
}

let filtersLoaded: Promise<unknown> | undefined;

/** Loads the filter index (once): Pagefind reports filter counts only after it has. */
export async function loadFilters(): Promise<void> {
  const api = await loadEngine();
  filtersLoaded ??= api.filters();
  await filtersLoaded;
}

/** Filter value counts for a search, without loading any result. */
export async function filterCounts(term: string | null, options: SearchOptions): Promise<FilterCounts> {
  const api = await loadEngine();
  await loadFilters();
  return (await api.search(term === null ? null : searchTerm(term), options))?.filters ?? {};
}

/** Fetches the index chunks for a query while the user is still typing. */
export function preload(term: string): void {
  void loadEngine()
    .then((api) => api.preload(searchTerm(term)))
    .catch(() => undefined);
}
