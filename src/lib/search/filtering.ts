/**
 * Filters, counts and sorts over the facets file (index-files.ts): within a filter the chosen values are
 * alternatives (any), across filters all must hold, a year range keeps the models first public inside it. A
 * filter keeps only models (directions and planned stations have no facets), and so does a sort by year.
 */
import { FILTER_KEYS, type FilterKey } from './facets.ts';
import type { FacetRow, FacetsFile } from './index-files.ts';
import type { SearchState, Sort } from './query.ts';
import { hasFilters } from './query.ts';

export type FilterCounts = Record<string, Record<string, number>>;

type Row = Exclude<FacetRow, 0>;
const yearOf = (row: Row) => Math.floor(row[0] / 100);
const valuesOf = (row: Row, key: FilterKey) => row[2 + FILTER_KEYS.indexOf(key)] as number[];

/** Does a model's row satisfy the state's filters, leaving out the filter `except` (for its own counts)? */
function passes(row: FacetRow, facets: FacetsFile, state: SearchState, except?: FilterKey): row is Row {
  if (row === 0) return false;
  for (const [key, chosen] of Object.entries(state.filters) as Array<[FilterKey, string[]]>) {
    if (key === except || chosen.length === 0) continue;
    const names = valuesOf(row, key).map((i) => facets.values[key][i]);
    if (!names.some((n) => n !== undefined && chosen.includes(n))) return false;
  }
  const year = yearOf(row);
  if (state.from !== undefined && year < state.from) return false;
  if (state.to !== undefined && year > state.to) return false;
  return true;
}

/** The documents that pass the filters, in their order; all of them when nothing is chosen. */
export function applyFilters(docs: readonly number[], facets: FacetsFile, state: SearchState): number[] {
  if (!hasFilters(state)) return [...docs];
  return docs.filter((d) => passes(facets.docs[d] ?? 0, facets, state));
}

/** Documents ordered by the sort: relevance keeps the order, a year sort keeps models only, newest or oldest first. */
export function applySort(docs: readonly number[], facets: FacetsFile, sort: Sort): number[] {
  if (sort === 'relevance') return [...docs];
  const sign = sort === 'newest' ? -1 : 1;
  const rows = docs.filter((d) => facets.docs[d]);
  return rows.sort((a, b) => {
    const ra = facets.docs[a] as Row;
    const rb = facets.docs[b] as Row;
    return sign * (ra[0] - rb[0]) || ra[1] - rb[1];
  });
}

/** Every model, in name order: what filters browse when there is no query. */
export function allModels(facets: FacetsFile): number[] {
  return facets.docs
    .map((row, d) => ({ row, d }))
    .filter((x): x is { row: Row; d: number } => x.row !== 0)
    .sort((a, b) => a.row[1] - b.row[1])
    .map((x) => x.d);
}

/**
 * How many of `docs` each filter value would keep. A filter's own counts ignore its own choices (values of one
 * filter are alternatives, so they show what ticking another would add); the other filters apply.
 */
export function filterCounts(docs: readonly number[], facets: FacetsFile, state: SearchState): FilterCounts {
  const counts: FilterCounts = {};
  for (const key of FILTER_KEYS) {
    const tally: Record<string, number> = {};
    for (const d of docs) {
      const row = facets.docs[d] ?? 0;
      if (!passes(row, facets, state, key)) continue;
      for (const i of valuesOf(row, key)) {
        const name = facets.values[key][i]!;
        tally[name] = (tally[name] ?? 0) + 1;
      }
    }
    counts[key] = tally;
  }
  return counts;
}
