// The search page's URL state: parsing, writing back, and the Pagefind call it becomes.
import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  parseState,
  searchTerm,
  stateToParams,
  worthSearching,
  MAX_QUERY_LENGTH,
} from '../../../src/lib/search/query.ts';

const parse = (qs: string) => parseState(new URLSearchParams(qs));

describe('parseState', () => {
  it('reads the query, checkbox filters, year range and sort', () => {
    expect(
      parse('q=resnet&direction=classification&direction=lightweight&code=official&from=2014&to=2016&sort=newest'),
    ).toEqual({
      q: 'resnet',
      filters: { direction: ['classification', 'lightweight'], code: ['official'] },
      from: 2014,
      to: 2016,
      sort: 'newest',
    });
  });

  it('ignores unknown keys, bad years and sorts, and duplicate values', () => {
    expect(parse('q=a&foo=bar&from=20x4&sort=random&tier=full&tier=full&year=2015')).toEqual({
      q: 'a',
      filters: { tier: ['full'] },
      sort: 'relevance',
    });
  });

  it('swaps a reversed year range', () => {
    expect(parse('from=2018&to=2012')).toMatchObject({ from: 2012, to: 2018 });
  });

  it('keeps markup in the query as plain text', () => {
    expect(parse(`q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`).q).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('cleanQuery', () => {
  it('trims, folds white space, drops control characters and clips', () => {
    expect(cleanQuery('  Going\n deeper\u0000  ')).toBe('Going deeper');
    expect(cleanQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('worthSearching', () => {
  it('waits for two Latin characters but not for Chinese ones', () => {
    expect(worthSearching('r')).toBe(false);
    expect(worthSearching('re')).toBe(true);
    expect(worthSearching('残')).toBe(true);
  });
});

describe('searchTerm', () => {
  it('reduces arXiv references to the bare id', () => {
    expect(searchTerm('arXiv:1512.03385v2')).toBe('1512.03385');
    expect(searchTerm('https://arxiv.org/abs/1409.4842')).toBe('1409.4842');
    expect(searchTerm('https://arxiv.org/pdf/1409.4842v3.pdf')).toBe('1409.4842');
    expect(searchTerm('Kaiming He')).toBe('Kaiming He');
  });
});

describe('stateToParams', () => {
  it('round-trips and leaves out defaults', () => {
    const qs = 'q=face+detection&direction=face-detection&decade=2010&from=2014&sort=oldest';
    expect(stateToParams(parse(qs)).toString()).toBe(qs);
    expect(stateToParams(parse('q=x&sort=relevance')).toString()).toBe('q=x');
  });
});
