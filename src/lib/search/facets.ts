/**
 * What a model page hands the search index: filter values, the year sort key and the metadata a result shows.
 * Type-only imports from the schema: the browser scripts import this module and must not pull in Zod.
 */
import type { Direction, ModelFacts } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';

/** Filters every model page carries, in the order the search page shows them. */
export const FILTER_KEYS = ['direction', 'decade', 'year', 'venue', 'code', 'tier'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Record<FilterKey, string[]>;

/** Sort keys: `year` is year and month as one number (201512), so months order within a year; `name` orders filter-only lists. */
export const SORT_KEYS = ['year', 'name'] as const;

/** Separator between aliases in the `aliases` metadata field. */
export const ALIAS_SEPARATOR = ' · ';

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

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Chinese text split into words the way the browser splits a query (Intl.Segmenter), space-separated.
 * Pagefind keeps a metadata value's words as written; a query like 人脸检测 arrives as 人 脸 检测 and only
 * matches metadata split the same way.
 */
export function segmentChinese(text: string): string {
  const words = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
  return words.join(' ');
}

export interface SearchRecord {
  filters: FilterValues;
  sort: Record<(typeof SORT_KEYS)[number], string>;
  /** Shown in results and searched (Pagefind searches metadata): the same names in both languages. */
  meta: Record<string, string>;
}

/** The index record of one model page in one language. */
export function modelSearchRecord(facts: ModelFacts, directions: readonly Direction[], locale: Locale): SearchRecord {
  const names = new Map(directions.map((d) => [d.id, d.name[locale]]));
  const meta: Record<string, string> = {
    kind: 'model',
    id: facts.id,
    year: String(facts.year),
    venue: facts.venue,
    directions: facts.directions.map((d) => names.get(d) ?? d).join(ALIAS_SEPARATOR),
    authors: facts.authors.join(', '),
    paper: facts.paper.title,
  };
  if (facts.aliases.length > 0) meta.aliases = facts.aliases.join(ALIAS_SEPARATOR);
  if (facts.paper.arxiv) meta.arxiv = facts.paper.arxiv;
  if (locale === 'zh-CN') {
    const chinese = [...facts.aliases, ...facts.directions.map((d) => names.get(d) ?? '')].filter((text) =>
      CJK.test(text),
    );
    if (chinese.length > 0) meta.terms = chinese.map(segmentChinese).join(' · ');
  }
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
    meta,
  };
}
