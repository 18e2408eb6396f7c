/**
 * Interface text for the search scripts, rendered at build time from strings.ts into plain templates, so
 * the browser never loads the whole string table. `{n}`, `{m}` and `{q}` stand for numbers and the query.
 */
import type { Locale } from '../i18n/locales.ts';
import { searchStrings } from '../i18n/strings/search.ts';
import { ui } from '../i18n/strings/site.ts';
import type { WhyLabels } from './explain.ts';

/** One message in the plural forms the atlas uses (0, 1, more); languages without plurals repeat it. */
export interface Plural {
  zero: string;
  one: string;
  other: string;
}

export interface SearchMessages {
  suggestionCount: Plural;
  all: string;
  resultsFor: Plural;
  resultsFiltered: Plural;
  showing: string;
  prompt: string;
  /** Shown while the first pass is on screen and the prose is still loading. */
  loading: string;
  noResultsHint: string;
  needsBuild: string;
  unavailable: string;
  indexLink: string;
  resultPage: string;
  resultDirection: string;
  resultPlanned: string;
  resultMethod: string;
  resultBenchmark: string;
  aliases: string;
  /** Labels of the line saying why a result matched, and what follows a label (": " or "："). */
  why: WhyLabels;
  labelEnd: string;
  didYouMean: string;
}

// Values no real message contains, replaced by placeholders after rendering.
const N = 918273645;
const M = 546372819;
const Q = '\u{F8FF}Q\u{F8FF}';

const placeholders = (text: string) =>
  text.replaceAll(String(N), '{n}').replaceAll(String(M), '{m}').replaceAll(Q, '{q}');

function plural(message: (n: number, q: string) => string): Plural {
  return { zero: placeholders(message(0, Q)), one: placeholders(message(1, Q)), other: placeholders(message(N, Q)) };
}

/**
 * What the header box needs. Every page carries only the three it must be able to show when the index cannot
 * load; the rest come with the index, as one small file per language fetched on the box's first focus
 * (src/pages/[lang]/search-box.json.ts): inline they were 0.5 KB gzip and 1.5 KB raw of every page (issue 27).
 */
export const BOX_INLINE_MESSAGES = ['needsBuild', 'unavailable', 'indexLink'] as const;
export const BOX_FETCHED_MESSAGES = [
  'suggestionCount',
  'all',
  'resultPage',
  'resultDirection',
  'resultPlanned',
  'resultMethod',
  'resultBenchmark',
  'aliases',
  'why',
  'labelEnd',
  'didYouMean',
] as const;
export type BoxInlineMessages = Pick<SearchMessages, (typeof BOX_INLINE_MESSAGES)[number]>;
export type BoxFetchedMessages = Pick<SearchMessages, (typeof BOX_FETCHED_MESSAGES)[number]>;
export type BoxMessages = BoxInlineMessages & BoxFetchedMessages;

function pick<K extends keyof SearchMessages>(locale: Locale, keys: readonly K[]): Pick<SearchMessages, K> {
  const all = searchMessages(locale);
  return Object.fromEntries(keys.map((k) => [k, all[k]])) as Pick<SearchMessages, K>;
}

/** The header box's messages a page carries (shown when the index cannot load). */
export const boxInlineMessages = (locale: Locale): BoxInlineMessages => pick(locale, BOX_INLINE_MESSAGES);

/** The header box's messages fetched with the index. */
export const boxFetchedMessages = (locale: Locale): BoxFetchedMessages => pick(locale, BOX_FETCHED_MESSAGES);

/** Every message of the search page's script, taken from the site's strings (handed over as JSON). */
export function searchMessages(locale: Locale): SearchMessages {
  const t = ui(locale);
  const s = searchStrings(locale);
  return {
    suggestionCount: plural((n) => t.searchSuggestionCount(n)),
    all: placeholders(t.searchAll(Q)),
    resultsFor: plural(t.searchResultsFor),
    resultsFiltered: plural((n) => t.searchResultsFiltered(n)),
    showing: placeholders(t.searchShowing(N, M)),
    prompt: t.searchPrompt,
    loading: t.searchLoading,
    noResultsHint: t.searchNoResultsHint,
    needsBuild: t.searchNeedsBuild,
    unavailable: t.searchUnavailable,
    indexLink: t.searchNoJsLink,
    resultPage: t.resultPage,
    resultDirection: t.resultDirection,
    resultPlanned: s.resultPlanned,
    resultMethod: t.resultMethod,
    resultBenchmark: t.resultBenchmark,
    aliases: t.aliases,
    why: {
      alias: t.aliases,
      arxiv: s.whyArxiv,
      title: s.whyPaper,
      author: s.whyAuthors,
      achievement: s.whyAchievement,
      method: s.whyMethod,
      direction: s.whyDirection,
      lineage: s.whyLineage,
      benchmark: s.whyBenchmark,
      venue: s.whyVenue,
      year: t.year,
    },
    labelEnd: locale === 'zh-CN' ? '：' : ': ',
    didYouMean: placeholders(s.didYouMean(Q)),
  };
}

/** Fills a template: the plural form for `n`, then the numbers and the query (as text, never as markup). */
export function format(message: Plural | string, values: { n?: number; m?: number; q?: string } = {}): string {
  const text =
    typeof message === 'string'
      ? message
      : values.n === 0
        ? message.zero
        : values.n === 1
          ? message.one
          : message.other;
  return text.replace(/\{([nmq])\}/g, (whole, key: 'n' | 'm' | 'q') =>
    values[key] === undefined ? whole : String(values[key]),
  );
}

/** Reads the messages a page carries in a data attribute. */
export function readMessages<T extends Partial<SearchMessages> = SearchMessages>(json: string | undefined): T {
  return JSON.parse(json ?? '{}') as T;
}
