import { describe, expect, it } from 'vitest';
import { fileForPath, findBrokenLinks, urlForPage } from '../../../src/lib/links/check.ts';
import { extractIds, extractLinks } from '../../../src/lib/links/extract.ts';

const site = (pages: Record<string, string>, other: string[] = []) => ({
  files: new Set([...Object.keys(pages), ...other]),
  pages: new Map(Object.entries(pages)),
});

describe('extract', () => {
  it('reads href and src of links, scripts and images, and ids', () => {
    const html =
      '<a href="/x/">x</a><img src="a.png" alt=""><link rel="stylesheet" href="s.css"><h2 id="top">t</h2><pre><a href="ignored">x</a></pre>';
    expect(extractLinks(html).map((l) => l.url)).toEqual(['/x/', 'a.png', 's.css']);
    expect([...extractIds(html)]).toEqual(['top']);
  });
});

describe('findBrokenLinks', () => {
  const pages = {
    'index.html': '<a href="en/">en</a> <a href="https://example.org/x">external</a> <a href="mailto:a@b.c">mail</a>',
    'en/index.html':
      '<a href="models/resnet/#results">r</a> <a href="../missing/">m</a> <a href="models/resnet/#nowhere">n</a> <img src="/logo.svg" alt="">',
    'en/models/resnet/index.html':
      '<h2 id="results">Results</h2><a href="../../">up</a><link rel="canonical" href="https://atlas.test/en/models/resnet/">',
  };

  it('reports missing pages and anchors, and ignores external links', () => {
    const broken = findBrokenLinks(site(pages, ['logo.svg']), { base: '/', site: 'https://atlas.test' });
    expect(broken).toEqual([
      { page: 'en/index.html', url: '../missing/', reason: 'no such page or file' },
      {
        page: 'en/index.html',
        url: 'models/resnet/#nowhere',
        reason: 'no element with id "nowhere" in en/models/resnet/index.html',
      },
    ]);
  });

  it('flags root-relative links that escape the base path', () => {
    const broken = findBrokenLinks(site({ 'index.html': '<a href="/en/">x</a><a href="/atlas/">ok</a>' }), {
      base: '/atlas/',
    });
    expect(broken).toEqual([{ page: 'index.html', url: '/en/', reason: 'outside the base path /atlas/' }]);
  });

  it('maps URLs to files the way a static host does', () => {
    const files = new Set(['index.html', 'en/index.html', 'data/models.json']);
    expect(fileForPath('/', files)).toBe('index.html');
    expect(fileForPath('/en', files)).toBe('en/index.html');
    expect(fileForPath('/data/models.json', files)).toBe('data/models.json');
    expect(fileForPath('/nope/', files)).toBeUndefined();
    expect(urlForPage('en/models/resnet/index.html', '/atlas/')).toBe('/atlas/en/models/resnet/');
  });
});
