/**
 * Loads this build's Pagefind bundle on first use and runs searches, returning display-ready hits.
 * The bundle path comes from the page (`data-search-bundle`, built with withBase), so any base path works;
 * nothing here imports the i18n modules, which would pull the content schema into the browser.
 */
import { searchTerm } from '../lib/search/query.ts';
import { RECORDS_DIR, recordFile, recordHit, splitId, type PageRecord } from '../lib/search/records.ts';
import { exactness, toHit, type PagefindData, type SearchHit } from '../lib/search/result.ts';

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
  metaWeights: { title: 10, aliases: 8, terms: 8, arxiv: 6, paper: 4, authors: 4, directions: 2, venue: 1, year: 1, id: 0, kind: 0 },
};

/** Results among which exact name, alias, paper-title and arXiv-id matches are moved to the top. */
const EXACT_WINDOW = 24;

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

// ── page records (search/records.ts) ──────────────────────────────────────────────────────────────────

const files = new Map<string, Promise<Record<string, PageRecord | number> | null>>();

function recordsFile(name: string): Promise<Record<string, PageRecord | number> | null> {
  let file = files.get(name);
  if (!file) {
    file = fetch(`${locations().bundle}${RECORDS_DIR}/${name}`)
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, PageRecord | number>>) : null))
      .catch(() => null);
    files.set(name, file);
  }
  return file;
}

/** Records of some pages; pages whose record cannot be had are left out (callers fall back to fragments). */
async function recordsFor(ids: readonly string[]): Promise<Map<string, PageRecord>> {
  const out = new Map<string, PageRecord>();
  const languages = [...new Set(ids.map((id) => splitId(id).language))];
  const lengths = new Map<string, number>();
  await Promise.all(
    languages.map(async (language) => {
      const head = await recordsFile(`${language}.json`);
      lengths.set(language, typeof head?.shards === 'number' ? head.shards : 0);
    }),
  );
  const names = [...new Set(ids.map((id) => recordFile(id, lengths.get(splitId(id).language) ?? 0)))];
  const loaded = new Map(await Promise.all(names.map(async (n) => [n, await recordsFile(n)] as const)));
  for (const id of ids) {
    const record = loaded.get(recordFile(id, lengths.get(splitId(id).language) ?? 0))?.[id];
    if (record && typeof record === 'object') out.set(id, record);
  }
  return out;
}

/** Stable reorder of the first results: exact name, then alias, then paper title or arXiv id matches first. */
function exactFirst(term: string, results: PagefindResult[], records: Map<string, PageRecord>, base: string): PagefindResult[] {
  const head = results.slice(0, EXACT_WINDOW).map((r, i) => {
    const record = records.get(r.id);
    return { r, i, e: record ? exactness(term, recordHit(record, base)) : 3 };
  });
  head.sort((a, b) => a.e - b.e || a.i - b.i);
  return [...head.map((x) => x.r), ...results.slice(EXACT_WINDOW)];
}

// ── searches ───────────────────────────────────────────────────────────────────────────────────────────

/** Suggestions: hits from the page records (no page text is fetched), exact matches first. Null when stale. */
export async function suggest(term: string, count: number, isCurrent: () => boolean = () => true): Promise<{ total: number; hits: SearchHit[] } | null> {
  const api = await loadEngine();
  const response = await api.search(searchTerm(term));
  if (!isCurrent()) return null;
  const results = response?.results ?? [];
  const { base } = locations();
  const records = await recordsFor(results.slice(0, EXACT_WINDOW).map((r) => r.id));
  if (!isCurrent()) return null;
  const top = exactFirst(term, results, records, base).slice(0, count);
  const hits = await Promise.all(top.map(async (r) => {
    const record = records.get(r.id);
    return record ? recordHit(record, base) : toHit(await r.data());
  }));
  return isCurrent() ? { total: results.length, hits } : null;
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
export async function search(term: string | null, options: SearchOptions, count: number, isCurrent: () => boolean = () => true): Promise<SearchPage | null> {
  const api = await loadEngine();
  const response = await api.search(term === null ? null : searchTerm(term), options);
  if (!isCurrent()) return null;
  let results = response?.results ?? [];
  if (term && Object.keys(options.sort ?? {}).length === 0) {
    const records = await recordsFor(results.slice(0, EXACT_WINDOW).map((r) => r.id));
    if (!isCurrent()) return null;
    results = exactFirst(term, results, records, locations().base);
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
