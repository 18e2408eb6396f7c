/**
 * A model's facets: the filter values the search page offers, its sort keys, and how its lines are named.
 * Type-only imports from the schema: the browser scripts import this module and must not pull in Zod.
 */
import type { Direction, ModelFacts } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';

/** Filters every model page carries, in the order the search page shows them. */
export const FILTER_KEYS = ['direction', 'decade', 'year', 'venue', 'code', 'tier'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Record<FilterKey, string[]>;

/** Separator between the names of a model's lines. */
export const NAME_SEPARATOR = ' · ';

/** Venue kinds that have no series name of their own; the search page labels them per language. */
export const GENERIC_VENUES = ['preprint', 'report', 'thesis'] as const;
type VenueType = ModelFacts['venue_type'];

/** Series names that changed: the filter groups both spellings under the current one. */
const RENAMED: Record<string, string> = { NIPS: 'NeurIPS' };

/** "2015" → "2010". */
export function decadeOf(year: number): string {
  return String(Math.floor(year / 10) * 10);
}

/**
 * The venue series a filter groups by, without year, volume or report number:
 * "CVPR 2016" → "CVPR", "NIPS 2012" → "NeurIPS", "IEEE Signal Processing Letters, vol. 25, no. 7" → "IEEE Signal Processing Letters".
 * Preprints, reports and theses become their kind ("preprint", "report", "thesis").
 */
export function venueSeries(venue: string, type: VenueType): string {
  if ((GENERIC_VENUES as readonly string[]).includes(type)) return type;
  const series = venue
    .split(',')[0]!
    .trim()
    .replace(/\s+(?:19|20)\d{2}$/, '')
    .trim();
  return RENAMED[series] ?? (series || venue);
}

export interface SearchRecord {
  filters: FilterValues;
  /** `year` is year and month as one number (201512), so months order within a year; `name` orders A–Z. */
  sort: { year: string; name: string };
  /** The model's lines by name, as a result shows them. */
  directions: string;
}

/** A model's filter values, sort keys and line names in one language. */
export function modelSearchRecord(facts: ModelFacts, directions: readonly Direction[], locale: Locale): SearchRecord {
  const names = new Map(directions.map((d) => [d.id, d.name[locale]]));
  return {
    filters: {
      direction: [...facts.directions],
      decade: [decadeOf(facts.year)],
      year: [String(facts.year)],
      venue: [venueSeries(facts.venue, facts.venue_type)],
      code: [facts.code.some((c) => c.official) ? 'official' : 'none'],
      tier: [facts.tier],
    },
    sort: { year: String(facts.year * 100 + facts.month), name: facts.name.toLowerCase() },
    directions: facts.directions.map((d) => names.get(d) ?? d).join(NAME_SEPARATOR),
  };
}
