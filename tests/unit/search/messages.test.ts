// Search messages rendered at build time into templates, and filled in the browser.
import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/lib/i18n/strings/site.ts';
import { BOX_MESSAGES, boxMessages, format, searchMessages } from '../../../src/lib/search/messages.ts';

describe('search messages', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    const t = ui(locale);
    const m = searchMessages(t);

    it(`render the same text as the string table (${locale})`, () => {
      for (const n of [0, 1, 2, 37]) {
        expect(format(m.resultsFor, { n, q: 'ResNet' })).toBe(t.searchResultsFor(n, 'ResNet'));
        expect(format(m.resultsFiltered, { n })).toBe(t.searchResultsFiltered(n));
        expect(format(m.suggestionCount, { n })).toBe(t.searchSuggestionCount(n));
      }
      expect(format(m.showing, { n: 10, m: 34 })).toBe(t.searchShowing(10, 34));
      expect(format(m.all, { q: '残差' })).toBe(t.searchAll('残差'));
    });

    it(`keep the header's set small (${locale})`, () => {
      expect(Object.keys(boxMessages(t)).sort()).toEqual([...BOX_MESSAGES].sort());
    });
  }

  it('insert the query once, as given, even when it looks like a placeholder', () => {
    const m = searchMessages(ui('en'));
    expect(format(m.resultsFor, { n: 2, q: '{n} <b>{q}</b>' })).toBe('2 results for “{n} <b>{q}</b>”');
  });
});
