/** Loads this build's Pagefind bundle on first use and runs searches, returning display-ready hits. */
import { withBase } from '../lib/i18n/routes.ts';
import { searchTerm } from '../lib/search/query.ts';
import { rankExactFirst, toHit, type PagefindData, type SearchHit } from '../lib/search/result.ts';

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
 * Ranking: exact names and aliases first. Metadata matches add to the body score (title is the model
 * name); aliases weigh almost as much as the name, then arXiv id, paper title and authors.
 */
const RANKING = {
  metaWeights: { title: 10, aliases: 8, terms: 8, arxiv: 6, paper: 4, authors: 4, directions: 2, venue: 1, year: 1, id: 0, kind: 0 },
};

/** Thrown when the bundle cannot be loaded; `needsBuild` under `astro dev`, where no index is built. */
export class SearchUnavailable extends Error {
  readonly needsBuild: boolean;
  constructor(cause: unknown) {
    super(`search bundle unavailable: ${String(cause)}`);
    this.needsBuild = import.meta.env.DEV;
  }
}

let engine: Promise<PagefindApi> | undefined;

/** Starts loading the bundle (once) and resolves when it can search. */
export function loadEngine(): Promise<PagefindApi> {
  engine ??= (async () => {
    const bundle = withBase(import.meta.env.BASE_URL, 'pagefind/');
    let api: PagefindApi;
    try {
      api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
    } catch (error) {
      engine = undefined;
      throw new SearchUnavailable(error);
    }
    // No worker: one request less (the worker repeats the bundle) and the index is small enough for the main thread.
    await api.options({ basePath: bundle, baseUrl: import.meta.env.BASE_URL, excerptLength: 24, noWorker: true, ranking: RANKING });
    await api.init();
    return api;
  })();
  return engine;
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
 * Runs one search and loads the first `count` hits. With a query and no explicit sort, exact name, alias,
 * paper-title and arXiv-id matches among those hits come first.
 */
export async function search(term: string | null, options: SearchOptions, count: number): Promise<SearchPage> {
  const api = await loadEngine();
  const response = await api.search(term === null ? null : searchTerm(term), options);
  const results = response?.results ?? [];
  let next = 0;
  const take = async (n: number) => {
    const slice = results.slice(next, next + n);
    next += slice.length;
    return (await Promise.all(slice.map((r) => r.data()))).map(toHit);
  };
  let hits = await take(count);
  if (term && Object.keys(options.sort ?? {}).length === 0) hits = rankExactFirst(term, hits);
  return { total: results.length, hits, filters: response?.filters ?? {}, more: take };
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
