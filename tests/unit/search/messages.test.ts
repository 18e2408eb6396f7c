// Search messages rendered at build time into templates, and filled in the browser.
import { describe, expect, it } from 'vitest';
import { searchStrings } from '../../../src/lib/i18n/strings/search.ts';
import { ui } from '../../../src/lib/i18n/strings/site.ts';
import {
  BOX_FETCHED_MESSAGES,
  BOX_INLINE_MESSAGES,
  boxFetchedMessages,
  boxInlineMessages,
  format,
  searchMessages,
} from '../../../src/lib/search/messages.ts';

describe('search messages', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    const t = ui(locale);
    const m = searchMessages(locale);

    it(`render the same text as the string table (${locale})`, () => {
      for (const n of [0, 1, 2, 37]) {
        expect(format(m.resultsFor, { n, q: 'ResNet' })).toBe(t.searchResultsFor(n, 'ResNet'));
        expect(format(m.resultsFiltered, { n })).toBe(t.searchResultsFiltered(n));
        expect(format(m.suggestionCount, { n })).toBe(t.searchSuggestionCount(n));
      }
      expect(format(m.showing, { n: 10, m: 34 })).toBe(t.searchShowing(10, 34));
      expect(format(m.all, { q: '残差' })).toBe(t.searchAll('残差'));
      expect(format(m.didYouMean, { q: 'ResNet' })).toBe(searchStrings(locale).didYouMean('ResNet'));
    });

    it(`label every field a why-line can name (${locale})`, () => {
      for (const label of Object.values(m.why)) expect(label.trim().length).toBeGreaterThan(0);
    });

    it(`put on every page only what the box shows when the index cannot load (${locale})`, () => {
      expect(Object.keys(boxInlineMessages(locale)).sort()).toEqual(['indexLink', 'needsBuild', 'unavailable']);
      expect(Object.keys(boxFetchedMessages(locale)).sort()).toEqual([...BOX_FETCHED_MESSAGES].sort());
      expect(BOX_FETCHED_MESSAGES.filter((k) => (BOX_INLINE_MESSAGES as readonly string[]).includes(k))).toEqual([]);
    });
  }

  it('insert the query once, as given, even when it looks like a placeholder', () => {
    const m = searchMessages('en');
    expect(format(m.resultsFor, { n: 2, q: '{n} <b>{q}</b>' })).toBe('2 results for “{n} <b>{q}</b>”');
  });
});
