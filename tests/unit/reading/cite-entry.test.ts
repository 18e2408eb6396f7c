import { describe, expect, it } from 'vitest';
import { entryBibtex, entryCitationText } from '../../../src/lib/atlas/cite-entry.ts';
import { entryDatesFromLog } from '../../../src/lib/atlas/history.ts';
import { editUrl, reportUrl } from '../../../src/lib/reading/repository-links.ts';

const citation = {
  id: 'resnet',
  name: 'ResNet',
  url: 'https://atlas.example/en/models/resnet/',
  updated: '2026-11-30',
  siteName: 'AlphaTree Atlas',
  authors: 'AlphaTree Atlas contributors',
  updatedNote: (d: string) => `last updated ${d}`,
};

describe('citing an atlas page', () => {
  it('is a @misc record with the page URL and its last-updated date and year', () => {
    const bib = entryBibtex(citation);
    expect(bib.startsWith('@misc{alphatree-resnet,\n')).toBe(true);
    expect(bib).toContain('author       = {{AlphaTree Atlas contributors}}');
    expect(bib).toContain('year         = {2026}');
    expect(bib).toContain('url          = {https://atlas.example/en/models/resnet/}');
    expect(bib).toContain('note         = {last updated 2026-11-30}');
  });
  it('has no date at all when the history is unknown', () => {
    const { updated: _, ...undated } = citation;
    expect(entryBibtex(undated)).not.toMatch(/year|note/);
  });
  it('also reads as one line of text', () => {
    expect(entryCitationText(citation)).toBe(
      'AlphaTree Atlas contributors. “ResNet”. AlphaTree Atlas, last updated 2026-11-30. https://atlas.example/en/models/resnet/',
    );
  });
});

describe('entry dates from git log', () => {
  it('takes the newest commit as the last change and the oldest as the addition', () => {
    const log =
      '\u00012026-12-01\n\nresnet/facts.yaml\n\u00012026-11-20\nvgg/en.mdx\nresnet/en.mdx\n\u00012026-11-02\n\nresnet/facts.yaml\n';
    const dates = entryDatesFromLog(log);
    expect(dates.get('resnet')).toEqual({ added: '2026-11-02', updated: '2026-12-01' });
    expect(dates.get('vgg')).toEqual({ added: '2026-11-20', updated: '2026-11-20' });
  });
});

describe('repository links', () => {
  const repo = { url: 'https://github.com/o/atlas', branch: 'main' };
  it('edits the page’s source on its branch', () => {
    expect(editUrl(repo, 'content/models/resnet/zh-CN.mdx')).toBe(
      'https://github.com/o/atlas/edit/main/content/models/resnet/zh-CN.mdx',
    );
  });
  it('opens an issue with title and body filled in', () => {
    const url = new URL(reportUrl(repo, 'Error on “ResNet”', 'Page: /en/models/resnet/'));
    expect(url.pathname).toBe('/o/atlas/issues/new');
    expect(url.searchParams.get('title')).toBe('Error on “ResNet”');
    expect(url.searchParams.get('body')).toBe('Page: /en/models/resnet/');
  });
});
