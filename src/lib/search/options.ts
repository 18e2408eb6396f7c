/** The filter choices the search page offers, derived from the same records the index is built from. */
import type { Direction, ModelFacts } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { FILTER_KEYS, modelSearchRecord, type FilterKey } from './facets.ts';

export interface FilterOption {
  value: string;
  label: string;
  /** Models with this value in the whole atlas (the page shows live counts once search runs). */
  count: number;
}

export type FilterOptions = Record<FilterKey, FilterOption[]>;

export interface OptionLabels {
  decade: (decade: string) => string;
  venue: (series: string) => string;
  code: (value: string) => string;
  tier: (value: string) => string;
}

/** Every value each filter can take, labelled in the page's language and in a reading order. */
export function filterOptions(
  models: readonly ModelFacts[],
  directions: readonly Direction[],
  locale: Locale,
  labels: OptionLabels,
): FilterOptions {
  const counts = Object.fromEntries(FILTER_KEYS.map((k) => [k, new Map<string, number>()])) as Record<
    FilterKey,
    Map<string, number>
  >;
  for (const m of models) {
    const { filters } = modelSearchRecord(m, directions, locale);
    for (const key of FILTER_KEYS) for (const v of filters[key]) counts[key].set(v, (counts[key].get(v) ?? 0) + 1);
  }
  const list = (key: FilterKey, label: (v: string) => string, order: (a: FilterOption, b: FilterOption) => number) =>
    [...counts[key]].map(([value, count]) => ({ value, label: label(value), count })).sort(order);
  const byValue = (a: FilterOption, b: FilterOption) => a.value.localeCompare(b.value, 'en', { numeric: true });
  const directionOrder = new Map(directions.map((d) => [d.id, d.order]));
  const directionName = new Map(directions.map((d) => [d.id, d.name[locale]]));
  const fixed = (values: string[]) => (a: FilterOption, b: FilterOption) =>
    values.indexOf(a.value) - values.indexOf(b.value);
  return {
    direction: list(
      'direction',
      (v) => directionName.get(v) ?? v,
      (a, b) => (directionOrder.get(a.value) ?? 0) - (directionOrder.get(b.value) ?? 0),
    ),
    decade: list('decade', labels.decade, byValue),
    year: list('year', String, byValue),
    venue: list('venue', labels.venue, (a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en')),
    code: list('code', labels.code, fixed(['official', 'none'])),
    tier: list('tier', labels.tier, fixed(['full', 'brief'])),
  };
}
