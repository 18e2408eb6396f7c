/**
 * The search page's state and its URL: `?q=…&direction=…&decade=…&venue=…&code=…&tier=…&from=…&to=…&sort=…`.
 * Parsing never trusts the URL: unknown keys are dropped, values are plain strings, the query is clipped.
 */
import { FILTER_KEYS, type FilterKey } from './facets.ts';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

/** Filters chosen with checkboxes; years are chosen as a range instead. */
export const CHECKBOX_FILTERS = FILTER_KEYS.filter((k) => k !== 'year');

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  from?: number;
  to?: number;
  sort: Sort;
}

export const MAX_QUERY_LENGTH = 200;

// eslint-disable-next-line no-control-regex -- matching the control characters (C0 and DEL) is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Trims, drops control characters, folds runs of white space and clips a query. */
export function cleanQuery(raw: string): string {
  return raw.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/**
 * The words handed to Pagefind: an arXiv reference in any common form ("arXiv:1512.03385v2",
 * "https://arxiv.org/abs/1512.03385") becomes the bare id the pages carry.
 */
export function searchTerm(query: string): string {
  const arxiv =
    /^(?:arxiv:\s*|https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf)\/)?(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\/?$/i.exec(
      query.trim(),
    );
  return arxiv ? arxiv[1]! : query;
}

/** Suggestions start at two Latin characters (one says little and loads much of the index) or one Chinese one. */
export function worthSearching(query: string): boolean {
  return query.length >= 2 || /[\u3400-\u9fff]/.test(query);
}

function year(raw: string | null): number | undefined {
  if (raw === null || !/^\d{4}$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}

/** Reads the state from a query string. */
export function parseState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of CHECKBOX_FILTERS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter((v) => v.length > 0 && v.length <= 100),
      ),
    ];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort');
  let from = year(params.get('from'));
  let to = year(params.get('to'));
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return {
    q: cleanQuery(params.get('q') ?? ''),
    filters,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'relevance',
  };
}

/** Writes the state as a query string, in a fixed order, leaving out defaults. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of CHECKBOX_FILTERS) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** True when the state selects anything besides the query and the sort. */
export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((v) => v.length > 0) || state.from !== undefined || state.to !== undefined;
}

export interface PagefindQuery {
  /** null runs a filter-only search (Pagefind returns nothing for an empty string). */
  term: string | null;
  options: { filters: Record<string, { any: string[] }>; sort: Record<string, 'asc' | 'desc'> };
}

/**
 * The Pagefind call for a state, or null when there is nothing to search for.
 * Within a filter the values are alternatives (any); across filters all must hold. A year range becomes
 * the list of known years inside it.
 */
export function toPagefindQuery(state: SearchState, knownYears: readonly string[]): PagefindQuery | null {
  const filters: PagefindQuery['options']['filters'] = {};
  for (const [key, values] of Object.entries(state.filters)) if (values.length > 0) filters[key] = { any: [...values] };
  if (state.from !== undefined || state.to !== undefined) {
    const lo = state.from ?? -Infinity;
    const hi = state.to ?? Infinity;
    const years = knownYears.filter((y) => Number(y) >= lo && Number(y) <= hi);
    // A range with no model in it must match nothing, not everything.
    filters.year = { any: years.length > 0 ? years : ['none'] };
  }
  if (!state.q && Object.keys(filters).length === 0 && state.sort === 'relevance') return null;
  // Without a query there is no relevance: filter-only browsing lists models by name.
  const sort: PagefindQuery['options']['sort'] =
    state.sort === 'newest'
      ? { year: 'desc' }
      : state.sort === 'oldest'
        ? { year: 'asc' }
        : state.q
          ? {}
          : { name: 'asc' };
  return { term: state.q ? searchTerm(state.q) : null, options: { filters, sort } };
}
